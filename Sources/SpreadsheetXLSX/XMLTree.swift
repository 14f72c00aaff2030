import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// A small element tree of one XML part of the workbook: names without their namespace
/// prefix, attributes, children and the text directly inside.
final class XMLElement {
    let name: String
    let attributes: [String: String]
    var children: [XMLElement] = []
    var text = ""

    init(name: String, attributes: [String: String]) {
        self.name = name
        self.attributes = attributes
    }

    func child(_ name: String) -> XMLElement? { children.first { $0.name == name } }
    func all(_ name: String) -> [XMLElement] { children.filter { $0.name == name } }
    func attribute(_ name: String) -> String? { attributes[name] ?? attributes.first { Self.local($0.key) == name }?.value }

    static func local(_ name: String) -> String {
        name.split(separator: ":").last.map(String.init) ?? name
    }

    /// Parses `data`; a part that is not well-formed XML is refused with its name.
    static func parse(_ data: Data, part: String) throws -> XMLElement {
        let builder = TreeBuilder()
        let parser = XMLParser(data: data)
        parser.shouldResolveExternalEntities = false
        parser.delegate = builder
        // An element left open (a part cut short) is refused too: the parser does not always say so.
        guard parser.parse(), builder.isComplete, let root = builder.root else {
            throw XLSXError("Arbetsboken är skadad: delen \(part) är inte giltig XML (rad \(parser.lineNumber)).")
        }
        return root
    }
}

private final class TreeBuilder: NSObject, XMLParserDelegate {
    var root: XMLElement?
    private var stack: [XMLElement] = []
    var isComplete: Bool { root != nil && stack.isEmpty }

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                attributes: [String: String] = [:]) {
        let element = XMLElement(name: XMLElement.local(name), attributes: attributes)
        if let parent = stack.last { parent.children.append(element) } else { root = element }
        stack.append(element)
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        _ = stack.popLast()
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        stack.last?.text += string
    }
}
