/// A proposed mappning.yaml for the accounts with amounts that the account plan's default
/// mapping does not place. An account longer than four digits goes where its first four
/// digits go (a sub-account); any other is proposed for `utanför_rapporten`, with the
/// reason left for the office to write: the program never guesses where it belongs.
public struct MappingProposal: Equatable, Sendable {
    public struct Placement: Equatable, Sendable {
        public var account: String
        public var name: String
        /// The line it joins, nil when it is left out of the report.
        public var lineId: String?
        public var lineLabel: String?
    }

    public var placements: [Placement]
    /// The mappning.yaml text, nil when every account is placed.
    public var yaml: String?

    static func make(_ books: Books, mapping: AccountMapping, plan: String) throws -> MappingProposal {
        let unplaced = LedgerView.accountsWithAmounts(books).filter { mapping.lines(for: $0).count != 1 }
        let placements = unplaced.map { account -> Placement in
            let name = books.accounts[account]?.name ?? ""
            guard account.count > 4, let line = mapping.lines(for: String(account.prefix(4))).first, mapping.lines(for: account).isEmpty else {
                return Placement(account: account, name: name, lineId: nil, lineLabel: nil)
            }
            return Placement(account: account, name: name, lineId: line.id, lineLabel: line.label)
        }
        guard !placements.isEmpty else { return MappingProposal(placements: [], yaml: nil) }
        return MappingProposal(placements: placements, yaml: try text(placements, plan: plan))
    }

    /// The default's groups that gain an account, copied with the account added to its
    /// line, and the accounts left out.
    static func text(_ placements: [Placement], plan: String) throws -> String {
        var out = [
            "# Förslag från finsam-report init: konton med belopp som \(plan == "bas" ? "BAS" : "Kommun-Bas")-mappningen inte placerar.",
            "# En grupp här ersätter standardens grupp med samma namn; granska raderna och kontona.",
        ]
        let placed = Dictionary(grouping: placements.filter { $0.lineId != nil }, by: { $0.lineId! })
        let source = try planText(plan).components(separatedBy: "\n")
        for block in groupBlocks(source) where block.lines.contains(where: { line in placed.keys.contains { line.contains("id: \($0),") } }) {
            if !out.contains(block.section) { out.append(block.section) }
            for line in block.lines {
                guard let id = placed.keys.first(where: { line.contains("id: \($0),") }), let range = line.range(of: "konton: [") else {
                    out.append(line)
                    continue
                }
                let added = placed[id]!.map(\.account).joined(separator: ", ")
                out.append(String(line[..<range.upperBound]) + added + ", " + line[range.upperBound...])
            }
        }
        let excluded = placements.filter { $0.lineId == nil }
        if !excluded.isEmpty {
            out.append("utanför_rapporten:")
            for item in excluded {
                out.append("  # \(item.account) \(item.name): ingen rad i kontoplanen tar kontot.")
                out.append("  - konton: [\(item.account)]")
                out.append("    skäl: \(Placeholders.marker)  # varför kontot inte hör till rapporten, eller flytta det till en rad ovan")
            }
        }
        return out.joined(separator: "\n") + "\n"
    }

    /// The default mapping's text cut into `- grupp:` blocks, each with its section line.
    static func groupBlocks(_ lines: [String]) -> [(section: String, lines: [String])] {
        var blocks: [(section: String, lines: [String])] = []
        var section = ""
        for line in lines {
            if !line.hasPrefix(" "), line.hasSuffix(":") { section = line; continue }
            if !line.hasPrefix(" ") { section = ""; continue }
            guard !section.isEmpty, section != "kostnadsställen:" else { continue }
            if line.trimmingCharacters(in: .whitespaces).hasPrefix("- grupp:") { blocks.append((section, [])) }
            if !blocks.isEmpty { blocks[blocks.count - 1].lines.append(line) }
        }
        return blocks
    }

    /// The built-in plan's file (`layouts/kontoplaner/`) without its opening comment.
    static func planText(_ plan: String) throws -> String {
        let path = try BuiltInAccountPlans.directory() + "/\(plan).yaml"
        let lines = try InputFile.text(path: path, displayName: "layouts/kontoplaner/\(plan).yaml").components(separatedBy: "\n")
        return lines.drop { $0.hasPrefix("#") }.joined(separator: "\n")
    }
}
