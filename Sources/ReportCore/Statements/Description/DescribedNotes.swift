/// Note numbers: the accounting principles first when the folder has that text, then the
/// notes in the order the statements first refer to them, then notes no row refers to.
enum DescribedNotes {
    /// The members' contributions note, which the program sets out itself.
    static let memberNote = "medlemsbidrag"

    static func numbers(_ set: StatementSet, hasPrinciples: Bool) -> [String: Int] {
        var order: [String] = []
        for row in set.statements.flatMap(\.rows) {
            if let note = row.note, !order.contains(note) { order.append(note) }
        }
        for note in set.notes.map(\.id) where !order.contains(note) { order.append(note) }
        let first = hasPrinciples ? 2 : 1
        return Dictionary(uniqueKeysWithValues: order.enumerated().map { ($0.element, first + $0.offset) })
    }
}
