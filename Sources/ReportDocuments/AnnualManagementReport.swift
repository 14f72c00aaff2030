import ReportCore
import ReportLayout

/// Förvaltningsberättelse: the board's texts with the four tables put where the texts
/// name them ({{ flerarsoversikt }}, {{ styrelselista }}, {{ deltagartabell }},
/// {{ balanskravstabell }}). The first text is the chapter (its `#` heading is chapter 1,
/// its `##` headings unnumbered subheadings); every further text is a numbered section
/// (1.1, 1.2 …). A table no text names is added at the end under a heading of its own, so
/// that no association's report lacks it.
enum AnnualManagementReport {
    static let principlesId = "redovisningsprinciper"
    /// The board's explanation of the budget deviation, printed under the drift table.
    static let operatingId = "driftredovisning"

    static func blocks(_ model: AnnualReportModel) -> [Block] {
        let texts = model.texts.filter { $0.id != principlesId && $0.id != operatingId }
        var placed: Set<String> = []
        var blocks: [Block] = []
        for (index, text) in texts.enumerated() {
            for block in text.blocks {
                var table: [Block] = []
                let prose = ProseComposer.blocks([block]) { name in
                    placed.insert(name)
                    table = Self.table(named: name, model)
                    return []
                }
                blocks += prose.map { shifted($0, chapter: index == 0) }
                attach(table, to: &blocks)
            }
        }
        if texts.isEmpty { blocks.append(.heading(Heading(level: 1, "Förvaltningsberättelse"))) }
        for (name, title) in fallbackTables where !placed.contains(name) {
            let table = table(named: name, model)
            if !table.isEmpty { blocks += [.heading(Heading(level: 2, title))] + table }
        }
        return blocks
    }

    /// A sentence that introduces a table ("… följande ledamöter:") stays on its page.
    static func attach(_ table: [Block], to blocks: inout [Block]) {
        guard let first = table.first else { return }
        if case let .paragraph(paragraph)? = blocks.last, introduces(paragraph) {
            blocks[blocks.count - 1] = .keepTogether([.paragraph(paragraph), first])
            blocks += table.dropFirst()
        } else {
            blocks += table
        }
    }

    static func introduces(_ paragraph: Paragraph) -> Bool {
        guard case let .text(text)? = paragraph.inlines.last else { return false }
        return text.trimmingCharacters(in: .whitespaces).hasSuffix(":")
    }

    /// Tables in the order the seed has them, with the heading used when no text names them.
    static let fallbackTables = [
        ("flerarsoversikt", "Översikt över verksamhetens utveckling"),
        ("styrelselista", "Styrelsen"),
        ("deltagartabell", "Deltagare"),
        ("balanskravstabell", "Balanskravsresultat"),
    ]

    static func table(named name: String, _ model: AnnualReportModel) -> [Block] {
        switch name {
        case "flerarsoversikt": return AnnualOverviewTable.blocks(model)
        case "styrelselista": return AnnualBoardList.blocks(model.board, year: model.year)
        case "deltagartabell": return AnnualParticipants.blocks(model.participants)
        case "balanskravstabell": return AnnualBalanceRequirement.blocks(model.balanceRequirement)
        default: return []
        }
    }

    /// The chapter text keeps level 1; a section text's `#` becomes level 2. Anything
    /// deeper is an unnumbered subheading outside the contents.
    static func shifted(_ block: Block, chapter: Bool) -> Block {
        guard case let .heading(heading) = block else { return block }
        let level = heading.level + (chapter ? 0 : 1)
        if level <= 2 && (chapter ? heading.level == 1 : true) {
            return .heading(Heading(level: level, heading.text))
        }
        return .heading(Heading(level: 3, heading.text, numbered: false, inContents: false))
    }
}
