/// Everything the rules look at, read once: the file's bytes and objects, its XMP, its
/// structure tree and its marked content.
struct VerificationInput: Sendable {
    let bytes: [UInt8]
    let file: ParsedPDF
    let xmp: XMPReader?
    let tree: StructureTreeReader
    let content: MarkedContentReader
    /// Each structure element with its standard type (through the role map).
    let elementTypes: [(StructureTreeReader.Element, String)]
    /// Every indirect object, read once.
    let objects: [PDFValue]
    let pages: [PDFValue]
    /// Each page's content as operations, read once for every rule that looks at them.
    let pageOperations: [[ContentStream.Operation]]
    let fonts: [PDFValue]
    /// The graphics states of every resource dictionary, read once for the rules on them.
    let graphicsStates: [PDFValue]
    /// Every annotation with the page (1-based) it is on.
    let annotations: [(page: Int, annotation: PDFValue)]

    /// The pages' content is read on two threads (each half of the pages), the structure
    /// tree beside one half and the objects beside the other; the marked content is read
    /// from all pages' operations after.
    init(bytes: [UInt8]) throws {
        self.bytes = bytes
        let file = try ParsedPDF(bytes: bytes)
        self.file = file
        let pages = try file.pages()
        self.pages = pages
        let half = pages.count / 2
        let (background, foreground) = try Concurrently.run({
            (try Self.operations(of: pages[..<half]), StructureTreeReader(file: file, pages: pages))
        }, while: {
            (try Self.operations(of: pages[half...]), file.objects)
        })
        pageOperations = background.0 + foreground.0
        tree = background.1
        objects = foreground.1
        xmp = (try? file.root["/Metadata"]?.streamData()).flatMap { $0 }.map(XMPReader.init)
        elementTypes = tree.elements.map { [tree] element in (element, tree.standardType(element.type)) }
        content = try MarkedContentReader(pages: pages, operations: pageOperations)
        fonts = objects.filter { $0.isDictionary && $0["/Type"]?.name == "/Font" }
        graphicsStates = GraphicsRules.graphicsStates(GraphicsRules.resources(objects))
        annotations = pages.enumerated().flatMap { index, page in (page["/Annots"]?.asArray ?? []).map { (index + 1, $0) } }
    }

    private static func operations(of pages: ArraySlice<PDFValue>) throws -> [[ContentStream.Operation]] {
        try pages.map { ContentStream(try $0.pageContent()).operations }
    }

    static let dc = "http://purl.org/dc/elements/1.1/"
    static let xmpBasic = "http://ns.adobe.com/xap/1.0/"
    static let pdf = "http://ns.adobe.com/pdf/1.3/"
    static let pdfaid = "http://www.aiim.org/pdfa/ns/id/"
    static let pdfuaid = "http://www.aiim.org/pdfua/ns/id/"

    /// The schemas PDF/A predefines (ISO 19005-2 6.6.2.3.1, from XMP 2005) and those that
    /// describe extensions: properties in them need no extension schema.
    static let predefinedNamespaces: Set<String> = [
        dc, xmpBasic, pdf, pdfaid, "http://ns.adobe.com/xap/1.0/rights/", "http://ns.adobe.com/xap/1.0/mm/",
        "http://ns.adobe.com/xap/1.0/bj/", "http://ns.adobe.com/xap/1.0/t/pg/", "http://ns.adobe.com/xap/1.0/sType/Dimensions#",
        "http://ns.adobe.com/photoshop/1.0/", "http://ns.adobe.com/tiff/1.0/", "http://ns.adobe.com/exif/1.0/",
        "http://ns.adobe.com/exif/1.0/aux/", "http://www.aiim.org/pdfa/ns/extension/", "http://www.aiim.org/pdfa/ns/schema#",
        "http://www.aiim.org/pdfa/ns/property#", "http://www.aiim.org/pdfa/ns/type#", "http://www.aiim.org/pdfa/ns/field#",
        "http://www.w3.org/XML/1998/namespace",
    ]
}
