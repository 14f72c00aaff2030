import Foundation
import ReportCore
import ReportLayout

/// The init use case: a new report folder from the bundled template (`mallar/<typ>/`),
/// filled in with what the books know. Nothing is written unless the whole folder can be:
/// it is made beside the target and renamed into place.
public enum FolderInit {
    public enum Kind: String, CaseIterable, Sendable {
        case annualReport = "arsredovisning", tertialReport = "tertialrapport"
    }

    public struct Result: Sendable {
        public var folder: String
        public var files: [String]
        /// What the office must fill in, the list `check` names too.
        public var todo: [Placeholders.Item]
        /// What was taken from the books, one line each, in Swedish.
        public var fromBooks: [String]
    }

    public static func run(folder: String, kind: Kind, sie: String?) throws -> Result {
        try refuseExisting(folder)
        let booksName = "bokforing.se"
        let facts = try sie.map { try readBooks($0) }
        let templates = try BundledResources.locate(folder: "mallar", containing: "arsredovisning/rapport.yaml",
                                                    environmentVariable: "FINSAM_MALLAR") + "/" + kind.rawValue
        let text = TemplateText(values: TemplateValues.make(facts, booksFile: sie == nil ? nil : booksName),
                                commentWords: TemplateValues.commentWords)
        var files: [String: Data] = [:]
        for relative in templateFiles(templates) {
            let content = try String(contentsOfFile: templates + "/" + relative, encoding: .utf8)
            files[relative] = Data(text.fill(content).utf8)
        }
        if kind == .tertialReport { files["mappning.yaml"] = Data(try TemplateValues.tertialMapping(facts?.plan.plan).utf8) }
        if let sie { files[booksName] = try Data(contentsOf: URL(fileURLWithPath: sie)) }
        if let facts {
            if TemplateValues.needsBudgetFile(facts), kind == .annualReport { files["budget.csv"] = Data(TemplateValues.budgetCSV(facts).utf8) }
            if let mapping = facts.proposal.yaml, kind == .annualReport { files["mappning.yaml"] = Data(mapping.utf8) }
        }
        try writeFolder(folder, files: files)
        return Result(folder: folder, files: files.keys.sorted(), todo: Placeholders.scan(folder: folder),
                      fromBooks: facts.map { summary($0, kind: kind) } ?? [])
    }

    static func readBooks(_ path: String) throws -> BooksFacts {
        let document = try SIEReader.read(path: path, displayName: URL(fileURLWithPath: path).lastPathComponent)
        let errors = BooksChecks.run(document).filter { $0.severity == .error }
        if !errors.isEmpty { throw FindingsFailure(findings: errors) }
        return try BooksFacts.read(document)
    }

    /// A folder that exists and holds anything is refused: init never overwrites.
    static func refuseExisting(_ folder: String) throws {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory) else { return }
        guard isDirectory.boolValue else { throw InputError("Finns redan som fil; init gör en ny mapp.", file: folder) }
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        if !entries.isEmpty {
            throw InputError("Mappen finns redan och är inte tom (\(entries.count) filer); init skriver bara en ny eller tom mapp och skriver aldrig över.", file: folder)
        }
    }

    static func templateFiles(_ directory: String) -> [String] {
        let walker = FileManager.default.enumerator(atPath: directory)
        return (walker?.compactMap { $0 as? String } ?? []).filter { path in
            var isDirectory: ObjCBool = false
            return FileManager.default.fileExists(atPath: directory + "/" + path, isDirectory: &isDirectory) && !isDirectory.boolValue
        }.sorted()
    }

    /// Writes every file into a hidden sibling folder, then renames it to `folder`.
    static func writeFolder(_ folder: String, files: [String: Data]) throws {
        let target = URL(fileURLWithPath: folder).standardizedFileURL
        let parent = target.deletingLastPathComponent()
        try FileManager.default.createDirectory(at: parent, withIntermediateDirectories: true)
        let temporary = parent.appendingPathComponent(".\(target.lastPathComponent).\(getpid()).init")
        do {
            try? FileManager.default.removeItem(at: temporary)
            for (relative, data) in files {
                let path = temporary.appendingPathComponent(relative)
                try FileManager.default.createDirectory(at: path.deletingLastPathComponent(), withIntermediateDirectories: true)
                try data.write(to: path)
            }
            try? FileManager.default.removeItem(at: target)  // only ever an empty folder here
            guard rename(temporary.path, target.path) == 0 else {
                throw InputError("Kunde inte skapa mappen (\(String(cString: strerror(errno)))).", file: folder)
            }
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            throw error
        }
    }

    /// What the books gave the folder, for init's output.
    static func summary(_ facts: BooksFacts, kind: Kind) -> [String] {
        var lines: [String] = []
        if let name = facts.name { lines.append("förbundets namn: \(name) (#FNAMN)") }
        if let number = facts.organisationNumber { lines.append("organisationsnummer: \(number) (#ORGNR)") }
        if let year = facts.year { lines.append("räkenskapsår: \(year) (#RAR 0)") }
        lines.append("kontoplan: \(facts.plan.plan ?? "kan inte avgöras") (\(facts.plan.reason))")
        if !facts.costCentres.isEmpty {
            lines.append("kostnadsställen (#OBJEKT 1): " + facts.costCentres.map { "\($0.code) \($0.name)" }.joined(separator: ", "))
        }
        for dimension in facts.otherDimensions { lines.append("dimensionen \(dimension.name): \(dimension.objects) objekt (används inte i rapporten)") }
        if kind == .annualReport, let history = facts.lastYear { lines.append("historik.yaml: \(history.year) ur bokföringens föregående år") }
        for placement in facts.proposal.placements where kind == .annualReport {
            let target = placement.lineLabel.map { "raden \"\($0)\"" } ?? "utanför rapporten (ange skälet)"
            lines.append("mappning.yaml: konto \(placement.account) \(placement.name) föreslås till \(target)")
        }
        return lines
    }
}
