import Foundation

/// Which kind of document a report folder makes, from `typ:` in its rapport.yaml.
public enum ReportKind: String, Sendable, CaseIterable {
    case annualReport = "arsredovisning"
    case tertialReport = "tertialrapport"
    case plainDocument = "dokument"

    /// Reads `typ` from `FOLDER/rapport.yaml`; a missing folder or file, or an unknown
    /// kind, is an InputError naming the path.
    public static func detect(folder: String) throws -> ReportKind {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory) else {
            throw InputError("Rapportmappen finns inte.", file: folder)
        }
        guard isDirectory.boolValue else {
            throw InputError("Ska vara en rapportmapp (med rapport.yaml), inte en fil.", file: folder)
        }
        let path = URL(fileURLWithPath: folder).appendingPathComponent("rapport.yaml").path
        guard FileManager.default.fileExists(atPath: path) else {
            throw InputError("Rapportmappen saknar rapport.yaml.", file: path)
        }
        return try read(YamlNode.load(path: path, displayName: "rapport.yaml"))
    }

    /// `typ` of a parsed rapport.yaml.
    static func read(_ root: YamlNode) throws -> ReportKind {
        let node = try root.required("typ")
        let value = try node.string()
        guard let kind = ReportKind(rawValue: value) else {
            let known = allCases.map(\.rawValue).joined(separator: ", ")
            throw node.error("Okänd rapporttyp \"\(value)\"; giltiga typer är \(known).")
        }
        return kind
    }

    /// Refuses a rapport.yaml of another kind than the reader at hand makes.
    static func require(_ expected: ReportKind, in root: YamlNode) throws {
        let kind = try read(root)
        guard kind == expected else {
            throw try root.required("typ").error("Ska vara \"\(expected.rawValue)\" här, men är \"\(kind.rawValue)\".")
        }
    }
}
