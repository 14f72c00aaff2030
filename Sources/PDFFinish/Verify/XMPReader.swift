import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// An XMP packet parsed as XML: each property's text by namespace and name (an rdf:Alt,
/// Seq or Bag gives its items joined by ", "), and every namespace its properties use.
struct XMPReader: Sendable {
    let values: [String: String]
    let namespaces: Set<String>
    let wellFormed: Bool
    /// The namespaces the packet's PDF/A extension schemas describe.
    let describedNamespaces: Set<String>

    init(_ bytes: [UInt8]) {
        let parsing = XMPParsing()
        let parser = XMLParser(data: Data(bytes))
        parser.shouldProcessNamespaces = true
        parser.delegate = parsing
        wellFormed = parser.parse()
        values = parsing.values
        namespaces = parsing.namespaces
        describedNamespaces = parsing.describedNamespaces
    }

    func value(_ namespace: String, _ name: String) -> String? { values[namespace + name] }
}

/// The parser's delegate, gathering what `XMPReader` keeps.
private final class XMPParsing: NSObject, XMLParserDelegate {
    var values: [String: String] = [:]
    var namespaces: Set<String> = []
    var describedNamespaces: Set<String> = []
    private var path: [(key: String, text: String, items: [String])] = []

    static let rdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]) {
        let namespace = namespaceURI ?? ""
        if namespace != Self.rdf, namespace != "adobe:ns:meta/" { namespaces.insert(namespace) }
        path.append((namespace + name, "", []))
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        guard !path.isEmpty else { return }
        path[path.count - 1].text += string
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        guard let element = path.popLast() else { return }
        let text = element.text.trimmingCharacters(in: .whitespacesAndNewlines)
        if element.key == Self.rdf + "li" {
            if let owner = path.lastIndex(where: { !$0.key.hasPrefix(Self.rdf) }) { path[owner].items.append(text) }
            return
        }
        guard !element.key.hasPrefix(Self.rdf) else { return }
        if element.key == "http://www.aiim.org/pdfa/ns/schema#namespaceURI" { describedNamespaces.insert(text) }
        if values[element.key] == nil { values[element.key] = element.items.isEmpty ? text : element.items.joined(separator: ", ") }
    }
}
