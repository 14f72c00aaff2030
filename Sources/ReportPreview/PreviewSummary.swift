import Foundation
import ReportCore

/// The preview's Swedish summary lines and the findings of a render that stopped.
enum PreviewSummary {
    /// The findings that stopped a render: the checks' own, or an unreadable input or a
    /// layout failure as one error.
    static func findings(of error: Error) -> [Finding] {
        switch error {
        case let failure as FindingsFailure:
            return failure.findings
        case let input as InputError:
            return [Finding(.error, code: "indata", message: input.message, location: input.location)]
        default:
            return [Finding(.error, code: "rendering", message: String(describing: error))]
        }
    }

    /// "Kontrollerna godkände mappen (1 varning). 22 sidor."
    static func passed(_ findings: [Finding], pages: Int) -> String {
        let warnings = counted(findings.filter { $0.severity == .warning }.count, "varning", "varningar")
        let remarks = warnings.map { " (\($0))" } ?? ""
        return "Kontrollerna godkände mappen\(remarks). \(pages) \(pages == 1 ? "sida" : "sidor")."
    }

    /// "2 fel och 1 varning: rapporten kan inte göras förrän felen är rättade."
    static func stopped(_ findings: [Finding]) -> String {
        let errors = findings.filter { $0.severity == .error }.count
        let warnings = counted(findings.filter { $0.severity == .warning }.count, "varning", "varningar")
        return "\(errors) fel\(warnings.map { " och \($0)" } ?? ""): rapporten kan inte göras förrän felen är rättade."
    }

    /// The local time of day, "23:41:07".
    static func clock() -> String {
        var now = time(nil)
        var parts = tm()
        localtime_r(&now, &parts)
        return String(format: "%02d:%02d:%02d", parts.tm_hour, parts.tm_min, parts.tm_sec)
    }

    private static func counted(_ count: Int, _ one: String, _ many: String) -> String? {
        count == 0 ? nil : "\(count) \(count == 1 ? one : many)"
    }
}
