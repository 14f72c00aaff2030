/// The structure tree read depth first: each element's type, depth, the content it marks
/// (page and MCID) and the annotations it owns, with its parent's type, so rules can look
/// at nesting and `verify` can read the text in the tree's order.
public struct StructureTreeReader: Sendable {
    public struct Element: Sendable {
        public var type: String
        public var depth: Int
        public var parentType: String?
        public var childTypes: [String] = []
        public var content: [(page: Int, mcid: Int)] = []
        public var annotations: [Int] = []
        public var alt: String?
        public var actualText: String?
        public var scope: String?
    }

    public private(set) var elements: [Element] = []
    public private(set) var roleMap: [String: String] = [:]
    public let hasTree: Bool

    init(file: ParsedPDF, pages: [PDFValue]) {
        var pageIndex: [PDFReference: Int] = [:]
        for (index, page) in pages.enumerated() { pageIndex[PDFReference(page.objectNumber, page.generation)] = index + 1 }
        guard let root = file.root["/StructTreeRoot"] else {
            hasTree = false
            return
        }
        hasTree = true
        if let map = root["/RoleMap"] { for key in map.keys { roleMap[key] = map[key]?.name } }
        var visited = Set<Int>()
        for kid in root["/K"]?.asArray ?? [] {
            guard let type = kid["/S"]?.name else { continue }
            visit(kid, type: type, depth: 0, parent: nil, page: nil, file: file, pages: pageIndex, visited: &visited)
        }
    }

    /// `type` is the element's /S, read by the caller.
    private mutating func visit(_ object: PDFValue, type: String, depth: Int, parent: String?, page: Int?, file: ParsedPDF,
                                pages: [PDFReference: Int], visited: inout Set<Int>) {
        guard object.isDictionary, case let .dictionary(dictionary) = object.value else { return }
        let number = object.objectNumber
        if number != 0, !visited.insert(number).inserted { return }
        let page = Self.page(dictionary["Pg"], pages) ?? page
        let index = elements.count
        let scope = object["/A"].flatMap { attributes in attributes.asArray.compactMap { $0["/Scope"]?.name }.first }
        elements.append(Element(type: type, depth: depth, parentType: parent, alt: object["/Alt"]?.text, actualText: object["/ActualText"]?.text,
                                scope: scope))
        for kid in object["/K"]?.asArray ?? [] {
            if let mcid = kid.integer {
                if let page { elements[index].content.append((page, mcid)) }
                continue
            }
            let kidType = kid["/Type"]?.name
            if kidType == "/MCR", let mcid = kid["/MCID"]?.integer, let kidPage = Self.page(kid.value.dictionaryValue?["Pg"], pages) ?? page {
                elements[index].content.append((kidPage, mcid))
            } else if kidType == "/OBJR", let annotation = Self.existing(kid.value.dictionaryValue?["Obj"], in: file) {
                elements[index].annotations.append(annotation)
            } else if let childType = kid["/S"]?.name {
                elements[index].childTypes.append(childType)
                visit(kid, type: childType, depth: depth + 1, parent: type, page: page, file: file, pages: pages, visited: &visited)
            }
        }
    }

    /// The page (1-based) a /Pg names: only a reference to a page object names one, and
    /// such an object exists, so it need not be read.
    private static func page(_ value: PDFObject?, _ pages: [PDFReference: Int]) -> Int? {
        guard case let .reference(reference)? = value else { return nil }
        return pages[reference]
    }

    /// The object number of a value that is not null (0 for a direct one): an /OBJR's
    /// annotation is only counted, so a reference is checked, not read.
    private static func existing(_ value: PDFObject?, in file: ParsedPDF) -> Int? {
        switch value {
        case nil, .null?: return nil
        case let .reference(reference)?: return file.exists(reference) ? reference.number : nil
        default: return 0
        }
    }

    /// A type as the standard type it stands for (through the role map).
    public func standardType(_ type: String) -> String {
        var current = type
        for _ in 0..<8 {
            guard let mapped = roleMap[current], mapped != current else { break }
            current = mapped
        }
        return current
    }
}
