import ReportCore
import ReportLayout

/// The board during the year: name with party, organisation, role with its dates and the
/// dates of membership when it did not last the whole year.
enum AnnualBoardList {
    static func blocks(_ board: BoardModel, year: Int) -> [Block] {
        guard !board.members.isEmpty else { return [] }
        let rows = board.members.map { member in
            TableRow(.body, texts: [member.signatureName, member.organisation, role(member), period(member, year: year)])
        }
        let table = Table(
            columns: [TableColumn(.automatic), TableColumn(.relative(1)), TableColumn(.relative(1)), TableColumn(.automatic)],
            headerRows: [TableRow(.header, texts: ["Ledamot", "Organisation", "Roll", "Ledamot under året"])],
            rows: rows, summary: "Styrelsens ledamöter \(year)")
        return [.keepTogether([.table(table)])]
    }

    static func role(_ member: BoardModel.Member) -> String {
        guard let role = member.role else { return "" }
        var text = role.title
        if let from = role.from { text += " fr.o.m. \(from)" }
        if let to = role.to { text += " t.o.m. \(to)" }
        return text
    }

    static func period(_ member: BoardModel.Member, year: Int) -> String {
        let from = member.from.flatMap { $0.year == year ? "från \($0)" : nil }
        let to = member.to.flatMap { $0.year == year ? "till \($0)" : nil }
        let parts = [from, to].compactMap { $0 }
        return parts.isEmpty ? "hela året" : parts.joined(separator: " ")
    }
}
