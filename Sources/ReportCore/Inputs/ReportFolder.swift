import Foundation

/// Reads a report folder (rapport.yaml and the files it names) into `ReportInputs`.
/// Throws `InputError` for anything unreadable: a missing file, a yaml field of the wrong
/// type, an unknown municipality, a zero population. Bookkeeping errors are not thrown:
/// they are findings, collected for `AnnualReportBuilder`.
public enum ReportFolder {
    public static func load(path: String) throws -> ReportInputs {
        let folder = URL(fileURLWithPath: path)
        let settingsFile = folder.appendingPathComponent("rapport.yaml").path
        guard FileManager.default.fileExists(atPath: settingsFile) else {
            throw InputError("Rapportmappen saknar rapport.yaml (eller finns inte): \(path)", file: settingsFile)
        }
        let root = try YamlNode.load(path: settingsFile, displayName: "rapport.yaml")
        let settings = try SettingsReader.read(root)
        var files = try FolderFiles(root.optional("filer"), folder: folder)
        func yaml(_ name: String) throws -> YamlNode { try YamlNode.load(path: files.path(name), displayName: name) }

        let booksFile = try files.required("bokföring")
        let document = try SIEReader.read(path: files.path(booksFile), displayName: booksFile)
        var mapping = try BuiltInAccountPlans.mapping(settings.accountPlan)
        var excluded: [ExcludedAccounts] = []
        if let name = try files.resolve("mappning") {
            let node = try yaml(name)
            mapping = mapping.overridden(by: try MappingReader.read(node))
            excluded = try ExcludedAccountsReader.read(node)
        }
        let memberFile = try yaml(files.required("medlemmar"))
        let members = try MembersReader.read(memberFile, strict: true, folder: folder)
        let board = try BoardReader.read(yaml(files.required("styrelse")))
        let participants = try files.table("deltagare").map { try ParticipantsReader.read($0, members: members) }
        let statements = try BuiltInStatements.load(settings.statements, folder: folder, mapping: mapping,
                                                    namedAt: try root.optional("räkningar")?.location)
        let history = try files.resolve("historik").map { try HistoryReader.read(yaml($0), overview: statements.overview ?? .empty) } ?? []
        let budget = try files.table("budget").map(BudgetFile.read)
        try BudgetFile.match(statements.operating, lines: budget?.lines)
        let textsName = try files.resolve("texter")
        let (books, closingEntries) = ClosingEntries.separate(document.books, file: booksFile)
        var inputs = ReportInputs(
            folder: path, settings: settings, books: books, booksFile: booksFile,
            booksFindings: BooksChecks.run(document) + BooksReportMatch.run(document.books, file: booksFile, report: BooksReportMatch.Report(
                year: settings.year, association: settings.association, location: try root.required("år").location)),
            mapping: mapping,
            statements: statements, board: board, members: members,
            participants: participants, history: history, budget: budget?.centres,
            texts: try textsName.map { try texts(folder: folder.appendingPathComponent($0), name: $0) } ?? [])
        inputs.inputFindings = files.absent + closingEntries
        inputs.excludedAccounts = excluded
        inputs.budgetLines = budget?.lines
        inputs.contributions = try memberFile.optional("medlemsbidrag").map(MembersReader.contributions)
        return inputs
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
