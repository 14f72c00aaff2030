/// What the structure tree needs beyond what Cairo 1.16 writes: /Scope on table header
/// cells (all header rows are column headers), /Alt on each Figure, and on each link
/// annotation /Contents (the link's text) and the print flag /F 4 (ISO 19005-2 6.3.2,
/// ISO 14289-1 7.18.5); an empty role map, since every type used is a standard one; and
/// the signature fields, each in its Form element.
struct StructureFinishing {
    let file: QPDFFile
    let facts: DocumentFacts

    private struct Counts {
        var figures = 0
        var links = 0
        var forms: [QPDFObject] = []
    }

    func run() throws {
        guard let root = file.root["/StructTreeRoot"] else { throw FinishError("PDF-filen saknar strukturträd.") }
        if root["/RoleMap"] == nil { root["/RoleMap"] = file.parse("<< >>") }
        var counts = Counts()
        var visited = Set<Int>()
        for child in root["/K"]?.asArray ?? [] { try visit(child, counts: &counts, visited: &visited) }
        guard counts.figures == facts.figureAlternativeTexts.count else {
            throw FinishError("Strukturträdet har \(counts.figures) figurer men målaren beskrev \(facts.figureAlternativeTexts.count).")
        }
        guard counts.links == facts.linkTexts.count else {
            throw FinishError("Strukturträdet har \(counts.links) länkar men målaren beskrev \(facts.linkTexts.count).")
        }
        for page in file.pages {
            for annotation in page["/Annots"]?.asArray ?? [] {
                annotation["/F"] = file.parse("4")
                if annotation["/Contents"] == nil { annotation["/Contents"] = file.string(description(of: annotation)) }
            }
        }
        try SignatureFieldFinishing(file: file, fields: facts.signatureFields).run(formElements: counts.forms)
        try file.check()
    }

    /// Depth first, the order the painter opened the elements in.
    private func visit(_ element: QPDFObject, counts: inout Counts, visited: inout Set<Int>) throws {
        guard element.isDictionary, let type = element["/S"] else { return }
        // A direct object has object number 0 (one call into qpdf instead of two).
        let number = element.objectNumber
        if number != 0, !visited.insert(number).inserted { return }
        switch type.name {
        case "/TH": element["/A"] = file.parse("<< /O /Table /Scope /Column >>")
        case "/Figure":
            guard counts.figures < facts.figureAlternativeTexts.count else { break }
            element["/Alt"] = file.string(facts.figureAlternativeTexts[counts.figures])
            counts.figures += 1
        case "/Link":
            let text = counts.links < facts.linkTexts.count ? facts.linkTexts[counts.links] : ""
            counts.links += 1
            for kid in element["/K"]?.asArray ?? [] where kid["/Type"]?.name == "/OBJR" {
                guard let annotation = kid["/Obj"], !text.isEmpty else { continue }
                annotation["/Contents"] = file.string(text)
            }
        case "/Form": counts.forms.append(element)
        default: break
        }
        for kid in element["/K"]?.asArray ?? [] { try visit(kid, counts: &counts, visited: &visited) }
    }

    /// A link without a Link element's text: where it leads.
    private func description(of annotation: QPDFObject) -> String {
        if let uri = annotation["/A"]?["/URI"]?.text { return "Länk till \(uri)" }
        return "Länk inom dokumentet"
    }
}

/// What every object is looked at for, in one pass over the file's objects (each pass is
/// two calls into qpdf per object, and a /Subtype lookup in each):
/// - CID fonts with TrueType outlines name their CID-to-glyph mapping: Cairo's subsets
///   number glyphs by CID, which is /Identity (ISO 19005-2 6.2.11.3.2).
/// - Images are not interpolated (ISO 19005-2 6.2.8): Cairo writes /Interpolate true for
///   a smoothly scaled image; without the key a reader scales as it sees fit.
enum ObjectFinishing {
    static func run(_ file: QPDFFile) throws {
        for object in file.objects where object.isDictionary || object.isStream {
            let subtype = object["/Subtype"]?.name
            if object.isDictionary, subtype == "/CIDFontType2", object["/CIDToGIDMap"] == nil {
                object["/CIDToGIDMap"] = file.parse("/Identity")
            }
            if object.isStream, subtype == "/Image", object["/Interpolate"] != nil { object["/Interpolate"] = nil }
        }
        try file.check()
    }
}
