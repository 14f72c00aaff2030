import Foundation

/// Reads the mapping format (the built-in account plans, `BuiltInAccountPlans`, and a
/// folder's `mappning.yaml`).
enum MappingReader {
    /// A whole mapping: a built-in account plan, or a tertial report's mappning.yaml (the
    /// same format, but the file is the whole income statement, not changes to a plan).
    static func complete(_ root: YamlNode) throws -> AccountMapping {
        let parsed = try read(root)
        return AccountMapping(incomeGroups: parsed.incomeGroups, balanceGroups: parsed.balanceGroups,
                              projectCentres: parsed.projectCentres ?? [],
                              sources: Dictionary((parsed.incomeGroups + parsed.balanceGroups).map { ($0.id, SourceLocation(file: root.file)) },
                                                  uniquingKeysWith: { first, _ in first }))
    }

    static func read(_ root: YamlNode) throws -> AccountMappingOverride {
        try root.allowKeys(["resultaträkning", "balansräkning", "kostnadsställen", ExcludedAccountsReader.key])
        try root.optional("kostnadsställen")?.allowKeys(["projekt"])
        let income = try root.optional("resultaträkning")?.items().map { try group($0, side: .income) } ?? []
        let balance = try root.optional("balansräkning")?.items().map { try group($0, side: nil) } ?? []
        let centres = try root.optional("kostnadsställen")?.optional("projekt").map { try ranges($0) }
        return AccountMappingOverride(incomeGroups: income, balanceGroups: balance, projectCentres: centres,
                                      location: root.location)
    }

    private static func group(_ node: YamlNode, side: MappedGroup.Side?) throws -> MappedGroup {
        try node.allowKeys(side == nil ? ["grupp", "rubrik", "summa", "resultat", "sida", "rader"]
                                       : ["grupp", "rubrik", "summa", "resultat", "rader"])
        let resolvedSide = try side ?? groupSide(node.required("sida"))
        var group = MappedGroup(
            id: try node.string("grupp"), label: try node.optionalString("rubrik") ?? "",
            sumLabel: try node.optionalString("summa"), resultLabel: try node.optionalString("resultat"),
            side: resolvedSide, lines: try node.required("rader").items().map(line))
        for field in GroupLabel.allCases {
            if let written = try node.optional(field.rawValue) { group.labelLocations[field] = written.location }
        }
        return group
    }

    private static func groupSide(_ node: YamlNode) throws -> MappedGroup.Side {
        switch normalized(try node.string()) {
        case "tillgangar": return .assets
        case "eget_kapital_och_skulder", "eget_kapital_avsattningar_och_skulder": return .equityAndLiabilities
        default: throw node.error("Ska vara \"tillgångar\" eller \"eget kapital och skulder\".")
        }
    }

    private static func line(_ node: YamlNode) throws -> MappedLine {
        try node.allowKeys(["id", "text", "art", "konton", "not"])
        let kindNode = try node.required("art")
        guard let kind = MappedLine.Kind(rawValue: normalized(try kindNode.string())) else {
            throw kindNode.error("Okänd art \"\(try kindNode.string())\": ska vara intäkt, kostnad, anläggningstillgångar, fordringar, likvida medel, eget kapital, avsättningar, långfristiga skulder eller kortfristiga skulder.")
        }
        var note: MappedLine.NoteKind?
        if let noteNode = try node.optional("not") {
            guard let value = MappedLine.NoteKind(rawValue: normalized(try noteNode.string())) else {
                throw noteNode.error("Okänd not \"\(try noteNode.string())\": ska vara konton eller medlemsbidrag.")
            }
            note = value
        }
        return MappedLine(id: try node.string("id"), label: try node.string("text"), kind: kind,
                          ranges: try ranges(node.required("konton")), note: note, location: node.location)
    }

    static func ranges(_ node: YamlNode) throws -> [AccountRange] {
        try (node.node.sequence.map { _ in try node.items() } ?? [node]).map { item in
            let text = try item.string()
            guard let range = AccountRange(text) else {
                throw item.error("Ska vara ett konto eller ett intervall som 3800-3899, men är \"\(text)\".")
            }
            return range
        }
    }

    /// "Likvida medel" → "likvida_medel", "intäkt" → "intakt".
    static func normalized(_ text: String) -> String {
        text.lowercased().folding(options: .diacriticInsensitive, locale: Locale(identifier: "sv_SE"))
            .split(whereSeparator: { $0 == " " || $0 == "-" }).joined(separator: "_")
    }
}
