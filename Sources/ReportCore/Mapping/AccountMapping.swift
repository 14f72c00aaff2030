/// Which accounts make which report line: data, per association. The default is the
/// account plan's file in `layouts/kontoplaner/` (`BuiltInAccountPlans`, chosen by
/// rapport.yaml's `kontoplan`), overridden group by group by a folder's `mappning.yaml`.
public struct AccountMapping: Equatable, Sendable {
    public var incomeGroups: [MappedGroup]
    public var balanceGroups: [MappedGroup]
    /// Cost centres (dimension 1 codes) whose outcome is "Projektrelaterat" in the
    /// operating statement; every other cost centre is "Ordinarie".
    public var projectCentres: [AccountRange]
    /// Where each group came from (for messages): "standard" or the override's file name.
    public var sources: [String: SourceLocation]
    /// The headings a folder's mappning.yaml wrote on the groups it overrides, where it
    /// wrote them: the statements must use each, or the check says it is not printed.
    public var overriddenLabels: [WrittenGroupLabel] = []

    public init(incomeGroups: [MappedGroup], balanceGroups: [MappedGroup], projectCentres: [AccountRange],
                sources: [String: SourceLocation] = [:]) {
        self.incomeGroups = incomeGroups
        self.balanceGroups = balanceGroups
        self.projectCentres = projectCentres
        self.sources = sources
    }

    public var allLines: [MappedLine] { (incomeGroups + balanceGroups).flatMap(\.lines) }

    /// Every line whose ranges hold the account: exactly one when the mapping is sound.
    public func lines(for account: String) -> [MappedLine] {
        allLines.filter { line in line.ranges.contains { $0.contains(account) } }
    }

    public func isProjectCentre(_ code: String) -> Bool { projectCentres.contains { $0.contains(code) } }

    /// This mapping with the override's groups replacing the default's groups of the same id.
    public func overridden(by override: AccountMappingOverride) -> AccountMapping {
        var result = self
        result.incomeGroups = incomeGroups.map { group in replace(group, from: override.incomeGroups) }
        result.balanceGroups = balanceGroups.map { group in replace(group, from: override.balanceGroups) }
        if let centres = override.projectCentres { result.projectCentres = centres }
        for group in override.incomeGroups + override.balanceGroups {
            result.sources[group.id] = override.location
            result.overriddenLabels += group.labelLocations.sorted { $0.key.rawValue < $1.key.rawValue }
                .map { WrittenGroupLabel(group: group.id, field: $0.key, location: $0.value) }
        }
        return result
    }

    private func replace(_ group: MappedGroup, from groups: [MappedGroup]) -> MappedGroup {
        guard let replacement = groups.first(where: { $0.id == group.id }) else { return group }
        // The override's headings win where it writes them; it never loses them silently.
        var merged = group
        merged.lines = replacement.lines
        if !replacement.label.isEmpty { merged.label = replacement.label }
        merged.sumLabel = replacement.sumLabel ?? group.sumLabel
        merged.resultLabel = replacement.resultLabel ?? group.resultLabel
        return merged
    }
}

/// A heading in a statement with its lines, its sum row and, for the income statement,
/// the result row that follows it (RES1 after the operating costs, …).
public struct MappedGroup: Equatable, Sendable {
    public enum Side: String, Equatable, Sendable, Codable {
        case income = "resultat", assets = "tillgangar", equityAndLiabilities = "eget_kapital_och_skulder"
    }

    public var id: String
    public var label: String
    public var sumLabel: String?
    /// Income statement: the result row after this group. Equity group: the "Periodens
    /// resultat" line.
    public var resultLabel: String?
    public var side: Side
    public var lines: [MappedLine]
    /// Where the file wrote `rubrik`, `summa` and `resultat` (those it wrote).
    public var labelLocations: [GroupLabel: SourceLocation] = [:]

    public init(id: String, label: String, sumLabel: String?, resultLabel: String?, side: Side, lines: [MappedLine]) {
        self.id = id
        self.label = label
        self.sumLabel = sumLabel
        self.resultLabel = resultLabel
        self.side = side
        self.lines = lines
    }
}

/// A group's headings as mappning.yaml names them.
public enum GroupLabel: String, Equatable, Hashable, Sendable, CaseIterable {
    case heading = "rubrik", sum = "summa", result = "resultat"
}

/// A heading an override wrote on a group, and where.
public struct WrittenGroupLabel: Equatable, Hashable, Sendable {
    public var group: String
    public var field: GroupLabel
    public var location: SourceLocation
}

public struct MappedLine: Equatable, Sendable {
    /// Revenue and cost lines in the income statement; balance lines by their cash-flow role.
    public enum Kind: String, Equatable, Sendable, Codable {
        case revenue = "intakt", cost = "kostnad"
        case fixedAssets = "anlaggningstillgangar", receivables = "fordringar", cash = "likvida_medel"
        case equity = "eget_kapital", provisions = "avsattningar", longTermLiabilities = "langfristiga_skulder"
        case shortTermLiabilities = "kortfristiga_skulder"

        public var isBalance: Bool { self != .revenue && self != .cost }
        /// Assets are shown as SIE has them; everything else with its sign turned.
        public var reportSign: Int64 { self == .fixedAssets || self == .receivables || self == .cash ? 1 : -1 }
    }

    /// Which note the line gets: its accounts, or the members' contributions.
    public enum NoteKind: String, Equatable, Sendable, Codable { case accounts = "konton", memberContributions = "medlemsbidrag" }

    public var id: String
    public var label: String
    public var kind: Kind
    public var ranges: [AccountRange]
    public var note: NoteKind?
    public var location: SourceLocation?

    public init(id: String, label: String, kind: Kind, ranges: [AccountRange], note: NoteKind? = nil, location: SourceLocation? = nil) {
        self.id = id
        self.label = label
        self.kind = kind
        self.ranges = ranges
        self.note = note
        self.location = location
    }
}

/// `3800-3899` or `3811`: account numbers compared as numbers of the same length.
public struct AccountRange: Equatable, Hashable, Sendable, Codable, CustomStringConvertible {
    public var first: String
    public var last: String

    public init(first: String, last: String) {
        self.first = first
        self.last = last
    }

    public init?(_ text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
        guard (1...2).contains(parts.count), parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isNumber) }) else { return nil }
        self.init(first: parts[0], last: parts[parts.count - 1])
    }

    public func contains(_ account: String) -> Bool {
        guard let value = Int(account), let low = Int(first), let high = Int(last) else { return false }
        return account.count == first.count && low <= value && value <= high
    }

    public var description: String { first == last ? first : "\(first)-\(last)" }
}

/// A folder's `mappning.yaml`: groups that replace the default's groups of the same id.
public struct AccountMappingOverride: Equatable, Sendable {
    public var incomeGroups: [MappedGroup]
    public var balanceGroups: [MappedGroup]
    public var projectCentres: [AccountRange]?
    public var location: SourceLocation

    public init(incomeGroups: [MappedGroup], balanceGroups: [MappedGroup], projectCentres: [AccountRange]?, location: SourceLocation) {
        self.incomeGroups = incomeGroups
        self.balanceGroups = balanceGroups
        self.projectCentres = projectCentres
        self.location = location
    }
}

import Foundation
