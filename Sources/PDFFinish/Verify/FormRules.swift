/// Annotations' appearances and interactive forms (ISO 19005-2 6.3.3, 6.4.1, 6.4.2;
/// ISO 14289-1 7.18.4): what the digital variant's signature fields must get right.
enum FormRules {
    /// 6.3.3: every annotation but Popup, Link and those of zero size has an appearance;
    /// an appearance dictionary holds only /N, a stream (a dictionary of states for a button).
    static func appearances(_ input: VerificationInput) -> VerificationReport.Rule {
        let findings = input.annotations.compactMap { page, annotation -> String? in
            let subtype = annotation["/Subtype"]?.name ?? ""
            let rect = (annotation["/Rect"]?.array ?? []).compactMap(\.number)
            let empty = rect.count == 4 && rect[0] == rect[2] && rect[1] == rect[3]
            guard let appearance = annotation["/AP"] else {
                return ["/Popup", "/Link"].contains(subtype) || empty ? nil : "\(subtype.dropFirst()) på sidan \(page) saknar utseende (/AP)"
            }
            if appearance.keys != ["/N"] { return "\(subtype.dropFirst()) på sidan \(page) har /AP med \(appearance.keys.joined(separator: " "))" }
            let button = subtype == "/Widget" && field(of: annotation)["/FT"]?.name == "/Btn"
            let normal = appearance["/N"]
            return normal?.isStream == true || (button && normal?.isDictionary == true) ? nil : "\(subtype.dropFirst()) på sidan \(page): /N är ingen utseendeström"
        }
        return rule("A-17", "ISO 19005-2 6.3.3", "Annoteringar har ett utseende (/AP med bara /N)", findings: findings)
    }

    /// 6.4.1, 6.4.2: widgets and fields have no actions, the form asks no reader to make
    /// appearances (/NeedAppearances) and has no XFA.
    static func forms(_ input: VerificationInput) -> VerificationReport.Rule {
        var findings: [String] = []
        for (page, annotation) in input.annotations where annotation["/Subtype"]?.name == "/Widget" {
            for key in ["/A", "/AA"] where annotation[key] != nil || field(of: annotation)[key] != nil {
                findings.append("formulärfältet på sidan \(page) har \(key)")
            }
        }
        let form = input.file.root["/AcroForm"]
        if form?["/NeedAppearances"]?.bool == true { findings.append("formuläret har /NeedAppearances true") }
        if form?["/XFA"] != nil { findings.append("formuläret har /XFA") }
        if input.file.root["/NeedsRendering"]?.bool == true { findings.append("katalogen har /NeedsRendering true") }
        return rule("A-18", "ISO 19005-2 6.4.1, 6.4.2", "Formulärfält utan åtgärder, utan /NeedAppearances och utan XFA", findings: findings)
    }

    /// 7.18.4 (Matterhorn 28-010, 28-005): every widget is owned by a Form element, and its
    /// field has a description (/TU) or the Form element an /Alt.
    static func widgets(_ input: VerificationInput) -> VerificationReport.Rule {
        var owners: [Int: StructureTreeReader.Element] = [:]
        for element in input.tree.elements { for annotation in element.annotations { owners[annotation] = element } }
        let findings = input.annotations.compactMap { page, annotation -> String? in
            guard annotation["/Subtype"]?.name == "/Widget" else { return nil }
            let owner = owners[annotation.objectNumber]
            guard let owner, input.tree.standardType(owner.type) == "/Form" else {
                return "formulärfältet på sidan \(page) ligger inte i ett Form-element"
            }
            let described = !(field(of: annotation)["/TU"]?.text ?? "").isEmpty || !(owner.alt ?? "").isEmpty
            return described ? nil : "formulärfältet på sidan \(page) saknar beskrivning (/TU)"
        }
        return rule("UA-21", "ISO 14289-1 7.18.4, Matterhorn 28-010, 28-005", "Formulärfält ligger i Form-element och har en beskrivning (/TU)",
                    findings: findings)
    }

    /// The field a widget belongs to: itself when it carries the field's keys, else its /Parent.
    static func field(of widget: PDFValue) -> PDFValue {
        widget["/T"] == nil && widget["/FT"] == nil ? widget["/Parent"] ?? widget : widget
    }
}

/// The catalog's and pages' keys PDF/A-2 forbids (ISO 19005-2 6.1.12, 6.10, 6.11):
/// permissions other than DocMDP and UR3, alternate presentations, presentation steps,
/// requirements.
enum CatalogRules {
    static func forbiddenKeys(_ input: VerificationInput) -> VerificationReport.Rule {
        var findings: [String] = []
        let root = input.file.root
        for key in root["/Perms"]?.keys ?? [] where !["/DocMDP", "/UR3"].contains(key) { findings.append("/Perms har \(key)") }
        if root["/Names"]?["/AlternatePresentations"] != nil { findings.append("katalogens /Names har /AlternatePresentations") }
        if root["/Requirements"] != nil { findings.append("katalogen har /Requirements") }
        for (index, page) in input.pages.enumerated() where page["/PresSteps"] != nil { findings.append("sidan \(index + 1) har /PresSteps") }
        return rule("A-21", "ISO 19005-2 6.1.12, 6.10, 6.11", "Inga otillåtna behörigheter, alternativa presentationer eller krav (/Requirements)",
                    findings: findings)
    }
}
