/// The checks a build runs, each with its result, for the auditors' specification and the
/// check report of `render --revision` (one list for both): a
/// check is passed when no finding of its codes is an error or a warning; its findings
/// (warnings and information) are listed with it. A check of an optional file that the
/// folder does not have is "not checked", with the information that the file is absent:
/// it never says it passed when it had nothing to check. The figures compared are given where the
/// model has them, so that the reader sees what was compared, not only that it passed.
public struct CheckResult: Equatable, Sendable {
    public enum Outcome: String, Equatable, Sendable {
        case passed = "godkänd", warning = "varning", failed = "fel", notChecked = "ej-kontrollerad"

        /// The result as the specification and the check report print it.
        public var text: String {
            switch self {
            case .passed: return "Godkänd"
            case .warning: return "Godkänd med varning"
            case .failed: return "Fel"
            case .notChecked: return "Inte kontrollerad"
            }
        }
    }

    public var name: String
    public var outcome: Outcome
    /// What was compared ("Tillgångar 4 263 178,33 kr = eget kapital och skulder …").
    public var detail: String?
    public var findings: [String]
}

public enum CheckList {
    struct Check {
        var name: String
        var codes: [String]
        var detail: String?
        /// The optional folder file (`filer:` key) the check compares; absent, nothing is checked.
        var requires: String? = nil
    }

    public static func run(_ model: AnnualReportModel, books: Books, findings: [Finding]) -> [CheckResult] {
        let checks = list(model, books: books)
        var claimed: Set<Finding> = []
        var results = checks.map { check -> CheckResult in
            let own = findings.filter { finding in check.codes.contains { finding.code == $0 || finding.code.hasPrefix($0 + "-") } }
            let absent = check.requires.map { key in findings.filter { FolderFiles.isAbsent($0, key: key) } } ?? []
            claimed.formUnion(absent)
            guard absent.isEmpty else {
                return CheckResult(name: check.name, outcome: .notChecked, detail: nil, findings: (absent + own).map(\.description))
            }
            return CheckResult(name: check.name, outcome: outcome(own), detail: check.detail, findings: own.map(\.description))
        }
        let known = checks.flatMap(\.codes)
        let other = findings.filter { finding in
            !claimed.contains(finding) && !known.contains { finding.code == $0 || finding.code.hasPrefix($0 + "-") }
        }
        if !other.isEmpty {
            results.append(CheckResult(name: "Övriga kontroller av indata", outcome: outcome(other), detail: nil, findings: other.map(\.description)))
        }
        return results
    }

    static func outcome(_ findings: [Finding]) -> CheckResult.Outcome {
        if findings.contains(where: { $0.severity == .error }) { return .failed }
        return findings.contains { $0.severity == .warning } ? .warning : .passed
    }

    static func list(_ model: AnnualReportModel, books: Books) -> [Check] {
        let assets = model.keyFigures.totalAssets.closing, claims = model.keyFigures.totalEquityAndLiabilities.closing
        let result = model.keyFigures.result.thisYear
        let transactions = books.vouchers.reduce(0) { $0 + $1.effectiveTransactions.count }
        var checks = [
            Check(name: "Varje verifikation balanserar (debet = kredit)", codes: ["verifikation-obalans", "verifikationer-saknas"],
                  detail: "\(books.vouchers.count) verifikationer med \(transactions) transaktioner."),
            Check(name: "Verifikationerna ligger inom räkenskapsåret", codes: ["verifikation-utanfor-aret"], detail: nil),
            Check(name: "Ingående balans och verifikationer ger utgående balans och resultat per konto",
                  codes: ["ib-ub-avvikelse", "ub-ib-avvikelse", "res-avvikelse", "psaldo-avvikelse"], detail: nil),
            Check(name: "Bokföringen hör till rapporten (räkenskapsår, organisationsnummer, namn)",
                  codes: ["rar", "orgnr", "fnamn-annat", "period-flera-ar", "ksumma", "teckenkodning"], detail: nil),
            Check(name: "Varje konto med belopp hör till en rad i räkningarna", codes: ["konto-utan-rad", "konto-flera-rader", "konto-utelamnat"],
                  detail: nil),
            Check(name: "Bokslutsposter hålls utanför räkningarna", codes: ["bokslut-8999"], detail: nil),
            Check(name: "Balansräkningen balanserar", codes: ["balansrakning-obalans"],
                  detail: "Summa tillgångar \(assets.formattedKronor) kr, summa eget kapital och skulder \(claims.formattedKronor) kr."),
            Check(name: "Årets resultat är förändringen av eget kapital", codes: ["resultat-eget-kapital"],
                  detail: "Årets resultat \(result.formattedKronor) kr."),
            Check(name: "Kassaflödesanalysen stämmer mot likvida medel", codes: ["kassaflode-avstamning"], detail: nil),
            Check(name: "Noterna summerar till sina rader", codes: ["not-summa"], detail: nil),
        ]
        if let operating = model.operating, !operating.resultRows.isEmpty {
            let rows = operating.resultRows.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value.formattedKronor) kr" }
            checks.append(Check(name: "Driftredovisningen summerar till årets resultat", codes: ["drift-summa"],
                                detail: "\(rows.joined(separator: ", ")), årets resultat \(result.formattedKronor) kr." + budgetSource(operating)))
        }
        if model.operating != nil {
            checks.append(Check(name: "Budgeten har intäkter utan tecken och kostnader med minustecken", codes: ["budget-tecken"],
                                detail: nil, requires: "budget"))
        }
        let ratios = model.overview.ratioExplanations
        checks += [
            Check(name: "Balanskravsresultatet och åtgärdsplanen", codes: ["balanskrav-plan"], detail: nil),
            Check(name: "Medlemsbidragen följer fördelningsregeln", codes: ["medlemsbidrag"], detail: nil),
            Check(name: "Flerårsöversikten stämmer mot historiken", codes: ["historik"], detail: ratios.isEmpty ? nil : ratios.joined(separator: " "),
                  requires: "historik"),
        ]
        checks += participants(model.participants)
        checks += [
            Check(name: "Styrelsen: datum, platser och undertecknare", codes: ["styrelse"], detail: nil),
            Check(name: "Texternas siffror och filer finns", codes: ["prosa-okand-referens", "text"], detail: nil, requires: "texter"),
        ]
        return checks
    }

    /// Only a report with a participants table has its sums checked; the share of the
    /// budgeted places they took is given with it.
    static func participants(_ table: ParticipantTable?) -> [Check] {
        guard let table, !table.rows.isEmpty else { return [] }
        let total = table.total
        var detail = "\(total.total) deltagare: \(total.women) kvinnor och \(total.men) män i \(table.rows.count) kommuner."
        if let places = table.budgetedPlaces, let share = table.shareOfPlacesPerMille {
            detail += " \(ParticipantTable.budgetedPlacesLabel): \(SwedishNumberFormat.integer(Int64(places))); "
                + "deltagarna är \(percentText(permille: share)) av de budgeterade platserna."
        }
        return [Check(name: "Deltagarsiffrorna summerar", codes: ["deltagare-summa"], detail: detail)]
    }

    /// How the drift tables' deviation is computed and rounded, and where their budget is from.
    static func budgetSource(_ operating: OperatingStatement) -> String {
        guard !operating.budgetSource.isEmpty else { return "" }
        return " Avvikelse är utfall minus budget; budgeten kommer från \(operating.budgetSource). Beloppen är avrundade till tkr enligt regeln under Noter."
    }
}
