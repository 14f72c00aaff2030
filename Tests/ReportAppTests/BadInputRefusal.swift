import Foundation

/// What a refused case's message must name, read from the line `check` prints for it:
/// `fil:rad (fält "…"): fel: …`, `arbetsbok.xlsx, Blad!C5 (fält "…"): fel: …` or, where the
/// case says why there is no line, `fil: fel: …`.
struct Refusal: Equatable {
    enum Place: Equatable {
        case line(Int)
        /// A workbook's cell, "Budget!C5".
        case cell(String)
        /// The message names the file alone, for the reason given.
        case noLine(because: String)
    }

    enum Named: Equatable {
        /// The place ends in `(fält "…")` with this key or column (a yaml key's path ends in it).
        case field(String)
        /// The message itself holds this text: what a text or a missing record is refused for.
        case inMessage(String)
        /// No field is at fault, for the reason given.
        case nothing(because: String)
    }

    /// The file the message names; nil for the changed file.
    var file: String? = nil
    var place: Place
    var named: Named

    var namesLine: Bool { if case .noLine = place { false } else { true } }
    var namesField: Bool { if case .nothing = named { false } else { true } }

    /// What the printed line fails to name; empty when it names all of it.
    func problems(_ printed: String, changedFile: String) -> [String] {
        let file = self.file ?? changedFile
        guard printed.hasPrefix(file) else { return ["names another file than \(file): \(printed)"] }
        let rest = printed.dropFirst(file.count)
        let end = rest.range(of: ": fel: ") ?? rest.range(of: ": varning: ")
        let place = String(end.map { rest[..<$0.lowerBound] } ?? rest)
        let message = end.map { String(rest[$0.upperBound...]) } ?? ""
        let fieldRange = place.range(of: #" \(fält "[^"]*"\)$"#, options: .regularExpression)
        let field = fieldRange.map { String(place[$0].dropFirst(" (fält \"".count).dropLast(2)) }
        let position = fieldRange.map { String(place[..<$0.lowerBound]) } ?? place
        var problems: [String] = []
        switch self.place {
        case .line(let line) where position != ":\(line)": problems.append("does not name line \(line)")
        case .cell(let cell) where position != ", \(cell)": problems.append("does not name cell \(cell)")
        case .noLine(let reason) where !position.isEmpty: problems.append("names \"\(position)\", though the case says none (\(reason))")
        default: break
        }
        switch named {
        case .field(let name) where field != name && field?.hasSuffix("." + name) != true:
            problems.append("does not name the field \"\(name)\"")
        case .inMessage(let text) where !message.contains(text): problems.append("does not say \(text)")
        case .nothing(let reason) where field != nil: problems.append("names a field, though the case says none (\(reason))")
        default: break
        }
        return problems.map { "\($0): \(printed)" }
    }
}
