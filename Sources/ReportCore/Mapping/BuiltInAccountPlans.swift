import Foundation

/// The account plans the program ships, as data (`layouts/kontoplaner/<name>.yaml`, in the
/// format of a folder's `mappning.yaml`): which accounts make which statement line. A
/// folder's rapport.yaml names one (`kontoplan: bas`); Kommun-Bas is the default. The plans
/// have the same line ids, so that the built-in statements work on either.
enum BuiltInAccountPlans {
    static let defaultName = "kommun-bas"

    static func directory() throws -> String {
        try BuiltInLayouts.directory("kontoplaner", marker: "\(defaultName).yaml", what: "kontoplaner")
    }

    /// The plans a rapport.yaml may name.
    static func names() throws -> [String] { BuiltInLayouts.names(in: try directory()) }

    /// A plan's mapping, read as strictly as a folder's file: an error names the file under
    /// `layouts/` and the line. `directory` is the plans' folder when not the program's own.
    static func mapping(_ name: String, in directory: String? = nil) throws -> AccountMapping {
        let path = try (directory ?? self.directory()) + "/\(name).yaml"
        guard FileManager.default.fileExists(atPath: path) else {
            throw InputError("Okänd kontoplan \"\(name)\": programmet har \(try names().joined(separator: " och ")).",
                             file: "rapport.yaml", field: "kontoplan")
        }
        let root = try YamlNode.load(path: path, displayName: "layouts/kontoplaner/\(name).yaml")
        try root.allowKeys(["resultaträkning", "balansräkning", "kostnadsställen"])
        return try MappingReader.complete(root)
    }
}
