/// styrelse.yaml against itself, the year and medlemmar.yaml: dates in order, someone to
/// sign on the decision date, the chair and the adjuster among those who sit, one seat per
/// person and one person per seat on any day, one chair at a time, and every member's
/// organisation one of the association's members.
enum BoardChecks {
    static func run(_ board: BoardInput, members: [MemberRecord], year: Int, decisionDate: CalendarDate) -> [Finding] {
        var findings = board.members.compactMap(datesInOrder)
        let sitting = board.members.filter { $0.sits(on: decisionDate) }
        if sitting.isEmpty {
            findings.append(Finding(.error, code: "styrelse-ingen-beslutsdag",
                                    message: "Ingen ledamot sitter i styrelsen på beslutsdagen \(decisionDate): ingen kan skriva under.",
                                    location: board.location))
        }
        for (role, name) in [("Ordföranden", board.chair), ("Justeraren", board.adjuster)] {
            let entries = board.members.filter { $0.name == name }
            guard !entries.isEmpty, !entries.contains(where: { $0.sits(on: decisionDate) }) else { continue }
            findings.append(Finding(.error, code: "styrelse-undertecknare",
                                    message: "\(role) \(name) sitter inte i styrelsen på beslutsdagen \(decisionDate).",
                                    location: entries.last?.location ?? board.location))
        }
        findings += pairs(board.members, by: \.seat, code: "styrelse-plats") { seat, first, second, day in
            "Platsen \(seat) innehas av både \(first.name) och \(second.name) \(describe(day))."
        }
        findings += pairs(board.members, by: \.name, code: "styrelse-tva-platser", sameSeatAllowed: false) { name, first, second, day in
            "\(name) har två platser samtidigt (\(describe(day))): \(first.seat) och \(second.seat)."
        }
        findings += chairs(board)
        findings += organisations(board, members: members)
        return findings
    }

    private static func datesInOrder(_ member: BoardMemberInput) -> Finding? {
        guard let from = member.from, let to = member.to, to < from else { return nil }
        return Finding(.error, code: "styrelse-datum", message: "\(member.name): till-datum \(to) ligger före från-datum \(from).",
                       location: member.location)
    }

    /// Two entries with the same key (seat or person) whose dates overlap.
    private static func pairs(_ entries: [BoardMemberInput], by key: (BoardMemberInput) -> String, code: String,
                              sameSeatAllowed: Bool = true,
                              message: (String, BoardMemberInput, BoardMemberInput, CalendarDate) -> String) -> [Finding] {
        let grouped = Dictionary(grouping: entries, by: key)
        var findings: [Finding] = []
        for name in grouped.keys.sorted() {
            let holders = grouped[name] ?? []
            for (index, first) in holders.enumerated() {
                for second in holders.dropFirst(index + 1) {
                    if !sameSeatAllowed && first.seat == second.seat { continue }
                    guard let day = overlap((first.from, first.to), (second.from, second.to)) else { continue }
                    findings.append(Finding(.error, code: code, message: message(name, first, second, day), location: second.location))
                }
            }
        }
        return findings
    }

    /// Two chairs on the same day: a role "ordförande" within each one's membership.
    private static func chairs(_ board: BoardInput) -> [Finding] {
        let chairs = board.members.filter { MappingReader.normalized($0.role?.title ?? "") == "ordforande" }
        var findings: [Finding] = []
        for (index, first) in chairs.enumerated() {
            for second in chairs.dropFirst(index + 1) where first.name != second.name {
                guard let day = overlap(span(first), span(second)) else { continue }
                findings.append(Finding(.error, code: "styrelse-tva-ordforande",
                                        message: "Både \(first.name) och \(second.name) är ordförande \(describe(day)); ange roll_från/roll_till.",
                                        location: second.location))
            }
        }
        return findings
    }

    private static func span(_ member: BoardMemberInput) -> (CalendarDate?, CalendarDate?) {
        let from = [member.from, member.role?.from].compactMap { $0 }.max()
        let to = [member.to, member.role?.to].compactMap { $0 }.min()
        return (from, to)
    }

    private static func organisations(_ board: BoardInput, members: [MemberRecord]) -> [Finding] {
        // A member's note label may name the organisations it stands for: "Staten (Försäkringskassan och Arbetsförmedlingen)".
        func isMember(_ organisation: String) -> Bool {
            members.contains { $0.name == organisation || $0.shortName == organisation || $0.noteLabel.contains(organisation) }
        }
        return board.members.filter { !isMember($0.organisation) }.map { member in
            let suggestion = YamlKeys.closest(to: member.organisation, among: members.map(\.name)).map { " Menade du \"\($0)\"?" } ?? ""
            return Finding(.error, code: "styrelse-organisation",
                           message: "\(member.name)s organisation \"\(member.organisation)\" finns inte bland medlemmarna i medlemmar.yaml.\(suggestion)",
                           location: member.location)
        }
    }

    /// The first day both spans hold, if any (an open end is unbounded).
    static func overlap(_ a: (CalendarDate?, CalendarDate?), _ b: (CalendarDate?, CalendarDate?)) -> CalendarDate? {
        let start = [a.0, b.0].compactMap { $0 }.max()
        let end = [a.1, b.1].compactMap { $0 }.min()
        if let start, let end { return start <= end ? start : nil }
        return start ?? end ?? CalendarDate(year: 1900, month: 1, day: 1)
    }

    /// "2024-03-21", or "hela tiden" when neither entry has a date.
    static func describe(_ day: CalendarDate) -> String { day.year == 1900 ? "hela tiden (inga datum)" : "\(day)" }
}
