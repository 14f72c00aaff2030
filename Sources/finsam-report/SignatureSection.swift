import PDFFinish

/// The signatures section of `verify`, in Swedish.
enum SignatureSection {
    static func passes(_ reports: [SignatureReport]) -> Bool {
        reports.allSatisfy { $0.intact && $0.onlyAllowedLaterChanges }
    }

    static func text(_ reports: [SignatureReport]) -> String {
        var lines = ["Underskrifter: \(reports.count)"]
        for (index, report) in reports.enumerated() {
            lines.append("\(index + 1). Fältet \"\(report.fieldName)\"")
            let signer = [report.signerName, report.signerOrganisation].compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: ", ")
            lines.append("   Undertecknare: \(signer.isEmpty ? "okänd" : signer)")
            lines.append("   Tidpunkt (/M): \(report.signingTime.map(readableDate) ?? "saknas")")
            lines.append("   Typ: \(report.subFilter ?? "okänd")\(report.hasTimeStamp ? " med tidsstämpel (B-T)" : "")")
            if let problem = report.problem { lines.append("   Fel: \(problem)") }
            lines.append("   /ByteRange täcker hela filen utom /Contents: \(yesNo(report.coversAllButContents))")
            lines.append("   Kontrollsumman (SHA-256) stämmer: \(yesNo(report.digestMatches))")
            lines.append("   Signaturvärdet stämmer med certifikatet: \(yesNo(report.signatureValid))")
            if report.laterChanges.isEmpty {
                lines.append("   Ändringar efter underskriften: inga")
            } else {
                lines.append("   Ändringar efter underskriften:")
                for change in report.laterChanges {
                    lines.append("     - \(change.description): \(change.allowed ? "tillåten" : "inte tillåten")")
                }
            }
            let verdict = !report.intact ? "BRUTEN: filen är ändrad inom det undertecknade området eller signaturen är ogiltig"
                : report.onlyAllowedLaterChanges ? "intakt, endast tillåtna ändringar efteråt" : "intakt, men ändrad efteråt på ett sätt som inte är tillåtet"
            lines.append("   Resultat: \(verdict)")
        }
        return lines.joined(separator: "\n")
    }

    private static func yesNo(_ value: Bool) -> String { value ? "ja" : "nej" }

    /// "D:20261201195012+00'00'" → "2026-12-01 19:50:12 +00'00'".
    static func readableDate(_ pdfDate: String) -> String {
        let digits = Array(pdfDate.hasPrefix("D:") ? pdfDate.dropFirst(2) : pdfDate[...])
        guard digits.count >= 14 else { return pdfDate }
        let part = { (start: Int, length: Int) in String(digits[start..<(start + length)]) }
        let zone = String(digits[14...])
        return "\(part(0, 4))-\(part(4, 2))-\(part(6, 2)) \(part(8, 2)):\(part(10, 2)):\(part(12, 2))" + (zone.isEmpty ? "" : " \(zone == "Z" || zone == "+00'00'" ? "UTC" : zone)")
    }
}
