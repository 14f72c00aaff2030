/// The structure tree read depth first: each element's type, depth, the content it marks
/// (page and MCID) and the annotations it owns, with its parent's type, so rules can look
/// at nesting and `verify` can read the text in the tree's order.
public struct StructureTreeReader {
    public struct Element {
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

    init(file: QPDFFile, pages: [QPDFObject]) {
        var pageIndex: [Int: Int] = [:]
        for (index, page) in pages.enumerated() { pageIndex[page.objectNumber] = index + 1 }
        guard let root = file.root["/StructTreeRoot"] else {
            hasTree = false
            return
        }
        hasTree = true
        if let map = root["/RoleMap"] { for key in map.keys { roleMap[key] = map[key]?.name } }
        var visited = Set<Int>()
        for kid in root["/K"]?.asArray ?? [] {
            guard let type = kid["/S"]?.name else { continue }
            visit(kid, type: type, depth: 0, parent: nil, page: nil, pages: pageIndex, visited: &visited)
        }
    }

    /// `type` is the element's /S, read by the caller. Every lookup is a call into qpdf,
    /// so each key is read once and a direct object is told by its object number 0.
    private mutating func visit(_ object: QPDFObject, type: String, depth: Int, parent: String?, page: Int?, pages: [Int: Int],
                                visited: inout Set<Int>) {
        guard object.isDictionary else { return }
        let number = object.objectNumber
        if number != 0, !visited.insert(number).inserted { return }
        let page = object["/Pg"].flatMap { pages[$0.objectNumber] } ?? page
        let index = elements.count
        elements.append(Element(type: type, depth: depth, parentType: parent, alt: object["/Alt"]?.text, actualText: object["/ActualText"]?.text,
                                scope: object["/A"].flatMap { attributes in attributes.asArray.compactMap { $0["/Scope"]?.name }.first }))
        for kid in object["/K"]?.asArray ?? [] {
            if let mcid = kid.integer {
                if let page { elements[index].content.append((page, mcid)) }
                continue
            }
            let kidType = kid["/Type"]?.name
            if kidType == "/MCR", let mcid = kid["/MCID"]?.integer, let kidPage = kid["/Pg"].flatMap({ pages[$0.objectNumber] }) ?? page {
                elements[index].content.append((kidPage, mcid))
            } else if kidType == "/OBJR", let annotation = kid["/Obj"] {
                elements[index].annotations.append(annotation.objectNumber)
            } else if let childType = kid["/S"]?.name {
                elements[index].childTypes.append(childType)
                visit(kid, type: childType, depth: depth + 1, parent: type, page: page, pages: pages, visited: &visited)
            }
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
