/// A note that ends in a sum must add up to the statement row that refers to it, in
/// every column the two share (the same year and the same amount), to the öre: a note
/// whose accounts differ from its row's tells the reader a different figure.
enum NoteSumChecks {
    static func run(_ set: StatementSet, _ evaluator: StatementEvaluator, numbers: [String: Int], year: Int) -> [Finding] {
        let notes = Dictionary(set.notes.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        var findings: [Finding] = []
        for statement in set.statements {
            for row in statement.rows {
                guard let id = row.note, let note = notes[id], let total = note.rows.last, total.kind == .sum else { continue }
                for column in note.columns {
                    guard let shared = statement.columns.first(where: { $0.year == column.year && $0.measure == column.measure }),
                          let sum = evaluator.value(total, column), let line = evaluator.value(row, shared), sum != line else { continue }
                    let number = numbers[id].map { "Not \($0) " } ?? "Noten "
                    findings.append(Finding(.error, code: "not-summa",
                                            message: "\(number)\(note.title) (\(year + column.year)): kontona summerar till \(sum.kronorText), men raden i \(statement.kind.written)en är \(line.kronorText) (\(StatementChecks.difference(sum, line)))",
                                            location: note.location))
                }
            }
        }
        return findings
    }
}
