/// Checks of the inputs beside the books: mapping coverage, participants, history, board.
enum InputChecks {
    static func mapping(_ ledger: LedgerView, file: String, excluded: [ExcludedAccounts] = []) -> [Finding] {
        LedgerView.accountsWithAmounts(ledger.books).compactMap { account in
            let lines = ledger.mapping.lines(for: account)
            let name = ledger.accountName(account)
            let label = "Konto \(account)" + (name.isEmpty ? "" : " \(name)")
            if let exclusion = excluded.first(where: { $0.contains(account) }) {
                guard lines.isEmpty else {
                    return Finding(.error, code: "konto-utelamnat-och-mappat",
                                   message: "\(label) står under utanför_rapporten men hör också till raden \"\(lines[0].label)\".",
                                   location: exclusion.location)
                }
                return Finding(.information, code: "konto-utelamnat",
                               message: "\(label) (\(amounts(ledger, account))) lämnas utanför rapporten: \(exclusion.reason)",
                               location: exclusion.location)
            }
            if lines.isEmpty {
                return Finding(.error, code: "konto-utan-rad",
                               message: "\(label) har belopp (\(amounts(ledger, account))) men hör inte till någon rad i mappningen.",
                               location: SourceLocation(file: file, line: ledger.books.accounts[account]?.line))
            }
            guard lines.count > 1 else { return nil }
            return Finding(.error, code: "konto-flera-rader",
                           message: "\(label) hör till flera rader: \(lines.map { "\"\($0.label)\"" }.joined(separator: " och ")).",
                           location: lines.last?.location)
        }
    }

    private static func amounts(_ ledger: LedgerView, _ account: String) -> String {
        var parts: [String] = []
        for (label, amount) in [("i år", ledger.result(0, account)), ("föregående år", ledger.result(-1, account)),
                                ("utgående balans", ledger.closing(0, account))] where !amount.isZero {
            parts.append("\(label) \(amount.kronorText)")
        }
        return parts.isEmpty ? "transaktioner" : parts.joined(separator: ", ")
    }

    static func participants(_ input: ParticipantsInput?, table: ParticipantTable?) -> [Finding] {
        guard let input, let table else { return [] }
        return input.statedTotals.compactMap { stated in
            let computed = stated.gender == .women ? table.total.women : table.total.men
            guard computed != stated.count else { return nil }
            return Finding(.error, code: "deltagare-summa",
                           message: "Summan för \(stated.gender.rawValue) är \(stated.count), men kommunernas rader summerar till \(computed) (skillnad \(abs(stated.count - computed)))",
                           location: SourceLocation(file: input.file, line: stated.line))
        }
    }
}
