/// The outcome of `verify`: rules grouped in sections (PDF/A-2, PDF/UA-1, text), each with
/// its clause, a Swedish title and what was found. Other checks (signatures) add a section.
public struct VerificationReport: Sendable {
    public struct Rule: Sendable {
        /// "A-05", "UA-12": our number, stable for tests and docs.
        public var id: String
        /// Where the standard says it: "ISO 19005-2 6.6.2.1".
        public var clause: String
        public var title: String
        public var passed: Bool
        /// What was found when it failed (Swedish), empty when it passed.
        public var finding: String

        public init(id: String, clause: String, title: String, passed: Bool, finding: String = "") {
            self.id = id
            self.clause = clause
            self.title = title
            self.passed = passed
            self.finding = finding
        }
    }

    public struct Section: Sendable {
        public var title: String
        public var rules: [Rule]

        public init(title: String, rules: [Rule]) {
            self.title = title
            self.rules = rules
        }
    }

    public var file: String
    public var sections: [Section]

    public init(file: String, sections: [Section] = []) {
        self.file = file
        self.sections = sections
    }

    public var rules: [Rule] { sections.flatMap(\.rules) }
    public var passed: Bool { rules.allSatisfy(\.passed) }
    public var failures: [Rule] { rules.filter { !$0.passed } }

    /// The report as the user reads it, in Swedish.
    public var text: String {
        var lines = ["Kontroll av \(file)"]
        for section in sections {
            lines.append("")
            lines.append(section.title)
            for rule in section.rules {
                let mark = rule.passed ? "godkänd" : "UNDERKÄND"
                lines.append("  \(rule.id) \(mark): \(rule.title) (\(rule.clause))")
                if !rule.passed, !rule.finding.isEmpty { lines.append("      \(rule.finding)") }
            }
        }
        let failed = failures.count
        lines.append("")
        lines.append(failed == 0 ? "Alla \(rules.count) regler uppfylls." : "\(failed) av \(rules.count) regler uppfylls inte.")
        return lines.joined(separator: "\n") + "\n"
    }
}

/// A rule's verdict from a list of findings: passed when there are none; the finding
/// names the first few.
func rule(_ id: String, _ clause: String, _ title: String, findings: [String]) -> VerificationReport.Rule {
    let shown = findings.prefix(3).joined(separator: "; ")
    let more = findings.count > 3 ? " (och \(findings.count - 3) till)" : ""
    return VerificationReport.Rule(id: id, clause: clause, title: title, passed: findings.isEmpty, finding: shown + more)
}
