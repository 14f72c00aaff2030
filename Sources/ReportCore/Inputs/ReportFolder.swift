import Foundation

/// Reads a report folder (rapport.yaml and the files it names) into `ReportInputs`.
/// Throws `InputError` for anything unreadable: a missing file, a yaml field of the wrong
/// type, an unknown municipality, a zero population. Bookkeeping errors are not thrown:
/// they are findings, collected for `AnnualReportBuilder`.
public enum ReportFolder {
    public static func load(path: String) throws -> ReportInputs {
        let folder = URL(fileURLWithPath: path)
        func file(_ name: String) -> String { folder.appendingPathComponent(name).path }
        func exists(_ name: String) -> Bool { FileManager.default.fileExists(atPath: file(name)) }

        guard exists("rapport.yaml") else {
            throw InputError("Rapportmappen saknar rapport.yaml (eller finns inte): \(path)", file: file("rapport.yaml"))
        }
        let (settings, files) = try SettingsReader.read(YamlNode.load(path: file("rapport.yaml"), displayName: "rapport.yaml"))
        guard exists(files.books) else { throw InputError("Bokföringsfilen saknas.", file: files.books) }
        let document = try SIEReader.read(path: file(files.books), displayName: files.books)
        let booksFindings = BooksChecks.run(document)

        var mapping = MappingReader.defaultMapping(plan: settings.accountPlan)
        if let name = files.mapping, exists(name) {
            mapping = mapping.overridden(by: try MappingReader.read(YamlNode.load(path: file(name), displayName: name)))
        }
        let members = try MembersReader.read(YamlNode.load(path: file(files.members), displayName: files.members), strict: true)
        let board = try BoardReader.read(YamlNode.load(path: file(files.board), displayName: files.board))
        let participants = try files.participants.flatMap { name in
            exists(name) ? try ParticipantsReader.read(CSVTable.load(path: file(name), displayName: name), members: members) : nil
        }
        let history = try files.history.flatMap { name in
            exists(name) ? try HistoryReader.read(YamlNode.load(path: file(name), displayName: name)) : nil
        } ?? []
        let budget = try files.budget.flatMap { name in
            exists(name) ? try BudgetReader.read(CSVTable.load(path: file(name), displayName: name)) : nil
        }
        return ReportInputs(
            folder: path, settings: settings, books: document.books, booksFile: files.books,
            booksFindings: booksFindings, mapping: mapping,
            statements: try BuiltInStatements.load(settings.statements, folder: folder, mapping: mapping), board: board, members: members,
            participants: participants, history: history, budget: budget,
            texts: try texts(folder: folder.appendingPathComponent(files.texts), name: files.texts))
    }

    /// The texts folder's Markdown files in file-name order; a "01-" style prefix orders
    /// them and is not part of the text's id.
    static func texts(folder: URL, name: String) throws -> [ProseSource] {
        guard let entries = try? FileManager.default.contentsOfDirectory(atPath: folder.path) else { return [] }
        return try entries.filter { $0.hasSuffix(".md") }.sorted().map { entry in
            let text = try InputFile.text(path: folder.appendingPathComponent(entry).path, displayName: "\(name)/\(entry)")
            var id = String(entry.dropLast(3))
            if let dash = id.firstIndex(of: "-"), id[..<dash].allSatisfy(\.isNumber) { id = String(id[id.index(after: dash)...]) }
            return ProseSource(file: "\(name)/\(entry)", id: id, text: text)
        }
    }
}
