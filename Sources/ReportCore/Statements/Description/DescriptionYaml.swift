/// What a description file needs beside `YamlNode` and `allowKeys`: yes/no values, and
/// keywords compared without case or diacritics.
extension YamlNode {
    func flag(_ key: String, default value: Bool) throws -> Bool {
        guard let node = try optional(key) else { return value }
        switch try node.string().lowercased() {
        case "ja", "true", "yes": return true
        case "nej", "false", "no": return false
        default: throw node.error("Ska vara ja eller nej, men är \"\(try node.string())\".")
        }
    }

    /// A keyword such as "kronor och öre" as its code ("kronor_och_ore").
    func keyword<T: RawRepresentable>(_ type: T.Type, choices: String) throws -> T where T.RawValue == String {
        let text = try string()
        guard let value = T(rawValue: MappingReader.normalized(text)) else {
            throw error("Okänt värde \"\(text)\": ska vara \(choices).")
        }
        return value
    }
}
