/// Parses the folder's texts and fills in figure references from the model's named
/// figures. An unknown name is a finding with file, line and the name.
enum ProseResolver {
    static func resolve(_ sources: [ProseSource], figures: [String: NamedFigure]) -> ([ProseText], [Finding]) {
        var findings: [Finding] = []
        let texts = sources.map { source -> ProseText in
            let blocks = MarkdownReader.parse(source.text).map { block -> ProseBlock in
                var copy = block
                copy.runs = fill(block.runs, block.line, source, figures, &findings)
                copy.items = block.items?.map { fill($0, block.line, source, figures, &findings) }
                return copy
            }
            return ProseText(id: source.id, file: source.file, blocks: blocks)
        }
        return (texts, findings)
    }

    private static func fill(_ runs: [InlineRun], _ line: Int, _ source: ProseSource, _ figures: [String: NamedFigure],
                             _ findings: inout [Finding]) -> [InlineRun] {
        runs.map { run in
            guard let name = run.figure else { return run }
            var copy = run
            if let figure = figures[name] {
                copy.text = figure.text
            } else {
                copy.text = "{{ \(name) }}"
                let location = SourceLocation(file: source.file, line: actualLine(of: name, in: source.text) ?? line)
                findings.append(FigureReference.unknown(name, known: figures.keys, at: location))
            }
            return copy
        }
    }

    /// The line of the reference itself (a paragraph may span several lines).
    private static func actualLine(of name: String, in text: String) -> Int? {
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            if line.contains("{{") && line.replacingOccurrences(of: " ", with: "").contains("{{\(name)}}") { return index + 1 }
        }
        return nil
    }
}
