import Foundation

/// The files of a report folder as rapport.yaml's `filer:` names them, with the defaults
/// for those it leaves out. A file named under `filer:` must exist. A required file must
/// exist whether named or not. An optional file left out and absent is information for
/// `check`, and the report is made without it.
struct FolderFiles {
    struct Entry {
        var key: String
        var name: String
        var optional: Bool
        /// What the report loses without it (for the information finding).
        var purpose: String
        /// Where `filer:` names it; nil for a default name.
        var location: SourceLocation?
        /// The sheet of an .xlsx workbook (`{fil: budget.xlsx, blad: Budget}`), and where it is named.
        var sheet: String?
        var sheetLocation: SourceLocation?
    }

    /// The tables that may also be a sheet of an .xlsx workbook.
    static let tableKeys: Set<String> = ["deltagare", "budget"]

    static let defaults: [Entry] = [
        Entry(key: "bokföring", name: "bokforing.se", optional: false, purpose: "bokföringen"),
        Entry(key: "styrelse", name: "styrelse.yaml", optional: false, purpose: "styrelsen"),
        Entry(key: "medlemmar", name: "medlemmar.yaml", optional: false, purpose: "medlemmarna"),
        Entry(key: "deltagare", name: "deltagare.csv", optional: true, purpose: "rapporten får ingen deltagartabell"),
        Entry(key: "historik", name: "historik.yaml", optional: true, purpose: "flerårsöversikten får inga tidigare år"),
        Entry(key: "mappning", name: "mappning.yaml", optional: true, purpose: "Finsams standardmappning används oförändrad"),
        Entry(key: "budget", name: "budget.csv", optional: true,
              purpose: "driftredovisningen får budget bara från bokföringens #PBUDGET"),
        Entry(key: "texter", name: "texter", optional: true, purpose: "rapporten får inga egna texter"),
    ]

    let folder: URL
    private(set) var entries: [String: Entry]
    /// The optional files that are absent, as information findings.
    private(set) var absent: [Finding] = []

    /// Reads `filer:` (nil when rapport.yaml has none).
    init(_ node: YamlNode?, folder: URL) throws {
        self.folder = folder
        entries = Dictionary(uniqueKeysWithValues: FolderFiles.defaults.map { ($0.key, $0) })
        guard let node else { return }
        try node.allowKeys(FolderFiles.defaults.map(\.key))
        for entry in FolderFiles.defaults {
            guard var named = try node.optional(entry.key) else { continue }
            if FolderFiles.tableKeys.contains(entry.key), named.node.scalar == nil {
                try named.allowKeys(["fil", "blad"])
                if let sheet = try named.optional("blad") {
                    entries[entry.key]?.sheet = try sheet.string()
                    entries[entry.key]?.sheetLocation = sheet.location
                }
                named = try named.required("fil")
            }
            let name = try named.string()
            guard !name.isEmpty, !name.hasPrefix("/"), !name.split(separator: "/").contains("..") else {
                throw named.error("Ska vara ett filnamn i rapportmappen, men är \"\(name)\".")
            }
            entries[entry.key]?.name = name
            entries[entry.key]?.location = named.location
        }
    }

    func path(_ name: String) -> String { folder.appendingPathComponent(name).path }

    /// The table under `key` (csv, or a sheet of a workbook), or nil when the optional file is absent.
    mutating func table(_ key: String) throws -> CSVTable? {
        guard let name = try resolve(key) else { return nil }
        return try CSVTable.load(path: path(name), displayName: name, sheet: entries[key]?.sheet,
                                 sheetLocation: entries[key]?.sheetLocation ?? entries[key]?.location)
    }

    /// The file's name in the folder, or nil for an absent optional file (noted in
    /// `absent`). Throws for a named file or a required file that is not there.
    mutating func resolve(_ key: String) throws -> String? {
        guard let entry = entries[key] else { return nil }
        if let location = entry.location, key != Self.textsKey {
            try InputFile.refuseFolder(path: path(entry.name), name: entry.name, namedAt: location)
        }
        if FileManager.default.fileExists(atPath: path(entry.name)) { return entry.name }
        if let location = entry.location {
            throw InputError("Filen \"\(entry.name)\" som rapport.yaml anger under filer finns inte i rapportmappen.", at: location)
        }
        guard entry.optional else {
            throw InputError("Filen \(entry.name) (\(entry.purpose)) saknas i rapportmappen; lägg dit den eller ange en annan fil "
                             + "under filer.\(key) i rapport.yaml.", file: entry.name)
        }
        absent.append(Finding(.information, code: Self.absentCode,
                              message: "\(entry.name) finns inte i rapportmappen, och det är tillåtet: \(entry.purpose).",
                              location: SourceLocation(file: "rapport.yaml", field: "filer.\(key)")))
        return nil
    }

    static let absentCode = "fil-saknas"
    /// The one entry that names a folder (the texts), not a file.
    static let textsKey = "texter"

    /// Whether `finding` says that the optional file under `filer.<key>` is absent.
    static func isAbsent(_ finding: Finding, key: String) -> Bool {
        finding.code == absentCode && finding.location?.field == "filer.\(key)"
    }

    /// A required file's name (resolve never returns nil for one).
    mutating func required(_ key: String) throws -> String {
        try resolve(key) ?? (entries[key]?.name ?? key)
    }
}
