/// PDF/A-2's rules on graphics (ISO 19005-2 6.2.2, 6.2.5, 6.2.6, 6.2.8, 6.2.9, 6.2.10):
/// what graphics states, images and XObjects may say, which blend modes and rendering
/// intents exist, and which operators a content stream may use.
enum GraphicsRules {
    /// Every resource dictionary of the file: pages, page tree nodes, form XObjects,
    /// patterns, Type 3 fonts, appearance streams.
    static func resources(_ objects: [PDFValue]) -> [PDFValue] { objects.compactMap { $0["/Resources"] } }

    /// The graphics states of those resources (`VerificationInput` reads them once: it
    /// is a lookup in every object of the file, and two rules look at them).
    static func graphicsStates(_ resources: [PDFValue]) -> [PDFValue] {
        resources.flatMap { resource -> [PDFValue] in
            guard let states = resource["/ExtGState"] else { return [] }
            return states.keys.compactMap { states[$0] }
        }
    }

    static let blendModes: Set<String> = [
        "/Normal", "/Compatible", "/Multiply", "/Screen", "/Overlay", "/Darken", "/Lighten", "/ColorDodge", "/ColorBurn",
        "/HardLight", "/SoftLight", "/Difference", "/Exclusion", "/Hue", "/Saturation", "/Color", "/Luminosity",
    ]
    static let renderingIntents: Set<String> = ["/RelativeColorimetric", "/AbsoluteColorimetric", "/Perceptual", "/Saturation"]

    /// 6.2.10: only the blend modes of ISO 32000-1; a page with transparency blends in a
    /// colour space it names or the output intent's; a device colour space named for
    /// blending is the output intent's own.
    static func transparency(_ input: VerificationInput) -> VerificationReport.Rule {
        var findings: [String] = []
        for state in input.graphicsStates {
            for mode in state["/BM"]?.asArray ?? [] where !blendModes.contains(mode.name ?? "") {
                findings.append("blandningsläget \(mode.name ?? mode.unparsed) finns inte i ISO 32000-1")
            }
        }
        let intentSpace = outputIntentSpace(input)
        for (index, page) in input.pages.enumerated() {
            let space = page["/Group"]?["/CS"]
            if intentSpace == nil, space == nil, usesTransparency(page) {
                findings.append("sidan \(index + 1) har transparens men varken utskriftsavsikt eller /Group /CS")
            }
            if let name = space?.name, let wanted = ["/DeviceRGB": "RGB ", "/DeviceCMYK": "CMYK"][name], intentSpace != wanted {
                findings.append("sidan \(index + 1) blandar i \(name) men utskriftsavsikten är \(intentSpace ?? "ingen")")
            }
        }
        return rule("A-16", "ISO 19005-2 6.2.10, 6.2.4.3", "Transparens: standardblandningslägen och en färgrymd att blanda i", findings: findings)
    }

    /// The colour space of the GTS_PDFA1 output intent's ICC profile ("RGB ", "CMYK", "GRAY").
    static func outputIntentSpace(_ input: VerificationInput) -> String? {
        let intent = (input.file.root["/OutputIntents"]?.asArray ?? []).first { $0["/S"]?.name == "/GTS_PDFA1" }
        guard let data = (try? intent?["/DestOutputProfile"]?.streamData()) ?? nil, data.count > 20 else { return nil }
        return String(decoding: data[16..<20], as: UTF8.self)
    }

    /// A page uses transparency when it is a transparency group, or a graphics state or
    /// image in its resources is not opaque.
    static func usesTransparency(_ page: PDFValue) -> Bool {
        if page["/Group"]?["/S"]?.name == "/Transparency" { return true }
        let resources = page["/Resources"]
        let states = resources?["/ExtGState"].map { states in states.keys.compactMap { states[$0] } } ?? []
        let translucent = states.contains { state in
            (state["/CA"]?.number ?? 1) < 1 || (state["/ca"]?.number ?? 1) < 1 || (state["/SMask"].map { $0.name != "/None" } ?? false)
                || (state["/BM"]?.asArray ?? []).contains { !["/Normal", "/Compatible"].contains($0.name ?? "") }
        }
        let images = resources?["/XObject"].map { objects in objects.keys.compactMap { objects[$0] } } ?? []
        return translucent || images.contains { $0["/SMask"] != nil || ($0["/SMaskInData"]?.integer ?? 0) > 0 }
    }

    /// 6.2.5, 6.2.6: no transfer functions or halftone phases, halftones of type 1 or 5,
    /// and only the four rendering intents of ISO 32000-1.
    static func graphicsState(_ input: VerificationInput, _ streams: [(place: String, operations: [ContentStream.Operation])]) -> VerificationReport.Rule {
        var findings: [String] = []
        for state in input.graphicsStates {
            if state["/TR"] != nil { findings.append("ett grafiktillstånd har /TR") }
            if let transfer = state["/TR2"], transfer.name != "/Default" { findings.append("ett grafiktillstånd har /TR2 \(transfer.unparsed)") }
            if state["/HTP"] != nil || state["/HTO"] != nil { findings.append("ett grafiktillstånd har /HTP eller /HTO") }
            if let halftone = state["/HT"], halftone.isDictionary || halftone.isStream {
                let type = halftone["/HalftoneType"]?.integer ?? 0
                if ![1, 5].contains(type) { findings.append("ett raster av typ \(type)") }
                if halftone["/HalftoneName"] != nil { findings.append("ett raster har /HalftoneName") }
            }
            if let intent = state["/RI"]?.name, !renderingIntents.contains(intent) { findings.append("återgivningsavsikten \(intent)") }
        }
        for image in images(input) {
            if let intent = image["/Intent"]?.name, !renderingIntents.contains(intent) { findings.append("en bild har återgivningsavsikten \(intent)") }
        }
        for (place, operations) in streams {
            for operation in operations where operation.operator == "ri" {
                if case let .name(intent)? = operation.operands.first, !renderingIntents.contains(intent) { findings.append("\(place): ri \(intent)") }
            }
        }
        return rule("A-19", "ISO 19005-2 6.2.5, 6.2.6", "Grafiktillstånd utan överföringsfunktioner, tillåtna raster och återgivningsavsikter", findings: findings)
    }

    static func images(_ input: VerificationInput) -> [PDFValue] { input.objects.filter { $0.isStream && $0["/Subtype"]?.name == "/Image" } }

    /// 6.2.8, 6.2.9: images without alternates, OPI or interpolation and with 1, 2, 4, 8
    /// or 16 bits per component; no PostScript or reference XObjects, no OPI on forms.
    static func imagesAndXObjects(_ input: VerificationInput) -> VerificationReport.Rule {
        var findings: [String] = []
        for image in images(input) {
            let number = image.objectNumber
            for key in ["/Alternates", "/OPI"] where image[key] != nil { findings.append("bild \(number) har \(key)") }
            if image["/Interpolate"]?.bool == true { findings.append("bild \(number) har /Interpolate true") }
            let jpx = (image["/Filter"]?.asArray ?? []).contains { $0.name == "/JPXDecode" }
            if !jpx, image["/ImageMask"]?.bool != true, let bits = image["/BitsPerComponent"]?.integer, ![1, 2, 4, 8, 16].contains(bits) {
                findings.append("bild \(number) har /BitsPerComponent \(bits)")
            }
        }
        for object in input.objects where object.isStream {
            let subtype = object["/Subtype"]?.name
            if subtype == "/PS" { findings.append("objekt \(object.objectNumber) är en PostScript-XObject") }
            if subtype == "/Form" {
                for key in ["/OPI", "/PS", "/Ref"] where object[key] != nil { findings.append("formulär-XObject \(object.objectNumber) har \(key)") }
                if object["/Subtype2"]?.name == "/PS" { findings.append("formulär-XObject \(object.objectNumber) har /Subtype2 /PS") }
            }
        }
        return rule("A-20", "ISO 19005-2 6.2.8, 6.2.9", "Bilder och XObjects: inga alternativ, OPI, interpolering, PostScript eller referenser", findings: findings)
    }

    /// The operators of ISO 32000-1 Annex A.
    static let operators: Set<String> = [
        "b", "B", "b*", "B*", "BDC", "BI", "BMC", "BT", "BX", "c", "cm", "CS", "cs", "d", "d0", "d1", "Do", "DP", "EI", "EMC", "ET",
        "EX", "f", "F", "f*", "G", "g", "gs", "h", "i", "ID", "j", "J", "K", "k", "l", "m", "M", "MP", "n", "q", "Q", "re", "RG", "rg",
        "ri", "s", "S", "SC", "sc", "SCN", "scn", "sh", "T*", "Tc", "Td", "TD", "Tf", "Tj", "TJ", "TL", "Tm", "Tr", "Ts", "Tw", "Tz",
        "v", "w", "W", "W*", "y", "'", "\"",
    ]

    /// 6.2.2: content streams use only the operators of ISO 32000-1 (also between BX and EX).
    static func contentOperators(_ streams: [(place: String, operations: [ContentStream.Operation])]) -> VerificationReport.Rule {
        var unknown: [String: Set<String>] = [:]
        for (place, operations) in streams {
            for operation in operations where !operators.contains(operation.operator) {
                unknown[place, default: []].insert(operation.operator)
            }
        }
        let findings = unknown.sorted { $0.key < $1.key }.map { "\($0.key): \($0.value.sorted().joined(separator: ", "))" }
        return rule("A-22", "ISO 19005-2 6.2.2", "Innehållsströmmarna använder bara operatorer ur ISO 32000-1", findings: findings)
    }

    /// The operations of the pages' content and of the form XObjects, by where they are
    /// (one place per stream, not one copy of it per operation).
    static func operations(_ input: VerificationInput) -> [(place: String, operations: [ContentStream.Operation])] {
        var result = input.pageOperations.enumerated().map { index, operations in ("sidan \(index + 1)", operations) }
        for form in input.objects where form.isStream && form["/Subtype"]?.name == "/Form" {
            guard let content = try? form.streamData() else { continue }
            result.append(("formulär-XObject \(form.objectNumber)", ContentStream(content).operations))
        }
        return result
    }
}
