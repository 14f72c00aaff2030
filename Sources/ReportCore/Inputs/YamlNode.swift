import Foundation
import Yams

/// A yaml node with the file it came from and the path of fields that led to it, so that
/// every wrong value can be reported as `styrelse.yaml:12 (fält "från")`.
struct YamlNode {
    let node: Node
    let file: String
    let field: String

    static func load(path: String, displayName: String) throws -> YamlNode {
        try parse(InputFile.text(path: path, displayName: displayName), file: displayName)
    }

    static func parse(_ text: String, file: String) throws -> YamlNode {
        do {
            let node = try Yams.compose(yaml: text) ?? Node.mapping(Node.Mapping([]))
            return YamlNode(node: node, file: file, field: "")
        } catch {
            throw InputError("Filen är inte giltig yaml: \(error)", file: file)
        }
    }

    var line: Int? { node.mark?.line }

    func error(_ message: String) -> InputError {
        InputError(message, file: file, line: line, field: field.isEmpty ? nil : field)
    }

    private func child(_ node: Node, _ name: String) -> YamlNode {
        YamlNode(node: node, file: file, field: field.isEmpty ? name : "\(field).\(name)")
    }

    // MARK: structure

    func requireMapping() throws -> Node.Mapping {
        guard let mapping = node.mapping else { throw error("Ska vara en samling fält (nyckel: värde).") }
        return mapping
    }

    func optional(_ key: String) throws -> YamlNode? {
        let mapping = try requireMapping()
        guard let value = mapping[key] else { return nil }
        if case .scalar(let scalar) = value, scalar.style == .plain, ["", "~", "null"].contains(scalar.string) {
            return nil
        }
        return child(value, key)
    }

    func required(_ key: String) throws -> YamlNode {
        guard let value = try optional(key) else {
            throw InputError("Fältet \"\(key)\" saknas.", file: file, line: line, field: fieldPath(key))
        }
        return value
    }

    func fieldPath(_ key: String) -> String { field.isEmpty ? key : "\(field).\(key)" }

    func items() throws -> [YamlNode] {
        guard let sequence = node.sequence else { throw error("Ska vara en lista (rader som börjar med \"- \").") }
        return sequence.enumerated().map { child($0.element, "\($0.offset + 1)").renamed(field.isEmpty ? "[\($0.offset + 1)]" : "\(field)[\($0.offset + 1)]") }
    }

    private func renamed(_ name: String) -> YamlNode { YamlNode(node: node, file: file, field: name) }

    // MARK: scalars

    func string() throws -> String {
        guard let scalar = node.scalar else { throw error("Ska vara en text, inte en lista eller samling.") }
        return scalar.string
    }

    func int() throws -> Int {
        let text = try string().replacingOccurrences(of: " ", with: "").replacingOccurrences(of: "\u{00A0}", with: "")
        guard let value = Int(text) else { throw error("Ska vara ett heltal, men är \"\(try string())\".") }
        return value
    }

    func date() throws -> CalendarDate {
        let text = try string()
        guard let date = CalendarDate(text) else { throw error("Ska vara ett datum som 2025-02-03, men är \"\(text)\".") }
        return date
    }

    func money() throws -> Money {
        let text = try string().replacingOccurrences(of: " ", with: "").replacingOccurrences(of: "\u{00A0}", with: "")
        guard let value = try? Money.parse(text) else { throw error("Ska vara ett belopp i kronor, men är \"\(text)\".") }
        return value
    }

    /// A scalar or a list of scalars, as a list.
    func strings() throws -> [String] {
        if node.scalar != nil { return [try string()] }
        return try items().map { try $0.string() }
    }

    func string(_ key: String) throws -> String { try required(key).string() }
    func int(_ key: String) throws -> Int { try required(key).int() }
    func date(_ key: String) throws -> CalendarDate { try required(key).date() }
    func optionalString(_ key: String) throws -> String? { try optional(key)?.string() }
    func optionalInt(_ key: String) throws -> Int? { try optional(key)?.int() }
    func optionalDate(_ key: String) throws -> CalendarDate? { try optional(key)?.date() }
    func optionalMoney(_ key: String) throws -> Money? { try optional(key)?.money() }

    var location: SourceLocation { SourceLocation(file: file, line: line, field: field.isEmpty ? nil : field) }
}
