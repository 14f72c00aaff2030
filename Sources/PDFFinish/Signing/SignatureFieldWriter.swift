import Foundation

/// An empty signature field to place on a page: its name and its rectangle in PDF user
/// space (points from the page's lower left corner).
public struct SignatureFieldSpec: Hashable, Sendable {
    public var name: String
    public var pageIndex: Int
    public var x0: Double, y0: Double, x1: Double, y1: Double

    public init(name: String, pageIndex: Int, x0: Double, y0: Double, x1: Double, y1: Double) {
        self.name = name
        self.pageIndex = pageIndex
        (self.x0, self.y0, self.x1, self.y1) = (x0, y0, x1, y1)
    }

    /// The field's partial name: a period separates a field's ancestors' names (12.7.3.2),
    /// so it cannot be part of one.
    public var partialName: String { name.replacingOccurrences(of: ".", with: "") }
}

/// Adds an AcroForm with empty signature fields to a written PDF, in one incremental
/// update. Each field is merged with its widget, printable (PDF/A wants /F 4), has an
/// empty appearance (PDF/A wants one for every widget), and locks itself once signed.
public enum SignatureFieldWriter {
    public struct Failure: Error, CustomStringConvertible {
        public var path: String
        public var reason: String
        public var description: String { "\(path): kunde inte lägga till underskriftsfält: \(reason)" }
    }

    public static func add(_ fields: [SignatureFieldSpec], toPDFAt path: String) throws {
        guard !fields.isEmpty else { return }
        let url = URL(fileURLWithPath: path)
        do {
            let file = try PDFFile(bytes: Array(try Data(contentsOf: url)))
            try Data(try add(fields, to: file)).write(to: url)
        } catch let failure as Failure {
            throw failure
        } catch {
            throw Failure(path: path, reason: String(describing: error))
        }
    }

    static func add(_ fields: [SignatureFieldSpec], to file: PDFFile) throws -> [UInt8] {
        let names = fields.map(\.partialName)
        guard Set(names).count == names.count else {
            throw Failure(path: "", reason: "två fält skulle heta samma sak")
        }
        var update = IncrementalUpdate(file)
        let rootRef = file.trailer["Root"]!.referenceValue!
        var catalog = try file.dictionary(rootRef)
        guard catalog["AcroForm"] == nil else { throw Failure(path: "", reason: "filen har redan ett formulär") }
        let pages = try PageTree.pages(of: file)
        var annotations: [Int: [PDFObject]] = [:]
        var fieldRefs: [PDFObject] = []
        for field in fields {
            guard pages.indices.contains(field.pageIndex) else { throw Failure(path: "", reason: "sidan \(field.pageIndex + 1) finns inte") }
            let widget = update.allocate()
            let appearance = update.allocate()
            update.set(appearance, stream: emptyAppearance(width: field.x1 - field.x0, height: field.y1 - field.y0), data: [])
            update.set(widget, to: .dictionary(widgetDictionary(field, page: pages[field.pageIndex], appearance: appearance)))
            annotations[field.pageIndex, default: []].append(.reference(widget))
            fieldRefs.append(.reference(widget))
        }
        for (index, added) in annotations {
            var page = try file.dictionary(pages[index])
            let existing = try file.resolve(page["Annots"])?.arrayValue ?? []
            page["Annots"] = .array(existing + added)
            update.set(pages[index], to: .dictionary(page))
        }
        let form = update.allocate()
        update.set(form, to: .dictionary(PDFDictionary([("Fields", .array(fieldRefs))])))
        catalog["AcroForm"] = .reference(form)
        update.set(rootRef, to: .dictionary(catalog))
        return update.write()
    }

    private static func widgetDictionary(_ field: SignatureFieldSpec, page: PDFReference, appearance: PDFReference) -> PDFDictionary {
        let name = PDFObject.text(field.partialName)
        return PDFDictionary([
            ("Type", .name("Annot")), ("Subtype", .name("Widget")), ("FT", .name("Sig")),
            ("T", name), ("TU", .text(field.name)), ("F", .integer(4)),
            ("Rect", .array([field.x0, field.y0, field.x1, field.y1].map { .real(Self.number($0)) })),
            ("P", .reference(page)),
            ("Lock", .dictionary(PDFDictionary([("Type", .name("SigFieldLock")), ("Action", .name("Include")), ("Fields", .array([name]))]))),
            ("AP", .dictionary(PDFDictionary([("N", .reference(appearance))]))),
        ])
    }

    private static func emptyAppearance(width: Double, height: Double) -> PDFDictionary {
        PDFDictionary([
            ("Type", .name("XObject")), ("Subtype", .name("Form")),
            ("BBox", .array([.integer(0), .integer(0), .real(number(width)), .real(number(height))])),
            ("Resources", .dictionary(PDFDictionary())),
        ])
    }

    /// A coordinate with two decimals and no trailing zeros ("12.5", "300").
    static func number(_ value: Double) -> String {
        var text = String(format: "%.2f", value)
        while text.hasSuffix("0") { text.removeLast() }
        if text.hasSuffix(".") { text.removeLast() }
        return text == "-0" ? "0" : text
    }
}

/// The page objects in page order, from the page tree's /Kids (7.7.3.2).
enum PageTree {
    static func pages(of file: PDFFile) throws -> [PDFReference] {
        let catalog = try file.dictionary(file.trailer["Root"]!.referenceValue!)
        guard let root = catalog["Pages"]?.referenceValue else { throw PDFSyntaxError("katalogen saknar /Pages", at: 0) }
        var pages: [PDFReference] = []
        var visited: Set<PDFReference> = []
        func walk(_ reference: PDFReference) throws {
            guard visited.insert(reference).inserted else { return }
            let node = try file.dictionary(reference)
            if node["Type"]?.nameValue == "Pages" || node["Kids"] != nil {
                for kid in try file.resolve(node["Kids"])?.arrayValue ?? [] {
                    if let kid = kid.referenceValue { try walk(kid) }
                }
            } else {
                pages.append(reference)
            }
        }
        try walk(root)
        return pages
    }
}
