import Foundation

extension BadInputCases {
    /// A text file's cases: on paragraph lines spread over the file, raw HTML, an unclosed
    /// `{{` and a figure name that does not exist, each refused at its own line; an image
    /// without alternative text and one whose file is missing, refused at theirs; the
    /// file saved with CRLF or a byte-order mark, unchanged.
    static func markdown(_ example: String, _ file: String, text: String, linesPerFile: Int = 2) -> [BadInputCase] {
        let all = lines(text)
        let paragraphs = all.indices.filter { index in
            let line = all[index].trimmingCharacters(in: .whitespaces)
            guard let first = line.first, first.isLetter else { return false }
            return !all[index].hasPrefix(" ") && !line.contains("*") && !line.contains("|")
        }
        let step = max(1, paragraphs.count / linesPerFile)
        var cases: [BadInputCase] = []
        for index in stride(from: 0, to: paragraphs.count, by: step).prefix(linesPerFile).map({ paragraphs[$0] }) {
            let original = String(all[index]), number = index + 1
            // (name, the text appended, what the message quotes)
            let appended: [(String, String, String)] = [
                ("HTML", " <b>viktigt</b>", "<b"),
                ("\"{{\" utan \"}}\"", " {{ resultat_tkr", "{{"),
                ("okänt tal", " {{ okant_tal_som_inte_finns }}", "okant_tal_som_inte_finns"),
            ]
            for (name, tail, quoted) in appended {
                cases.append(BadInputCase(example: example, file: file, name: "rad \(number): \(name)", change: {
                    replacingLine(index, in: $0, with: [original + tail])
                }, outcome: .refused(line: number, quoting: quoted)))
            }
        }
        if let heading = all.firstIndex(where: { $0.hasPrefix("# ") || !$0.isEmpty }) {
            let original = String(all[heading])
            let folder = (file as NSString).deletingLastPathComponent
            cases += [
                BadInputCase(example: example, file: file, name: "bild utan alternativtext", change: {
                    replacingLine(heading, in: $0, with: [original, "", "![](logotyp.png)", ""])
                }, outcome: .refused(line: heading + 3, quoting: "logotyp.png")),
                BadInputCase(example: example, file: file, name: "bildfilen saknas", change: {
                    replacingLine(heading, in: $0, with: [original, "", "![Förbundets logotyp](finns-inte.png)", ""])
                }, outcome: .refused(line: heading + 3, quoting: folder + "/finns-inte.png")),
            ]
        }
        cases += [
            BadInputCase(example: example, file: file, name: "sparad med CRLF",
                         change: { $0.replacingOccurrences(of: "\n", with: "\r\n") }, outcome: .unchanged),
            BadInputCase(example: example, file: file, name: "sparad med BOM", change: { "\u{FEFF}" + $0 }, outcome: .unchanged),
        ]
        return cases
    }
}
