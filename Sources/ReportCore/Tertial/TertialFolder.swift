import Foundation

/// Reads a tertial report folder: `rapport.yaml` (with `typ: tertialrapport`) names the
/// period, the books, the mapping, the members, the participant tables and the texts.
/// The mapping (`MappingReader`) and the csv tables (`CSVTable`) are read as the annual
/// report's `ReportFolder` reads them.
public enum TertialFolder {
    /// Reads the folder at `path`; `period` overrides the one in rapport.yaml (the command
    /// line's `--period 2017-01..2017-08`). Throws `InputError` for a missing file or a
    /// malformed field.
    public static func load(path: String, period override: ReportPeriod? = nil) throws -> TertialInputs {
        let folder = URL(fileURLWithPath: path)
        let report = try YamlNode.load(path: folder.appendingPathComponent("rapport.yaml").path, displayName: "rapport.yaml")
        try ReportKind.require(.tertialReport, in: report)
        try report.allowKeys(["typ", "förbund", "period", "bokföring", "mappning", "medlemmar", "text", "deltagare", "brev", "prognos"])
        let period = try override ?? readPeriod(try report.required("period"))
        func file(_ node: YamlNode) throws -> (path: String, name: String) { try namedFile(node, folder: folder) }
        let books = try file(try report.required("bokföring"))
        let document = try SIEReader.read(path: books.path, displayName: books.name)
        let mapping = try file(try report.required("mappning"))
        let members = try file(try report.required("medlemmar"))
        let memberFile = try YamlNode.load(path: members.path, displayName: members.name)
        let text = try file(try report.required("text"))
        let (closedBooks, closingEntries) = ClosingEntries.separate(document.books, file: books.name)
        var inputs = TertialInputs(
            association: try AssociationIdentity.read(try report.required("förbund"), complete: false), period: period,
            books: closedBooks, booksFile: books.name,
            mapping: try MappingReader.complete(YamlNode.load(path: mapping.path, displayName: mapping.name)),
            members: try MembersReader.read(memberFile, strict: false, folder: folder),
            contributions: try MembersReader.contributions(try memberFile.required("medlemsbidrag")),
            participants: try ParticipantTablesReader.read(try report.required("deltagare"), folder: folder),
            reportText: try readText(text.path, text.name),
            letter: try readLetter(try report.required("brev"), folder: folder),
            readFindings: BooksChecks.run(document) + closingEntries + (try booksMatch(document.books, file: books.name, period: period, report: report)))
        inputs.forecastMethod = try readForecastMethod(try report.required("prognos"))
        inputs.folder = folder.path
        return inputs
    }

    /// `prognos: budgetprofil` or `prognos: linjär`.
    static func readForecastMethod(_ node: YamlNode) throws -> ForecastMethod {
        let text = try node.string()
        guard let method = ForecastMethod(rawValue: MappingReader.normalized(text)) else {
            throw node.error("Ska vara budgetprofil (periodens utfall och budgeten för resten av året) eller linjär "
                + "(periodens utfall räknat upp till helår), men är \"\(text)\".")
        }
        return method
    }

    /// The books matched to the report: the period's year is #RAR 0's, in one calendar year.
    static func booksMatch(_ books: Books, file: String, period: ReportPeriod, report: YamlNode) throws -> [Finding] {
        let location = try report.required("period").location
        var findings = BooksReportMatch.run(books, file: file, report: BooksReportMatch.Report(
            year: period.end.year, association: try AssociationIdentity.read(report.required("förbund"), complete: false),
            location: location))
        if period.start.year != period.end.year {
            findings.append(Finding(.error, code: "period-flera-ar",
                                    message: "Perioden \(period) går över ett årsskifte; en tertialrapport gäller ett räkenskapsår.",
                                    location: location))
        }
        return findings
    }

    /// `år` + `tertial`, or `från` + `till` months.
    static func readPeriod(_ node: YamlNode) throws -> ReportPeriod {
        try node.allowKeys(["år", "tertial", "från", "till"])
        if let tertial = try node.optional("tertial") {
            let year = try node.year("år")
            guard let period = ReportPeriod(year: year, tertial: try tertial.int()) else {
                throw tertial.error("Ska vara 1 (januari–april), 2 (januari–augusti) eller 3 (hela året).")
            }
            return period
        }
        let from = try month(try node.required("från")), to = try month(try node.required("till"))
        guard let period = ReportPeriod(start: from, end: to) else {
            throw try node.required("till").error("Periodens sista månad kommer före den första.")
        }
        return period
    }

    static func month(_ node: YamlNode) throws -> YearMonth {
        let text = try node.string()
        guard let month = YearMonth(compact: text.replacingOccurrences(of: "-", with: "")[...]) else {
            throw node.error("Ska vara en månad som 2017-04, men är \"\(text)\".")
        }
        return month
    }

    static func readLetter(_ node: YamlNode, folder: URL) throws -> LetterSettings {
        try node.allowKeys(["datum", "mall", "avsändare"])
        let template = try node.string("mall")
        let sender = try node.required("avsändare")
        try sender.allowKeys(["namn", "titel", "adress", "telefon", "e-post"])
        var settings = LetterSettings(
            date: try node.date("datum"),
            template: try readText(namedFile(node.required("mall"), folder: folder).path, template),
            senderName: try sender.string("namn"), senderTitle: try sender.optionalString("titel") ?? "",
            senderAddress: try MembersReader.read(address: try sender.required("adress")))
        settings.senderPhone = try sender.optional("telefon").map(SenderContact.phone)
        settings.senderEmail = try sender.optional("e-post").map(SenderContact.email)
        return settings
    }

    /// A file rapport.yaml names: its path and name. One that is not in the folder, or is a
    /// folder, is refused at the line naming it.
    static func namedFile(_ node: YamlNode, folder: URL) throws -> (path: String, name: String) {
        let name = try node.string()
        let path = folder.appendingPathComponent(name).path
        try InputFile.refuseFolder(path: path, name: name, namedAt: node.location)
        guard FileManager.default.fileExists(atPath: path) else {
            throw node.error("Filen \"\(name)\" som rapport.yaml anger finns inte i rapportmappen.")
        }
        return (path, name)
    }

    static func readText(_ path: String, _ name: String) throws -> TextInput {
        TextInput(file: name, text: try InputFile.text(path: path, displayName: name))
    }
}
