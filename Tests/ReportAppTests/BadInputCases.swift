import Foundation

/// One single change to one file of an example folder, and what must come of it.
struct BadInputCase {
    enum Outcome: Equatable {
        /// Refused (an input error, exit 2, or an error finding, exit 1) with a message that
        /// names what `Refusal` says.
        case refused(Refusal)
        /// Made, with a warning of this code.
        case warned(code: String)
        /// The check's errors and warnings are those of the unchanged folder.
        case unchanged
    }

    /// The file taken away, or a folder put in its place, instead of an edit of its text.
    enum Replacement { case removed, folder }

    var example: String
    var file: String
    var name: String
    var change: (String) -> String
    var outcome: Outcome
    var replacement: Replacement? = nil
}

extension BadInputCase.Outcome {
    /// Refused at a line of the changed file, the message naming the key or column `field`.
    static func refused(line: Int, field: String) -> Self { .refused(Refusal(place: .line(line), named: .field(field))) }

    /// Refused at a line of the changed file, the message itself quoting what is wrong
    /// (a text has no fields).
    static func refused(line: Int, quoting text: String) -> Self {
        .refused(Refusal(place: .line(line), named: .inMessage("\"\(text)\"")))
    }
}

/// The cases, generated from the example folders' own lines: every key misspelt and
/// repeated, every date and whole number made invalid, every csv row cut short and given
/// a wrong or negative figure, csv files saved as Excel saves them, and the books changed
/// the ways real exports differ.
enum BadInputCases {
    static func lines(_ text: String) -> [Substring] { text.split(separator: "\n", omittingEmptySubsequences: false) }

    static func replacingLine(_ index: Int, in text: String, with replacement: [String]) -> String {
        var all = lines(text).map(String.init)
        all.replaceSubrange(index...index, with: replacement)
        return all.joined(separator: "\n")
    }

    /// A yaml file's cases: each block key misspelt and (with a scalar value) written twice,
    /// each flow mapping's first key misspelt, each date and whole number made invalid.
    static func yaml(_ example: String, _ file: String, text: String, skipKeys: Set<String> = ["typ"]) -> [BadInputCase] {
        var cases: [BadInputCase] = []
        for (index, line) in lines(text).enumerated() {
            let number = index + 1
            let trimmed = line.drop { $0 == " " }
            guard !trimmed.hasPrefix("#"), !trimmed.isEmpty else { continue }
            let body = trimmed.hasPrefix("- ") ? trimmed.dropFirst(2) : trimmed
            let original = String(line)
            if body.hasPrefix("{"), let colon = body.firstIndex(of: ":") {
                let key = body.dropFirst().prefix { $0 != ":" }.trimmingCharacters(in: .whitespaces)
                cases.append(BadInputCase(example: example, file: file, name: "rad \(number): nyckeln \(key) felstavad", change: {
                    replacingLine(index, in: $0, with: [original.replacingOccurrences(of: "{ \(key):", with: "{ \(key)x:")])
                }, outcome: .refused(line: number, field: key + "x")))
                _ = colon
                continue
            }
            guard let colon = body.firstIndex(of: ":") else { continue }
            let key = String(body[..<colon])
            guard !key.contains(" "), !key.isEmpty, !skipKeys.contains(key) else { continue }
            let value = body[body.index(after: colon)...].trimmingCharacters(in: .whitespaces)
            let valueBeforeComment = value.split(separator: "#").first.map { $0.trimmingCharacters(in: .whitespaces) } ?? ""
            cases.append(BadInputCase(example: example, file: file, name: "rad \(number): nyckeln \(key) felstavad", change: {
                replacingLine(index, in: $0, with: [original.replacingOccurrences(of: "\(key):", with: "\(key)x:")])
            }, outcome: .refused(line: number, field: key + "x")))
            if !valueBeforeComment.isEmpty, !trimmed.hasPrefix("- "), !value.hasPrefix("{"), !value.hasPrefix("[") {
                cases.append(BadInputCase(example: example, file: file, name: "rad \(number): nyckeln \(key) två gånger", change: {
                    replacingLine(index, in: $0, with: [original, original])
                }, outcome: .refused(line: number + 1, field: key)))
            }
            if valueBeforeComment.count == 10, valueBeforeComment.filter(\.isNumber).count == 8, valueBeforeComment.contains("-") {
                cases.append(BadInputCase(example: example, file: file, name: "rad \(number): ogiltigt datum", change: {
                    replacingLine(index, in: $0, with: [original.replacingOccurrences(of: valueBeforeComment,
                                                                                       with: valueBeforeComment.prefix(8) + "32")])
                }, outcome: .refused(line: number, field: key)))
            }
            if !valueBeforeComment.isEmpty, valueBeforeComment.allSatisfy({ $0.isNumber || $0 == "-" }), valueBeforeComment.contains(where: \.isNumber) {
                cases.append(BadInputCase(example: example, file: file, name: "rad \(number): \(key) är inget tal", change: {
                    replacingLine(index, in: $0, with: [original.replacingOccurrences(of: ": \(valueBeforeComment)", with: ": tolv")])
                }, outcome: .refused(line: number, field: key)))
            }
        }
        return cases
    }
}

extension BadInputCases {
    /// Every file rapport.yaml names, taken away or replaced by a folder: both refused at the
    /// line that names it.
    static func namedFiles(_ example: String, rapport text: String, folder: String) -> [BadInputCase] {
        var cases: [BadInputCase] = []
        for (index, line) in lines(text).enumerated() {
            let body = line.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first ?? ""
            let parts = body.split(separator: ":", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            guard parts.count == 2, !parts[0].hasPrefix("- "), parts[1].contains("."), !parts[1].contains(" "),
                  FileManager.default.fileExists(atPath: folder + "/" + parts[1]) else { continue }
            let (key, file) = (parts[0], parts[1])
            cases += [
                BadInputCase(example: example, file: file, name: "filen saknas", change: { $0 }, outcome: .refused(Refusal(
                    file: "rapport.yaml", place: .line(index + 1), named: .field(key))), replacement: .removed),
                BadInputCase(example: example, file: file, name: "en mapp i stället för filen", change: { $0 }, outcome: .refused(Refusal(
                    file: "rapport.yaml", place: .line(index + 1), named: .field(key))), replacement: .folder),
            ]
        }
        return cases
    }
}
