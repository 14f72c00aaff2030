import Foundation

/// A plain document (`typ: dokument` in rapport.yaml): a title, Markdown texts and csv
/// tables in the order the folder lists them. The smallest report folder there is; the
/// bundled `examples/hello` is one.
public struct PlainDocument: Sendable, Equatable {
    public var title: String
    public var author: String
    public var layout: String
    /// `datum`: the document's date, written into the PDF (no date: the PDF carries none
    /// of its own and Cairo stamps the time of rendering).
    public var date: CalendarDate?
    public var parts: [PlainPart]
    /// The Markdown files as read, for checks that need the fonts (characters they lack).
    public var texts: [ProseSource] = []
}

public enum PlainPart: Sendable, Equatable {
    case prose([ProseBlock])
    case table(PlainTable)
}

/// A csv table as it will be printed: columns whose every value is an amount are
/// numeric, and their cells are already in Swedish form (−22 704 789,01).
public struct PlainTable: Sendable, Equatable {
    public var caption: String?
    public var header: [String]
    public var rows: [[String]]
    public var numericColumns: Set<Int>
    /// When set, a total row: the exact sums of the numeric columns, labelled so.
    public var totalLabel: String?
    public var totals: [Int: Money]
}

public enum PlainDocumentReader {
    /// Reads `rapport.yaml` of a plain document and the files it lists under `innehåll`.
    public static func load(folder: String) throws -> PlainDocument {
        let folderURL = URL(fileURLWithPath: folder)
        let root = try YamlNode.load(path: folderURL.appendingPathComponent("rapport.yaml").path, displayName: "rapport.yaml")
        try root.allowKeys(["typ", "titel", "författare", "layout", "datum", "innehåll"])
        var document = PlainDocument(
            title: try root.string("titel"), author: try root.optionalString("författare") ?? "",
            layout: try root.optionalString("layout") ?? "dokument",
            date: try root.optional("datum").map { try $0.date() }, parts: [])
        for item in try root.required("innehåll").items() {
            try item.allowKeys(["text", "tabell", "rubrik", "summarad"])
            if let text = try item.optional("text") {
                let name = try text.string()
                let markdown = try InputFile.text(path: folderURL.appendingPathComponent(name).path, displayName: name)
                document.parts.append(.prose(try prose(markdown, file: name, folder: folder)))
                document.texts.append(ProseSource(file: name, id: name, text: markdown))
            } else if let table = try item.optional("tabell") {
                let name = try table.string()
                let csv = try CSVTable.load(path: folderURL.appendingPathComponent(name).path, displayName: name)
                document.parts.append(.table(try PlainTableBuilder.build(
                    csv, caption: try item.optionalString("rubrik"), totalLabel: try item.optionalString("summarad"))))
            } else {
                throw item.error("Varje del ska ha \"text:\" (en Markdown-fil) eller \"tabell:\" (en csv-fil).")
            }
        }
        return document
    }

    /// A text read and its files checked; a plain document has no figures, so any
    /// `{{ name }}` is a finding too. Every finding is thrown at once.
    private static func prose(_ markdown: String, file: String, folder: String) throws -> [ProseBlock] {
        var (blocks, findings) = MarkdownReader.read(markdown, file: file)
        blocks = ProseFiles(folder: folder, textFile: file).resolve(blocks, findings: &findings)
        blocks = FigureFiller(figures: [:], file: file).fill(blocks, findings: &findings)
        if !findings.isEmpty { throw FindingsFailure(findings: findings) }
        return blocks
    }
}
