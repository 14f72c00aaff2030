/// Everything the rules look at, read once: the file's bytes and objects, its XMP, its
/// structure tree and its marked content.
struct VerificationInput {
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

    init(bytes: [UInt8]) throws {
        self.bytes = bytes
        file = try ParsedPDF(bytes: bytes)
        pages = try file.pages()
        pageOperations = try pages.map { ContentStream(try $0.pageContent()).operations }
        xmp = (try? file.root["/Metadata"]?.streamData()).flatMap { $0 }.map(XMPReader.init)
        tree = StructureTreeReader(file: file, pages: pages)
        elementTypes = tree.elements.map { [tree] element in (element, tree.standardType(element.type)) }
        content = try MarkedContentReader(pages: pages, operations: pageOperations)
        objects = file.objects
        fonts = objects.filter { $0.isDictionary && $0["/Type"]?.name == "/Font" }
        graphicsStates = GraphicsRules.graphicsStates(GraphicsRules.resources(objects))
        annotations = pages.enumerated().flatMap { index, page in (page["/Annots"]?.asArray ?? []).map { (index + 1, $0) } }
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
