/// The rows the program itself needs, whatever shape an association gives its statements:
/// the checks (the balance sheet balances, the cash flow meets the cash accounts), the
/// soliditet, the multi-year overview and the named figures read these rows. A row says
/// which it is with `roll:`; each statement kind must have its own, once.
public enum StatementRole: String, Equatable, Sendable, Codable, CaseIterable {
    case result = "arets_resultat"
    case totalAssets = "summa_tillgangar"
    case totalEquityAndLiabilities = "summa_eget_kapital_och_skulder"
    case equity = "eget_kapital"
    case cashFlow = "arets_kassaflode"
    /// The cash and bank at the year's end ("Likvida medel vid årets slut"): the cash check
    /// compares the year's cash flow with the change of this row's accounts.
    case cash = "likvida_medel"

    /// How the role is written in a description file.
    public var written: String {
        switch self {
        case .result: return "årets_resultat"
        case .totalAssets: return "summa_tillgångar"
        case .totalEquityAndLiabilities: return "summa_eget_kapital_och_skulder"
        case .equity: return "eget_kapital"
        case .cashFlow: return "årets_kassaflöde"
        case .cash: return "likvida_medel"
        }
    }

    /// The statement kind the role belongs in.
    public var statement: StatementDescription.Kind {
        switch self {
        case .result: return .income
        case .totalAssets, .totalEquityAndLiabilities, .equity: return .balance
        case .cashFlow, .cash: return .cashFlow
        }
    }

    static var choices: String { allCases.map(\.written).joined(separator: ", ") }
}

extension DescriptionValidation {
    /// Each role once, on a row with amounts in a statement of the role's kind.
    static func validateRoles(_ set: StatementSet) throws {
        var seen: [StatementRole: RowDescription] = [:]
        for table in set.all {
            for row in table.rows {
                guard let role = row.role else { continue }
                if let first = seen[role] {
                    throw InputError("Rollen \(role.written) finns redan på raden \"\(first.id)\"; varje roll får stå på en rad.", at: row.location)
                }
                guard table.kind == role.statement, row.kind.hasAmounts else {
                    throw InputError("Rollen \(role.written) hör till en rad med belopp i en \(role.statement.written), inte till raden \"\(row.id)\" i \"\(table.title)\".",
                                     at: row.location)
                }
                seen[role] = row
            }
        }
    }

    /// What an annual report needs of its description: an income statement and a balance
    /// sheet, and every statement with the rows its roles name.
    static func requireRoles(_ set: StatementSet) throws {
        for kind in [StatementDescription.Kind.income, .balance] where !set.statements.contains(where: { $0.kind == kind }) {
            throw InputError("Räkningarna i \(set.source) saknar en \(kind.written); årsredovisningen behöver den.", file: set.source)
        }
        let roles = Set(set.statements.flatMap(\.rows).compactMap(\.role))
        for table in set.statements {
            for role in StatementRole.allCases where role.statement == table.kind && !roles.contains(role) {
                throw InputError("\"\(table.title)\" saknar en rad med roll: \(role.written); programmet läser den raden i kontrollerna och flerårsöversikten.",
                                 at: table.location)
            }
        }
    }
}

extension StatementDescription.Kind {
    /// "resultaträkning", "balansräkning", … (add "en" for the definite form)
    var written: String {
        switch self {
        case .income: return "resultaträkning"
        case .balance: return "balansräkning"
        case .cashFlow: return "kassaflödesanalys"
        case .note: return "not"
        }
    }
}
