/// `{{ name }}` in the board's and the office's texts: a reference to a computed figure,
/// so prose can never disagree with the tables. One scanner and one finding for every
/// kind of document.
enum FigureReference {
    /// A reference found in a line: its range (braces included) and its trimmed name.
    struct Match {
        var range: Range<Substring.Index>
        var name: String
    }

    /// The first `{{ … }}` in `text`; `unclosed` is set when `{{` has no `}}` after it.
    static func first(in text: Substring) -> (match: Match?, unclosed: Range<Substring.Index>?) {
        guard let open = text.range(of: "{{") else { return (nil, nil) }
        guard let close = text[open.upperBound...].range(of: "}}") else { return (nil, open) }
        let name = text[open.upperBound..<close.lowerBound].trimmingCharacters(in: .whitespaces)
        return (Match(range: open.lowerBound..<close.upperBound, name: name), nil)
    }

    /// The finding for a name no figure has, listing the names that exist.
    static func unknown(_ name: String, known: some Sequence<String>, at location: SourceLocation) -> Finding {
        Finding(.error, code: "prosa-okand-referens",
                message: "Texten hänvisar till talet \"\(name)\", som inte finns. Kända namn: \(known.sorted().joined(separator: ", ")).",
                location: location)
    }
}
