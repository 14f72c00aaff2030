/// The machine-checkable rules of PDF/UA-1 (ISO 14289-1, with the Matterhorn Protocol's
/// checkpoint) that `verify` implements; the list is in docs/pdfa-pdfua.md.
enum AccessibilityRules {
    static func section(_ input: VerificationInput) -> VerificationReport.Section {
        VerificationReport.Section(title: "PDF/UA-1 (ISO 14289-1, Matterhorn-protokollet)", rules: [
            markInfo(input), identification(input), title(input), displayTitle(input), language(input),
            StructureRules.tree(input), StructureRules.standardTypes(input), StructureRules.allContentMarked(input),
            StructureRules.noTagsInArtifacts(input), StructureRules.contentReferenced(input), StructureRules.headings(input),
            StructureRules.tables(input), StructureRules.headerScope(input), StructureRules.lists(input),
            StructureRules.contents(input), StructureRules.figures(input), annotationsTagged(input), tabOrder(input),
            linkContents(input), fonts(input), FormRules.widgets(input),
        ])
    }

    private static func markInfo(_ input: VerificationInput) -> VerificationReport.Rule {
        let info = input.file.root["/MarkInfo"]
        var findings: [String] = []
        if info?["/Marked"]?.bool != true { findings.append("/MarkInfo /Marked är inte true") }
        if info?["/Suspects"]?.bool == true { findings.append("/Suspects är true") }
        return rule("UA-01", "ISO 14289-1 7.1, Matterhorn 01", "Katalogen anger märkt innehåll (/MarkInfo /Marked true)", findings: findings)
    }

    private static func identification(_ input: VerificationInput) -> VerificationReport.Rule {
        let part = input.xmp?.value(VerificationInput.pdfuaid, "part")
        return rule("UA-02", "ISO 14289-1 5, Matterhorn 06", "XMP anger PDF/UA-1 (pdfuaid:part 1)",
                    findings: part == "1" ? [] : ["pdfuaid:part är \(part ?? "inte angiven")"])
    }

    private static func title(_ input: VerificationInput) -> VerificationReport.Rule {
        let title = input.xmp?.value(VerificationInput.dc, "title") ?? ""
        return rule("UA-03", "ISO 14289-1 7.1, Matterhorn 06", "XMP har en titel (dc:title)", findings: title.isEmpty ? ["dc:title saknas"] : [])
    }

    private static func displayTitle(_ input: VerificationInput) -> VerificationReport.Rule {
        let shown = input.file.root["/ViewerPreferences"]?["/DisplayDocTitle"]?.bool == true
        return rule("UA-04", "ISO 14289-1 7.1, Matterhorn 07", "Fönstret visar dokumentets titel (/DisplayDocTitle true)",
                    findings: shown ? [] : ["/ViewerPreferences /DisplayDocTitle saknas eller är false"])
    }

    private static func language(_ input: VerificationInput) -> VerificationReport.Rule {
        let language = input.file.root["/Lang"]?.text ?? ""
        let valid = language.split(separator: "-").enumerated().allSatisfy { index, part in
            (index == 0 ? (2...3).contains(part.count) : (2...8).contains(part.count)) && part.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber) }
        }
        return rule("UA-05", "ISO 14289-1 7.2, Matterhorn 11", "Katalogen anger dokumentets språk (/Lang)",
                    findings: !language.isEmpty && valid ? [] : ["/Lang är \"\(language)\""])
    }

    private static func annotationsTagged(_ input: VerificationInput) -> VerificationReport.Rule {
        let owned = Set(input.tree.elements.flatMap(\.annotations))
        let findings = input.annotations.compactMap { page, annotation -> String? in
            guard annotation["/Subtype"]?.name != "/Popup" else { return nil }
            if !owned.contains(annotation.objectNumber) { return "annotering på sidan \(page) finns inte i strukturträdet" }
            return annotation["/StructParent"]?.integer == nil ? "annotering på sidan \(page) saknar /StructParent" : nil
        }
        return rule("UA-17", "ISO 14289-1 7.18.1, Matterhorn 28", "Varje annotering hör till ett strukturelement", findings: findings)
    }

    private static func tabOrder(_ input: VerificationInput) -> VerificationReport.Rule {
        let findings = input.pages.enumerated().compactMap { index, page -> String? in
            guard !(page["/Annots"]?.asArray ?? []).isEmpty, page["/Tabs"]?.name != "/S" else { return nil }
            return "sidan \(index + 1)"
        }
        return rule("UA-18", "ISO 14289-1 7.18.3, Matterhorn 28", "Sidor med annoteringar har tabbordning efter strukturen (/Tabs /S)", findings: findings)
    }

    private static func linkContents(_ input: VerificationInput) -> VerificationReport.Rule {
        let linkOwners = Set(input.tree.elements.filter { input.tree.standardType($0.type) == "/Link" }.flatMap(\.annotations))
        let findings = input.annotations.compactMap { page, annotation -> String? in
            guard annotation["/Subtype"]?.name == "/Link" else { return nil }
            if !linkOwners.contains(annotation.objectNumber) { return "länk på sidan \(page) ligger inte i ett Link-element" }
            return (annotation["/Contents"]?.text ?? "").isEmpty ? "länk på sidan \(page) saknar /Contents" : nil
        }
        return rule("UA-19", "ISO 14289-1 7.18.5, Matterhorn 28", "Länkar ligger i Link-element och har en beskrivning (/Contents)", findings: findings)
    }

    private static func fonts(_ input: VerificationInput) -> VerificationReport.Rule {
        rule("UA-20", "ISO 14289-1 7.21.4.1, Matterhorn 31", "Alla typsnitt är inbäddade", findings: FontRules.notEmbedded(input))
    }
}
