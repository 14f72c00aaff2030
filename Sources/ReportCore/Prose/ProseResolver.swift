/// Reads the folder's texts, checks the files they name, and fills in figure references
/// from the model's named figures. An unknown name is a finding with the file and the
/// line of the reference itself.
enum ProseResolver {
    static func resolve(_ sources: [ProseSource], figures: [String: NamedFigure], folder: String = "") -> ([ProseText], [Finding]) {
        var findings: [Finding] = []
        let texts = sources.map { source -> ProseText in
            let (read, readingFindings) = MarkdownReader.read(source.text, file: source.file)
            findings += readingFindings
            let checked = ProseFiles(folder: folder, textFile: source.file).resolve(read, findings: &findings)
            let filler = FigureFiller(figures: figures, file: source.file)
            return ProseText(id: source.id, file: source.file, blocks: filler.fill(checked, findings: &findings))
        }
        return (texts, findings)
    }
}

/// Puts each figure's text into the runs that refer to it, through every nested block.
struct FigureFiller {
    let figures: [String: NamedFigure]
    let file: String

    func fill(_ blocks: [ProseBlock], findings: inout [Finding]) -> [ProseBlock] {
        blocks.map { block in
            var copy = block
            copy.runs = fill(block.runs, block.line, file, &findings)
            copy.items = block.items?.map { fill($0, block.line, file, &findings) }
            copy.children = block.children?.map { fill($0, findings: &findings) }
            if let table = block.table {
                let cellsFile = table.source ?? file
                copy.table?.header = table.header.map { fill($0, block.line, cellsFile, &findings) }
                copy.table?.rows = table.rows.map { row in row.map { fill($0, block.line, cellsFile, &findings) } }
            }
            return copy
        }
    }

    private func fill(_ runs: [InlineRun], _ line: Int, _ file: String, _ findings: inout [Finding]) -> [InlineRun] {
        runs.map { run in
            guard let name = run.figure else { return run }
            var copy = run
            if let figure = figures[name] {
                copy.text = figure.text
            } else {
                copy.text = "{{ \(name) }}"
                findings.append(FigureReference.unknown(name, known: figures.keys, at: SourceLocation(file: file, line: run.line ?? line)))
            }
            return copy
        }
    }
}
