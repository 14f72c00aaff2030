import Foundation

/// The statement descriptions the program ships (`layouts/rakningar/<name>.yaml`): a folder
/// names one in rapport.yaml (`räkningar: standard`) or writes its own file
/// (`räkningar: rakningar.yaml`, read from the folder).
public enum BuiltInStatements {
    public static let defaultName = "standard"

    /// The built-in descriptions' folder, `layouts/rakningar` (see `BuiltInLayouts`).
    public static func directory() throws -> String {
        try BuiltInLayouts.directory("rakningar", marker: "\(defaultName).yaml", what: "räkningar")
    }

    /// The description a folder chose: a file in the folder when the name ends in .yaml,
    /// else a built-in one by name. `namedAt`: where rapport.yaml chooses it, for a refusal.
    static func load(_ choice: String, folder: URL, mapping: AccountMapping, namedAt: SourceLocation? = nil) throws -> StatementSet {
        let own = try read(choice, folder: folder, namedAt: namedAt)
        let base = try own.base.map { try read($0, folder: folder) }
        if let base, base.base != nil {
            throw InputError("Räkningarna \"\(own.base!)\" har själva en grund; en grund kan inte ha en grund.", file: own.source, field: "grund")
        }
        var set = try StatementAssembly.assemble(own, base: base, mapping: mapping)
        try DescriptionValidation.requireRoles(set)
        // A description without an overview of its own gets the standard one.
        if set.overview == nil { set.overview = try read(defaultName, folder: folder).overview }
        if let overview = set.overview { try OverviewValidation.validate(overview, set: set) }
        return set
    }

    static func read(_ choice: String, folder: URL, namedAt: SourceLocation? = nil) throws -> StatementSet {
        let place = namedAt ?? SourceLocation(file: "rapport.yaml", field: "räkningar")
        if choice.hasSuffix(".yaml") {
            let path = folder.appendingPathComponent(choice).path
            try InputFile.refuseFolder(path: path, name: choice, namedAt: place)
            guard FileManager.default.fileExists(atPath: path) else {
                throw InputError("Filen \(choice) som rapport.yaml anger under \"räkningar\" finns inte.", at: place)
            }
            return try DescriptionReader.read(YamlNode.load(path: path, displayName: choice))
        }
        let directory = try directory()
        let path = directory + "/\(choice).yaml"
        guard FileManager.default.fileExists(atPath: path) else {
            let known = BuiltInLayouts.names(in: directory)
            throw InputError("Okända räkningar \"\(choice)\": programmet har \(known.joined(separator: ", ")), eller ange en egen fil (namn.yaml).",
                             at: place)
        }
        return try DescriptionReader.read(YamlNode.load(path: path, displayName: "layouts/rakningar/\(choice).yaml"))
    }
}
