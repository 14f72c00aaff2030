import Foundation

extension StyleLoader {
    func readHeadings(_ node: StyleNode, into rules: inout HeadingRules) throws {
        for (key, value) in try node.mapping(allowed: ["numrerade", "ny_sida"]) {
            if key == "numrerade" {
                rules.numbered = try value.bool()
            } else {
                rules.newPageLevels = Set(try value.sequence().map { try $0.integer() })
            }
        }
    }

    func readTable(_ node: StyleNode, colors: [String: Color], into table: inout TableStyle) throws {
        let allowed: Set<String> = ["cellmarginal_x", "cellmarginal_y", "linje_huvud", "linje_summa", "linje_delsumma", "linje_rader",
                                    "skuggning_huvud", "skuggning_summa", "linjefärg", "fortsättning", "efter"]
        for (key, value) in try node.mapping(allowed: allowed) {
            switch key {
            case "cellmarginal_x": table.cellPaddingX = try value.length()
            case "cellmarginal_y": table.cellPaddingY = try value.length()
            case "linje_huvud": table.headerRule = try value.length()
            case "linje_summa": table.totalRule = try value.length()
            case "linje_delsumma": table.subtotalRule = try value.length()
            case "linje_rader": table.bodyRule = try value.length()
            case "skuggning_huvud": table.headerShading = try value.color(named: colors)
            case "skuggning_summa": table.totalShading = try value.color(named: colors)
            case "linjefärg": table.ruleColor = try value.color(named: colors)
            case "fortsättning":
                let text = try value.string()
                table.continued = text.isEmpty ? nil : text
            default: table.spaceAfter = try value.length()
            }
        }
    }

    func readList(_ node: StyleNode, into list: inout ListStyle) throws {
        for (key, value) in try node.mapping(allowed: ["indrag", "punkt", "mellanrum"]) {
            switch key {
            case "indrag": list.indent = try value.length()
            case "punkt": list.bullet = try value.string()
            default: list.itemSpacing = try value.length()
            }
        }
    }

    func readMarginal(_ node: StyleNode) throws -> MarginalTemplate {
        var template = MarginalTemplate()
        let allowed: Set<String> = ["vänster", "mitten", "höger", "linje", "avstånd", "signaturrutor", "signaturruta_bredd", "signaturruta_höjd"]
        for (key, value) in try node.mapping(allowed: allowed) {
            switch key {
            case "vänster": template.left = try value.string()
            case "mitten": template.center = try value.string()
            case "höger": template.right = try value.string()
            case "linje": template.rule = try value.length()
            case "avstånd": template.offset = try value.length()
            case "signaturrutor": template.initials = try value.sequence().map { try $0.string() }
            case "signaturruta_bredd": template.initialsSize.width = try value.length()
            default: template.initialsSize.height = try value.length()
            }
        }
        return template
    }

    func readChart(_ node: StyleNode, colors: [String: Color], into chart: inout ChartStyle) throws {
        for (key, value) in try node.mapping(allowed: ["höjd", "färger", "rutnät", "axel"]) {
            switch key {
            case "höjd": chart.height = try value.length()
            case "färger": chart.palette = try value.sequence().map { try $0.color(named: colors) }
            case "rutnät": chart.gridColor = try value.color(named: colors)
            default: chart.axisColor = try value.color(named: colors)
            }
        }
        if chart.palette.isEmpty { throw node.error("diagram.färger får inte vara tom") }
    }

    func readContents(_ node: StyleNode, into contents: inout ContentsStyle) throws {
        for (key, value) in try node.mapping(allowed: ["utfyllnad", "sidnummerbredd", "indrag"]) {
            switch key {
            case "utfyllnad": contents.leader = try value.string()
            case "sidnummerbredd": contents.pageNumberWidth = try value.length()
            default: contents.indentPerLevel = try value.length()
            }
        }
    }

    func readHyphenation(_ node: StyleNode, into settings: inout HyphenationSettings) throws {
        let penaltyKeys = ["straff_stavelse", "straff_fog", "straff_bindestreck", "straff_i_följd", "högst_i_följd",
                           "kort_sista_rad", "straff_kort_sista_rad", "ordmellanrum_töjning", "ordmellanrum_krympning", "tolerans",
                           "straff_stavelse_i_sammansättning", "straff_ojämna_rader", "ordmellanrum_minst"]
        for (key, value) in try node.mapping(allowed: Set(["mönster", "undantag", "min_vänster", "min_höger", "min_ord", "på"] + penaltyKeys)) {
            switch key {
            case "mönster": settings.patterns = resolve(try value.string())
            case "undantag": settings.exceptions = resolve(try value.string())
            case "min_vänster": settings.leftMin = try atLeastOne(value)
            case "min_höger": settings.rightMin = try atLeastOne(value)
            case "min_ord": settings.minWordLength = try value.integer()
            case "på": if try !value.bool() { settings.patterns = nil }
            default: try readPenalty(key, value, into: &settings.penalties)
            }
        }
    }

    private func atLeastOne(_ value: StyleNode) throws -> Int {
        let count = try value.integer()
        guard count >= 1 else { throw value.error("ska vara minst 1") }
        return count
    }

    private func readPenalty(_ key: String, _ value: StyleNode, into penalties: inout BreakPenalties) throws {
        if key == "högst_i_följd" { penalties.maximumConsecutive = try atLeastOne(value); return }
        let number = try value.number()
        guard number >= 0 else { throw value.error("får inte vara negativt") }
        switch key {
        case "straff_stavelse": penalties.syllable = number
        case "straff_fog": penalties.joint = number
        case "straff_bindestreck": penalties.explicit = number
        case "straff_i_följd": penalties.doubleHyphenDemerits = number
        case "ordmellanrum_töjning": penalties.spaceStretch = number
        case "ordmellanrum_krympning":
            guard number < 1 else { throw value.error("ska vara en andel av ordmellanrummet, mindre än 1") }
            penalties.spaceShrink = number
        case "tolerans": penalties.tolerance = number
        case "straff_stavelse_i_sammansättning": penalties.compoundSyllable = number
        case "straff_ojämna_rader": penalties.adjacentDemerits = number
        case "ordmellanrum_minst":
            guard number < 1 else { throw value.error("ska vara en andel av typsnittets storlek (em), mindre än 1") }
            penalties.minimumSpace = number
        case "kort_sista_rad":
            guard number < 1 else { throw value.error("ska vara en andel av radbredden, mindre än 1") }
            penalties.shortLastLine = number
        default: penalties.shortLastLineDemerits = number
        }
    }

    func readBreaking(_ node: StyleNode, into style: inout LayoutStyle) throws {
        for (key, value) in try node.mapping(allowed: ["rader_före", "rader_efter", "minsta_fyllnad", "luft_töjning"]) {
            if key == "luft_töjning" {
                let share = try value.number()
                guard (0...3).contains(share) else { throw value.error("ska vara en andel av mellanrummet, mellan 0 och 3") }
                style.verticalStretch = share
                continue
            }
            if key == "minsta_fyllnad" {
                let share = try value.number()
                guard (0...1).contains(share) else { throw value.error("ska vara en andel av sidan, mellan 0 och 1") }
                style.minimumPageFill = share
                continue
            }
            let count = try value.integer()
            guard count >= 1 else { throw value.error("ska vara minst 1") }
            if key == "rader_före" { style.orphans = count } else { style.widows = count }
        }
    }

    /// Paths in a layout file are relative to the file's folder.
    private func resolve(_ path: String) -> String {
        path.hasPrefix("/") ? path : (directory as NSString).appendingPathComponent(path)
    }
}
