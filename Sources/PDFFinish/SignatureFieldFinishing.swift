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

/// The digital variant's signature fields, written with the rest of the archive finishing
/// so that the file `verify` checks is the file the board signs. Each field (described by
/// /TU, locking itself once signed) has one widget: printable (/F 4) with an empty
/// appearance (ISO 19005-2 6.3.2, 6.3.3), owned by the Form element the painter opened
/// around its signing line, through an /OBJR and the widget's /StructParent in the parent
/// tree (ISO 14289-1 7.18.1, 7.18.4). /Tabs /S follows for its page. Field and widget are
/// separate objects: signing changes the field (its /V) and never the widget, which the
/// structure tree also refers to; validators (pyHanko) accept a change to an object only
/// where they can explain every path to it, and a path from the tree they cannot.
struct SignatureFieldFinishing {
    let file: QPDFFile
    let fields: [SignatureFieldSpec]

    /// `formElements`: the tree's Form elements in structure order, one per field.
    func run(formElements: [QPDFObject]) throws {
        guard formElements.count == fields.count else {
            throw FinishError("Strukturträdet har \(formElements.count) formulärelement men layouten placerade \(fields.count) underskriftsfält.")
        }
        guard Set(fields.map(\.partialName)).count == fields.count else { throw FinishError("Två underskriftsfält skulle heta samma sak.") }
        guard !fields.isEmpty else { return }
        guard file.root["/AcroForm"] == nil else { throw FinishError("Filen har redan ett formulär.") }
        let pages = file.pages
        var parentTree = try ParentTreeAppender(file: file)
        let fieldList = file.parse("[]")
        for (field, element) in zip(fields, formElements) {
            guard pages.indices.contains(field.pageIndex) else { throw FinishError("Sidan \(field.pageIndex + 1) finns inte.") }
            let page = pages[field.pageIndex]
            let fieldObject = file.indirect(fieldDictionary(field))
            let widget = file.indirect(widgetDictionary(field, page: page))
            widget["/Parent"] = fieldObject
            fieldObject["/Kids"] = file.parse("[]")
            fieldObject["/Kids"]?.append(widget)
            widget["/StructParent"] = file.parse("\(parentTree.append(element))")
            attach(widget, to: element, page: page)
            if page["/Annots"] == nil { page["/Annots"] = file.parse("[]") }
            page["/Annots"]?.append(widget)
            fieldList.append(fieldObject)
        }
        let form = file.parse("<< >>")
        form["/Fields"] = fieldList
        file.root["/AcroForm"] = file.indirect(form)
        try file.check()
    }

    private func fieldDictionary(_ field: SignatureFieldSpec) -> QPDFObject {
        let dictionary = file.parse("<< /FT /Sig >>")
        dictionary["/T"] = file.string(field.partialName)
        dictionary["/TU"] = file.string(field.name)
        let lock = file.parse("<< /Type /SigFieldLock /Action /Include /Fields [] >>")
        lock["/Fields"]?.append(file.string(field.partialName))
        dictionary["/Lock"] = lock
        return dictionary
    }

    private func widgetDictionary(_ field: SignatureFieldSpec, page: QPDFObject) -> QPDFObject {
        let rect = [field.x0, field.y0, field.x1, field.y1].map(Self.number).joined(separator: " ")
        let widget = file.parse("<< /Type /Annot /Subtype /Widget /F 4 /Rect [\(rect)] >>")
        widget["/P"] = page
        let width = Self.number(field.x1 - field.x0), height = Self.number(field.y1 - field.y0)
        // Something to compress: an empty stream would be written as empty Flate data.
        let appearance = file.stream(Array("q Q\n".utf8), dictionary: "<< /Type /XObject /Subtype /Form /BBox [0 0 \(width) \(height)] /Resources << >> >>")
        let dictionary = file.parse("<< >>")
        dictionary["/N"] = appearance
        widget["/AP"] = dictionary
        return widget
    }

    /// The element's /K as an array, with an object reference to the widget added.
    private func attach(_ widget: QPDFObject, to element: QPDFObject, page: QPDFObject) {
        let kids = file.parse("[]")
        for kid in element["/K"]?.asArray ?? [] { kids.append(kid) }
        let reference = file.parse("<< /Type /OBJR >>")
        reference["/Obj"] = widget
        reference["/Pg"] = page
        kids.append(reference)
        element["/K"] = kids
    }

    /// A coordinate with two decimals and no trailing zeros ("12.5", "300").
    static func number(_ value: Double) -> String {
        var text = String(format: "%.2f", value)
        while text.hasSuffix("0") { text.removeLast() }
        if text.hasSuffix(".") { text.removeLast() }
        return text == "-0" ? "0" : text
    }
}

/// Adds entries to the structure tree's parent tree (PDF 1.7, 14.7.4.4): a flat number
/// tree, as Cairo writes it, whose next key follows the largest one in use.
struct ParentTreeAppender {
    private let nums: QPDFObject
    private let root: QPDFObject
    private var next: Int

    init(file: QPDFFile) throws {
        guard let root = file.root["/StructTreeRoot"] else { throw FinishError("PDF-filen saknar strukturträd.") }
        if root["/ParentTree"] == nil { root["/ParentTree"] = file.indirect(file.parse("<< /Nums [] >>")) }
        guard let tree = root["/ParentTree"], tree["/Kids"] == nil, let nums = tree["/Nums"] else {
            throw FinishError("Strukturträdets /ParentTree är inte ett platt talträd.")
        }
        let keys = stride(from: 0, to: nums.array.count, by: 2).compactMap { nums.array[$0].integer }
        self.root = root
        self.nums = nums
        next = max(keys.max().map { $0 + 1 } ?? 0, root["/ParentTreeNextKey"]?.integer ?? 0)
    }

    /// The key under which `element` now stands.
    mutating func append(_ element: QPDFObject) -> Int {
        let key = next
        nums.append(nums.file.parse("\(key)"))
        nums.append(element)
        next += 1
        if root["/ParentTreeNextKey"] != nil { root["/ParentTreeNextKey"] = nums.file.parse("\(next)") }
        return key
    }
}
