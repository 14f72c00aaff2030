import Yams

/// A yaml node with the path that led to it, so every complaint names file, line and field.
struct StyleNode {
    let node: Node
    let path: String
    let file: String

    var line: Int? { node.mark.map { $0.line } }

    func error(_ message: String) -> LayoutStyleError {
        LayoutStyleError(file: file, line: line, field: path, message: message)
    }

    /// The entries of a mapping; anything not in `allowed` is refused so typos are caught.
    /// The entries of a mapping whose keys are names the file chooses (styles, colours).
    func namedEntries() throws -> [(key: String, value: StyleNode)] {
        guard let mapping = node.mapping else { throw error("ska vara en tabell med nycklar") }
        return try mapping.map { key, value in
            guard let name = key.string else { throw error("nyckeln måste vara text") }
            return (name, StyleNode(node: value, path: path.isEmpty ? name : "\(path).\(name)", file: file))
        }
    }

    func mapping(allowed: Set<String>) throws -> [(key: String, value: StyleNode)] {
        guard let mapping = node.mapping else { throw error("ska vara en tabell med nycklar") }
        return try mapping.map { key, value in
            guard let name = key.string else { throw error("nyckeln måste vara text") }
            let child = StyleNode(node: value, path: path.isEmpty ? name : "\(path).\(name)", file: file)
            guard allowed.contains(name) else {
                let known = allowed.sorted().joined(separator: ", ")
                throw LayoutStyleError(file: file, line: key.mark?.line, field: child.path, message: "okänt fält (kända fält: \(known))")
            }
            return (name, child)
        }
    }

    func string() throws -> String {
        guard let scalar = node.scalar else { throw error("ska vara text") }
        return scalar.string
    }

    func number() throws -> Double {
        guard let text = node.scalar?.string, let value = Double(text.replacingOccurrences(of: ",", with: ".")) else {
            throw error("ska vara ett tal")
        }
        return value
    }

    func integer() throws -> Int {
        guard let text = node.scalar?.string, let value = Int(text) else { throw error("ska vara ett heltal") }
        return value
    }

    func bool() throws -> Bool {
        switch node.scalar?.string.lowercased() {
        case "true", "ja", "yes", "on": return true
        case "false", "nej", "no", "off": return false
        default: throw error("ska vara ja eller nej")
        }
    }

    /// "25mm", "10 pt", "1,5cm"; a bare number is points.
    func length() throws -> Points {
        guard let raw = node.scalar?.string.trimmingCharacters(in: .whitespaces) else { throw error("ska vara en längd, t.ex. 25mm eller 10pt") }
        let units: [(String, (Double) -> Points)] = [("mm", { .mm($0) }), ("cm", { .mm($0 * 10) }), ("pt", { Points($0) }), ("", { Points($0) })]
        for (suffix, make) in units where raw.hasSuffix(suffix) {
            let digits = raw.dropLast(suffix.count).trimmingCharacters(in: .whitespaces).replacingOccurrences(of: ",", with: ".")
            if let value = Double(digits) { return make(value) }
        }
        throw error("\"\(raw)\" är ingen längd (skriv t.ex. 25mm eller 10pt)")
    }

    func sequence() throws -> [StyleNode] {
        guard let sequence = node.sequence else { throw error("ska vara en lista") }
        return sequence.enumerated().map { StyleNode(node: $1, path: "\(path)[\($0)]", file: file) }
    }

    /// A colour as "#1f3a5f" or the name of an entry under `färger`.
    func color(named colors: [String: Color]) throws -> Color {
        let text = try string()
        if let color = colors[text] ?? Color(hex: text) { return color }
        throw error("\"\(text)\" är ingen färg (skriv #rrggbb eller ett namn under färger)")
    }
}

import Foundation
