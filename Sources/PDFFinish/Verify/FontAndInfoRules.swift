import Foundation

/// Fonts: every font program is in the file (PDF/A-2 6.2.11.4.1, PDF/UA-1 7.21.4.1).
enum FontRules {
    static func notEmbedded(_ input: VerificationInput) -> [String] {
        input.fonts.compactMap { font -> String? in
            let subtype = font["/Subtype"]?.name ?? ""
            guard subtype != "/Type0", subtype != "/Type3" else { return nil }
            let descriptor = font["/FontDescriptor"]
            let embedded = ["/FontFile", "/FontFile2", "/FontFile3"].contains { descriptor?[$0] != nil }
            return embedded ? nil : "\(font["/BaseFont"]?.name ?? "?") (\(subtype))"
        }
    }
}

/// The Info dictionary and the XMP packet say the same (ISO 19005-2 6.6.3): title,
/// author, subject, keywords, creator tool, producer and both dates.
enum InfoConsistency {
    static func check(_ input: VerificationInput) -> VerificationReport.Rule {
        guard let info = input.file.trailer["/Info"], let xmp = input.xmp else {
            return VerificationReport.Rule(id: "A-13", clause: "ISO 19005-2 6.6.3", title: title, passed: input.file.trailer["/Info"] == nil,
                                           finding: "XMP saknas men Info finns")
        }
        typealias V = VerificationInput
        let pairs: [(String, String, String)] = [
            ("/Title", V.dc, "title"), ("/Author", V.dc, "creator"), ("/Subject", V.dc, "description"),
            ("/Keywords", V.pdf, "Keywords"), ("/Creator", V.xmpBasic, "CreatorTool"), ("/Producer", V.pdf, "Producer"),
        ]
        var findings: [String] = []
        for (key, namespace, name) in pairs {
            guard let value = info[key]?.text else { continue }
            if xmp.value(namespace, name) != value { findings.append("\(key) \"\(value)\" men XMP \(name) \"\(xmp.value(namespace, name) ?? "saknas")\"") }
        }
        for (key, name) in [("/CreationDate", "CreateDate"), ("/ModDate", "ModifyDate")] {
            guard let value = info[key]?.text else { continue }
            guard let pdfDate = normalized(pdf: value) else {
                findings.append("\(key) \"\(value)\" är inte ett PDF-datum med tidszon (D:ÅÅÅÅMMDDttmmss+hh'mm')")
                continue
            }
            if pdfDate != xmp.value(V.xmpBasic, name) { findings.append("\(key) \(value) men XMP \(name) \(xmp.value(V.xmpBasic, name) ?? "saknas")") }
        }
        return rule("A-13", "ISO 19005-2 6.6.3", title, findings: findings)
    }

    static let title = "Info-ordlistan och XMP säger samma sak (titel, författare, datum med tidszon …)"

    /// "D:20250203120000+01'00'" as XMP writes it, "2025-02-03T12:00:00+01:00"; nil
    /// without all fourteen digits and a zone.
    static func normalized(pdf date: String) -> String? {
        guard date.hasPrefix("D:") else { return nil }
        let body = Array(date.dropFirst(2))
        guard body.count >= 15, body[0..<14].allSatisfy(\.isNumber) else { return nil }
        let digits = String(body[0..<14])
        func part(_ from: Int, _ length: Int) -> Substring {
            digits.dropFirst(from).prefix(length)
        }
        let stamp = "\(part(0, 4))-\(part(4, 2))-\(part(6, 2))T\(part(8, 2)):\(part(10, 2)):\(part(12, 2))"
        let zone = String(body[14...]).replacingOccurrences(of: "'", with: " ").trimmingCharacters(in: .whitespaces)
        if zone == "Z" { return stamp + "Z" }
        let pieces = zone.dropFirst().split(separator: " ")
        guard let sign = zone.first, sign == "+" || sign == "-", pieces.count == 2, pieces.allSatisfy({ $0.count == 2 && $0.allSatisfy(\.isNumber) }) else { return nil }
        return stamp + "\(sign)\(pieces[0]):\(pieces[1])"
    }
}
