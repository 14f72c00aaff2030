/// The machine-checkable rules of PDF/A-2 (ISO 19005-2) that `verify` implements; the
/// list with clauses is in docs/pdfa-pdfua.md.
enum ArchiveRules {
    static func section(_ input: VerificationInput) -> VerificationReport.Section {
        let glyphs = FontProgramRules.shownGlyphs(input)
        let operations = GraphicsRules.operations(input)
        return VerificationReport.Section(title: "PDF/A-2 (ISO 19005-2)", rules: [
            header(input), trailer(input), streams(input), outputIntent(input), fontsEmbedded(input), cidToGID(input),
            annotationFlags(input), annotationTypes(input), actions(input), metadataStream(input), identification(input),
            extensionSchemas(input), infoMatchesXMP(input), FontProgramRules.widths(glyphs), FontProgramRules.notdef(glyphs),
            GraphicsRules.transparency(input), FormRules.appearances(input), FormRules.forms(input),
            GraphicsRules.graphicsState(input, operations), GraphicsRules.imagesAndXObjects(input), CatalogRules.forbiddenKeys(input),
            GraphicsRules.contentOperators(operations),
        ])
    }

    private static func header(_ input: VerificationInput) -> VerificationReport.Rule {
        let head = Array(input.bytes.prefix(32))
        var findings: [String] = []
        let version = String(decoding: head.prefix(8), as: UTF8.self)
        if !(version.hasPrefix("%PDF-1.") && ("0"..."7").contains(version.dropFirst(7).prefix(1))) { findings.append("huvudet är \"\(version)\"") }
        if let newline = head.firstIndex(where: { $0 == 10 || $0 == 13 }) {
            let comment = head[head.index(after: newline)...].drop(while: { $0 == 10 || $0 == 13 })
            if comment.first != UInt8(ascii: "%") || comment.dropFirst().prefix(4).contains(where: { $0 < 128 }) {
                findings.append("andra raden är ingen kommentar med fyra binära tecken")
            }
        }
        return rule("A-01", "ISO 19005-2 6.1.2", "Filhuvudet är %PDF-1.n (n ≤ 7) följt av en binär kommentar", findings: findings)
    }

    private static func trailer(_ input: VerificationInput) -> VerificationReport.Rule {
        var findings: [String] = []
        let id = input.file.trailer["/ID"]?.array ?? []
        if id.count != 2 || id.contains(where: { $0.stringBytes == nil }) { findings.append("trailern saknar /ID med två strängar") }
        if input.file.trailer["/Encrypt"] != nil { findings.append("filen är krypterad") }
        return rule("A-02", "ISO 19005-2 6.1.3", "Trailern har /ID och filen är inte krypterad", findings: findings)
    }

    private static func streams(_ input: VerificationInput) -> VerificationReport.Rule {
        var findings: [String] = []
        for object in input.objects where object.isStream {
            if ["/F", "/FFilter", "/FDecodeParms"].contains(where: { object[$0] != nil }) { findings.append("objekt \(object.objectNumber) pekar på en extern fil") }
            if (object["/Filter"]?.asArray ?? []).contains(where: { $0.name == "/LZWDecode" }) { findings.append("objekt \(object.objectNumber) använder LZW") }
        }
        return rule("A-03", "ISO 19005-2 6.1.7", "Strömmar har inga externa filer och ingen LZW-komprimering", findings: findings)
    }

    private static func outputIntent(_ input: VerificationInput) -> VerificationReport.Rule {
        var findings: [String] = []
        let intents = (input.file.root["/OutputIntents"]?.asArray ?? []).filter { $0["/S"]?.name == "/GTS_PDFA1" }
        if let intent = intents.first {
            let profile = intent["/DestOutputProfile"]
            let data = (try? profile?.streamData()) ?? nil
            if let data, data.count > 20 {
                let space = String(decoding: data[16..<20], as: UTF8.self)
                if space != "RGB " { findings.append("ICC-profilens färgrymd är \"\(space)\", sidorna målas i DeviceRGB") }
                if profile?["/N"]?.integer != 3 { findings.append("ICC-profilen saknar /N 3") }
                if data[8] > 4 { findings.append("ICC-profilen har version \(data[8])") }
            } else { findings.append("avsikten saknar en läsbar ICC-profil (/DestOutputProfile)") }
            if intent["/OutputConditionIdentifier"]?.text == nil { findings.append("avsikten saknar /OutputConditionIdentifier") }
        } else { findings.append("katalogen har ingen /OutputIntents med /S /GTS_PDFA1") }
        return rule("A-04", "ISO 19005-2 6.2.3, 6.2.4.3", "Färgerna har en RGB-utskriftsavsikt (sRGB) med inbäddad ICC-profil", findings: findings)
    }

    private static func fontsEmbedded(_ input: VerificationInput) -> VerificationReport.Rule {
        rule("A-05", "ISO 19005-2 6.2.11.4.1", "Alla typsnitt är inbäddade", findings: FontRules.notEmbedded(input))
    }

    private static func cidToGID(_ input: VerificationInput) -> VerificationReport.Rule {
        let missing = input.fonts.filter { $0["/Subtype"]?.name == "/CIDFontType2" && $0["/CIDToGIDMap"] == nil }
        return rule("A-06", "ISO 19005-2 6.2.11.3.2", "CID-typsnitt med TrueType-konturer har /CIDToGIDMap",
                    findings: missing.map { "typsnitt \($0["/BaseFont"]?.name ?? "?") (objekt \($0.objectNumber))" })
    }

    private static func annotationFlags(_ input: VerificationInput) -> VerificationReport.Rule {
        let findings = input.annotations.compactMap { page, annotation -> String? in
            guard let flags = annotation["/F"]?.integer else { return "annotering på sidan \(page) saknar /F" }
            return flags & 4 == 0 || flags & (1 | 2 | 32 | 256) != 0 ? "annotering på sidan \(page) har /F \(flags)" : nil
        }
        return rule("A-07", "ISO 19005-2 6.3.2", "Annoteringar skrivs ut (/F med Print, inte dolda)", findings: findings)
    }

    private static func annotationTypes(_ input: VerificationInput) -> VerificationReport.Rule {
        let forbidden: Set<String> = ["/3D", "/Sound", "/Screen", "/Movie", "/RichMedia"]
        let findings = input.annotations.compactMap { page, annotation -> String? in
            let subtype = annotation["/Subtype"]?.name ?? "ingen"
            return forbidden.contains(subtype) || annotation["/Subtype"] == nil ? "sidan \(page): \(subtype)" : nil
        }
        return rule("A-08", "ISO 19005-2 6.3.1", "Inga otillåtna annoteringstyper", findings: findings)
    }

    private static func actions(_ input: VerificationInput) -> VerificationReport.Rule {
        let allowed: Set<String> = ["/GoTo", "/GoToR", "/GoToE", "/Thread", "/URI", "/Named", "/SubmitForm"]
        let namedAllowed: Set<String> = ["/NextPage", "/PrevPage", "/FirstPage", "/LastPage"]
        var actions = input.annotations.compactMap { page, annotation in annotation["/A"].map { ("annotering på sidan \(page)", $0) } }
        if let open = input.file.root["/OpenAction"], open.isDictionary { actions.append(("katalogens /OpenAction", open)) }
        var findings = actions.compactMap { place, action -> String? in
            let kind = action["/S"]?.name ?? "ingen"
            if !allowed.contains(kind) { return "\(place): \(kind)" }
            if kind == "/Named", !namedAllowed.contains(action["/N"]?.name ?? "") { return "\(place): /Named \(action["/N"]?.name ?? "")" }
            return nil
        }
        if input.file.root["/AA"] != nil { findings.append("katalogen har /AA") }
        for (page, annotation) in input.annotations where annotation["/AA"] != nil { findings.append("annotering på sidan \(page) har /AA") }
        return rule("A-09", "ISO 19005-2 6.5.1, 6.5.2", "Endast tillåtna åtgärder, inga automatiska åtgärder (/AA)", findings: findings)
    }

    private static func metadataStream(_ input: VerificationInput) -> VerificationReport.Rule {
        var findings: [String] = []
        if let stream = input.file.root["/Metadata"] {
            if stream["/Type"]?.name != "/Metadata" || stream["/Subtype"]?.name != "/XML" { findings.append("strömmen saknar /Type /Metadata /Subtype /XML") }
            if input.xmp?.wellFormed != true { findings.append("XMP-paketet är inte välformad XML") }
        } else { findings.append("katalogen saknar /Metadata") }
        return rule("A-10", "ISO 19005-2 6.6.2.1", "Katalogen har en XMP-metadataström som går att läsa", findings: findings)
    }

    private static func identification(_ input: VerificationInput) -> VerificationReport.Rule {
        let part = input.xmp?.value(VerificationInput.pdfaid, "part")
        let conformance = input.xmp?.value(VerificationInput.pdfaid, "conformance")
        var findings: [String] = []
        if part != "2" { findings.append("pdfaid:part är \(part ?? "inte angiven")") }
        if !["A", "B", "U"].contains(conformance ?? "") { findings.append("pdfaid:conformance är \(conformance ?? "inte angiven")") }
        return rule("A-11", "ISO 19005-2 6.6.4", "XMP anger PDF/A-2 (pdfaid:part 2, conformance A, B eller U)", findings: findings)
    }

    private static func infoMatchesXMP(_ input: VerificationInput) -> VerificationReport.Rule {
        InfoConsistency.check(input)
    }

    private static func extensionSchemas(_ input: VerificationInput) -> VerificationReport.Rule {
        let used = input.xmp?.namespaces ?? []
        let described = input.xmp?.describedNamespaces ?? []
        let missing = used.subtracting(VerificationInput.predefinedNamespaces).subtracting(described).sorted()
        return rule("A-12", "ISO 19005-2 6.6.2.3.1", "Varje XMP-schema utanför de fördefinierade beskrivs i ett tilläggsschema",
                    findings: missing.map { "\($0) saknar beskrivning" })
    }
}
