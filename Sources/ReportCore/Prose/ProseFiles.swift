import Foundation

/// The files a text names: pictures (`![Logotyp](logo.png)`) and csv tables
/// (`![Personal i årsarbetare](personal.csv)`), found relative to the text's own folder.
/// A file that is missing or is no picture the product can print is a finding with the
/// text's file and line; a csv file's own errors name the csv file and its line.
struct ProseFiles {
    /// The report folder; texts' file names are relative to it.
    let folder: String
    let textFile: String

    func resolve(_ blocks: [ProseBlock], findings: inout [Finding]) -> [ProseBlock] {
        blocks.map { block in
            var copy = block
            copy.children = block.children?.map { resolve($0, findings: &findings) }
            guard block.kind == .image, let image = block.image, !image.alternativeText.isEmpty else { return copy }
            let name = displayName(image.source)
            let path = URL(fileURLWithPath: folder).appendingPathComponent(name).path
            var isDirectory: ObjCBool = false
            guard !image.source.isEmpty, FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue else {
                findings.append(finding("Filen \"\(name)\" som texten visar finns inte.", line: block.line))
                return copy
            }
            if image.source.lowercased().hasSuffix(".csv") { return table(copy, path: path, name: name, findings: &findings) }
            return picture(copy, path: path, name: name, findings: &findings)
        }
    }

    /// The file's name as the user sees it: relative to the folder, through the text's folder.
    private func displayName(_ source: String) -> String {
        let textFolder = (textFile as NSString).deletingLastPathComponent
        let joined = textFolder.isEmpty ? source : "\(textFolder)/\(source)"
        return (joined as NSString).standardizingPath
    }

    private func picture(_ block: ProseBlock, path: String, name: String, findings: inout [Finding]) -> ProseBlock {
        guard let data = FileManager.default.contents(atPath: path) else {
            findings.append(finding("Bilden \"\(name)\" kan inte läsas.", line: block.line))
            return block
        }
        switch ImageHeader.read(Array(data.prefix(1 << 20))) {
        case .failure(let error):
            findings.append(finding("Filen \"\(name)\" \(error.reason).", line: block.line))
            return block
        case .success(let info):
            var copy = block
            copy.image?.path = path
            copy.image?.format = info.format
            copy.image?.pixelWidth = info.width
            copy.image?.pixelHeight = info.height
            copy.image?.pixelsPerInch = info.pixelsPerInch
            return copy
        }
    }

    /// A csv table: its first row is the header; each cell is read as inline Markdown, so
    /// it may hold `{{ figure }}` references and emphasis.
    private func table(_ block: ProseBlock, path: String, name: String, findings: inout [Finding]) -> ProseBlock {
        let csv: CSVTable
        do {
            csv = try CSVTable.load(path: path, displayName: name)
        } catch let error as InputError {
            findings.append(Finding(.error, code: "text-tabellfil", message: error.message, location: error.location))
            return block
        } catch {
            findings.append(finding("Tabellen \"\(name)\" kan inte läsas.", line: block.line))
            return block
        }
        let report = MarkdownFindings(file: name)
        func cell(_ text: String, line: Int) -> [InlineRun] {
            let source = MarkdownSource(text)
            return InlineReader.read([.init(line: line, range: 0..<source.bytes.count)], bytes: source.bytes, report: report)
        }
        let header = csv.displayHeader.map { cell($0, line: 1) }
        let rows = csv.rows.map { row in row.values.map { cell($0, line: row.line) } }
        findings += report.findings
        var copy = block
        copy.kind = .table
        copy.table = ProseTable(header: header, rows: rows, alignments: Array(repeating: .automatic, count: header.count),
                                source: name, caption: block.image?.alternativeText)
        copy.image = nil
        return copy
    }

    private func finding(_ message: String, line: Int) -> Finding {
        Finding(.error, code: "text-fil", message: message, location: SourceLocation(file: textFile, line: line))
    }
}
