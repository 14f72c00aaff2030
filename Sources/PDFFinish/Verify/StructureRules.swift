/// PDF/UA-1 rules on the structure tree and on how content is marked.
enum StructureRules {
    typealias Rule = VerificationReport.Rule

    /// The standard structure types of PDF 1.7 (14.8.4).
    static let standardTypes: Set<String> = [
        "/Document", "/Part", "/Art", "/Sect", "/Div", "/BlockQuote", "/Caption", "/TOC", "/TOCI", "/Index", "/NonStruct", "/Private",
        "/H", "/H1", "/H2", "/H3", "/H4", "/H5", "/H6", "/P", "/L", "/LI", "/Lbl", "/LBody", "/Table", "/TR", "/TH", "/TD",
        "/THead", "/TBody", "/TFoot", "/Span", "/Quote", "/Note", "/Reference", "/BibEntry", "/Code", "/Link", "/Annot",
        "/Ruby", "/RB", "/RT", "/RP", "/Warichu", "/WT", "/WP", "/Figure", "/Formula", "/Form",
    ]

    static func tree(_ input: VerificationInput) -> Rule {
        let findings = !input.tree.hasTree ? ["katalogen saknar /StructTreeRoot"] : input.tree.elements.isEmpty ? ["strukturträdet är tomt"] : []
        return rule("UA-06", "ISO 14289-1 7.1, Matterhorn 01", "Dokumentet har ett strukturträd (taggad PDF)", findings: findings)
    }

    /// Matterhorn 02-001 and 02-004: every type ends at a standard type, and no standard
    /// type is mapped to another.
    static func standardTypes(_ input: VerificationInput) -> Rule {
        let unknown = Set(input.elementTypes.filter { !standardTypes.contains($0.1) }.map(\.0.type)).sorted()
        let remapped = input.tree.roleMap.keys.filter(standardTypes.contains).sorted()
        return rule("UA-07", "ISO 14289-1 7.1, Matterhorn 02", "Varje strukturtyp är en standardtyp eller mappas till en",
                    findings: unknown.map { "\($0) är ingen standardtyp" } + remapped.map { "standardtypen \($0) mappas om" })
    }

    static func allContentMarked(_ input: VerificationInput) -> Rule {
        let findings = input.content.unmarkedDrawings.sorted { $0.key < $1.key }.map { "sidan \($0.key): \($0.value) ritoperationer" }
        return rule("UA-08", "ISO 14289-1 7.1, Matterhorn 01", "Allt innehåll är antingen taggat eller märkt som artefakt", findings: findings)
    }

    static func noTagsInArtifacts(_ input: VerificationInput) -> Rule {
        let count = input.content.taggedInsideArtifact
        return rule("UA-09", "ISO 14289-1 7.1, Matterhorn 01", "Inget taggat innehåll ligger inuti en artefakt",
                    findings: count == 0 ? [] : ["\(count) taggade avsnitt ligger i artefakter"])
    }

    /// Every MCID in the pages belongs to exactly one element and every element's MCID is on its page.
    static func contentReferenced(_ input: VerificationInput) -> Rule {
        struct Key: Hashable { var page: Int, mcid: Int }
        var owners: [Key: Int] = [:]
        for element in input.tree.elements { for item in element.content { owners[Key(page: item.page, mcid: item.mcid), default: 0] += 1 } }
        let marked = Set(input.content.pieces.map { Key(page: $0.page, mcid: $0.mcid) })
        var findings = marked.filter { owners[$0] == nil }.sorted { ($0.page, $0.mcid) < ($1.page, $1.mcid) }
            .map { "sidan \($0.page) MCID \($0.mcid) hör inte till något element" }
        findings += owners.filter { $0.value > 1 }.keys.map { "sidan \($0.page) MCID \($0.mcid) hör till flera element" }
        return rule("UA-10", "ISO 14289-1 7.1, Matterhorn 01", "Varje taggat innehåll hör till precis ett strukturelement", findings: findings)
    }

    static func headings(_ input: VerificationInput) -> Rule {
        var findings: [String] = []
        var previous = 0
        for (_, type) in input.elementTypes {
            guard type.count == 3, type.hasPrefix("/H"), let level = Int(type.dropFirst(2)) else { continue }
            if previous == 0, level != 1 { findings.append("första rubriken är \(type.dropFirst())") }
            if previous > 0, level > previous + 1 { findings.append("\(type.dropFirst()) följer på H\(previous)") }
            previous = level
        }
        return rule("UA-11", "ISO 14289-1 7.4.2, Matterhorn 14", "Rubrikerna börjar med H1 och hoppar inte över någon nivå", findings: findings)
    }

    static func tables(_ input: VerificationInput) -> Rule {
        let parents: [String: Set<String>] = [
            "/TR": ["/Table", "/THead", "/TBody", "/TFoot"], "/TH": ["/TR"], "/TD": ["/TR"],
            "/THead": ["/Table"], "/TBody": ["/Table"], "/TFoot": ["/Table"],
        ]
        return nesting(input, parents: parents, id: "UA-12", clause: "ISO 14289-1 7.5, Matterhorn 09",
                       title: "Tabeller är byggda av Table, THead/TBody, TR och TH/TD")
    }

    static func headerScope(_ input: VerificationInput) -> Rule {
        let missing = input.elementTypes.filter { $0.1 == "/TH" && !["/Row", "/Column", "/Both"].contains($0.0.scope ?? "") }
        return rule("UA-13", "ISO 14289-1 7.5, Matterhorn 15", "Varje tabellrubrikcell (TH) anger /Scope",
                    findings: missing.isEmpty ? [] : ["\(missing.count) TH utan /Scope"])
    }

    static func lists(_ input: VerificationInput) -> Rule {
        nesting(input, parents: ["/LI": ["/L"], "/Lbl": ["/LI"], "/LBody": ["/LI"]], id: "UA-14", clause: "ISO 14289-1 7.6, Matterhorn 09",
                title: "Listor är byggda av L, LI, Lbl och LBody")
    }

    static func contents(_ input: VerificationInput) -> Rule {
        nesting(input, parents: ["/TOCI": ["/TOC"]], id: "UA-15", clause: "ISO 14289-1 7.1, Matterhorn 09",
                title: "Innehållsförteckningens poster (TOCI) ligger i TOC")
    }

    static func figures(_ input: VerificationInput) -> Rule {
        let missing = input.elementTypes.filter { $0.1 == "/Figure" && ($0.0.alt ?? $0.0.actualText ?? "").isEmpty }
        return rule("UA-16", "ISO 14289-1 7.3, Matterhorn 13", "Varje figur har en alternativtext (/Alt)",
                    findings: missing.isEmpty ? [] : ["\(missing.count) figurer utan /Alt"])
    }

    private static func nesting(_ input: VerificationInput, parents: [String: Set<String>], id: String, clause: String, title: String) -> Rule {
        var findings: [String] = []
        for (element, type) in input.elementTypes {
            guard let allowed = parents[type] else { continue }
            let parent = element.parentType.map(input.tree.standardType) ?? "roten"
            if !allowed.contains(parent) { findings.append("\(type.dropFirst()) i \(parent.dropFirst())") }
        }
        return rule(id, clause, title, findings: findings)
    }
}
