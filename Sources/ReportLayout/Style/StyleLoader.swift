import Foundation
import Yams

extension LayoutStyle {
    /// Reads a layout file. Keys are Swedish (a designer edits them); anything unknown or
    /// malformed is a `LayoutStyleError` naming file, line and field.
    public static func load(path: String) throws -> LayoutStyle {
        guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8) else {
            throw LayoutStyleError(file: path, line: nil, field: "", message: "filen kan inte läsas (finns den, och är den UTF-8?)")
        }
        return try parse(yaml: text, path: path)
    }

    public static func parse(yaml: String, path: String) throws -> LayoutStyle {
        let root: Node
        do {
            // .basic: no tag resolution by regular expression; every value is read as text.
            guard let node = try Yams.compose(yaml: yaml, .basic) else {
                throw LayoutStyleError(file: path, line: nil, field: "", message: "filen är tom")
            }
            root = node
        } catch let error as YamlError {
            throw yamlSyntaxError(error, path: path)
        }
        var style = LayoutStyle()
        try StyleLoader(directory: (path as NSString).deletingLastPathComponent).read(StyleNode(node: root, path: "", file: path), into: &style)
        return style
    }

    private static func yamlSyntaxError(_ error: YamlError, path: String) -> LayoutStyleError {
        switch error {
        case let .scanner(_, problem, mark, _), let .parser(_, problem, mark, _), let .composer(_, problem, mark, _):
            return LayoutStyleError(file: path, line: mark.line, field: "", message: "ogiltig yaml: \(problem)")
        default:
            return LayoutStyleError(file: path, line: nil, field: "", message: "ogiltig yaml: \(error)")
        }
    }
}

/// Walks the yaml tree section by section. Colours are read first so that styles may
/// name them.
struct StyleLoader {
    let directory: String

    func read(_ root: StyleNode, into style: inout LayoutStyle) throws {
        let sections = try root.mapping(allowed: ["sida", "färger", "stilar", "rubriker", "tabell", "lista", "sidhuvud", "sidfot", "diagram", "innehåll", "avstavning", "sidbrytning"])
        if let colors = sections.first(where: { $0.key == "färger" })?.value {
            for (name, value) in try colors.namedEntries() {
                style.colors[name] = try value.color(named: [:])
            }
        }
        for (key, node) in sections {
            switch key {
            case "sida": try readPage(node, into: &style)
            case "stilar": try readTextStyles(node, into: &style)
            case "rubriker": try readHeadings(node, into: &style.headings)
            case "tabell": try readTable(node, colors: style.colors, into: &style.table)
            case "lista": try readList(node, into: &style.list)
            case "sidhuvud": style.header = try readMarginal(node)
            case "sidfot": style.footer = try readMarginal(node)
            case "diagram": try readChart(node, colors: style.colors, into: &style.chart)
            case "innehåll": try readContents(node, into: &style.contents)
            case "avstavning": try readHyphenation(node, into: &style.hyphenation)
            case "sidbrytning": try readBreaking(node, into: &style)
            default: break
            }
        }
    }

    private func readPage(_ node: StyleNode, into style: inout LayoutStyle) throws {
        for (key, value) in try node.mapping(allowed: ["format", "bredd", "höjd", "marginaler", "första_sidan", "satsbredd"]) {
            switch key {
            case "format":
                let name = try value.string()
                guard let size = ["A4": Size.a4, "A5": Size(width: .mm(148), height: .mm(210))][name.uppercased()] else {
                    throw value.error("\"\(name)\" är inget känt format (A4 eller A5)")
                }
                style.pageSize = size
            case "bredd": style.pageSize.width = try value.length()
            case "höjd": style.pageSize.height = try value.length()
            case "marginaler": style.margins = try readMargins(value, base: style.margins)
            case "första_sidan": try readFirstPage(value, base: style.margins, into: &style.firstPage)
            case "satsbredd":
                let measure = try value.length()
                guard measure > .zero else { throw value.error("ska vara större än 0") }
                style.measure = measure
            default: break
            }
        }
    }

    private func readMargins(_ node: StyleNode, base: Margins) throws -> Margins {
        var margins = base
        for (key, value) in try node.mapping(allowed: ["topp", "botten", "vänster", "höger"]) {
            let length = try value.length()
            switch key {
            case "topp": margins.top = length
            case "botten": margins.bottom = length
            case "vänster": margins.left = length
            default: margins.right = length
            }
        }
        return margins
    }

    private func readFirstPage(_ node: StyleNode, base: Margins, into first: inout FirstPageStyle) throws {
        for (key, value) in try node.mapping(allowed: ["marginaler", "sidhuvud", "sidfot"]) {
            switch key {
            case "marginaler": first.margins = try readMargins(value, base: base)
            case "sidhuvud": first.showHeader = try value.bool()
            default: first.showFooter = try value.bool()
            }
        }
    }

    private func readTextStyles(_ node: StyleNode, into style: inout LayoutStyle) throws {
        let names = try node.namedEntries()
        for (name, value) in names {
            let base = style.textStyles[name] ?? style.text("brödtext")
            style.textStyles[name] = try readTextStyle(value, base: base, colors: style.colors)
        }
    }

    private func readTextStyle(_ node: StyleNode, base: TextStyle, colors: [String: Color]) throws -> TextStyle {
        var text = base
        let allowed: Set<String> = ["typsnitt", "storlek", "vikt", "kursiv", "färg", "radavstånd", "före", "efter", "justering", "avstavning", "indrag"]
        for (key, value) in try node.mapping(allowed: allowed) {
            switch key {
            case "typsnitt": text.font.family = try value.string()
            case "storlek": text.font.size = try value.length()
            case "vikt": text.font.weight = try readWeight(value)
            case "kursiv": text.font.italic = try value.bool()
            case "färg": text.color = try value.color(named: colors)
            case "radavstånd": text.lineHeight = try value.number()
            case "före": text.spaceBefore = try value.length()
            case "efter": text.spaceAfter = try value.length()
            case "justering": text.alignment = try readAlignment(value)
            case "avstavning": text.hyphenate = try value.bool()
            default: text.indent = try value.length()
            }
        }
        return text
    }

    private func readWeight(_ node: StyleNode) throws -> FontSpec.Weight {
        switch try node.string() {
        case "normal": return .regular
        case "fet": return .bold
        case let other: throw node.error("\"\(other)\" är ingen vikt (normal eller fet)")
        }
    }

    private func readAlignment(_ node: StyleNode) throws -> TextAlignment {
        let names: [String: TextAlignment] = ["vänster": .left, "höger": .right, "centrerad": .center, "marginaljusterad": .justified]
        let name = try node.string()
        guard let alignment = names[name] else {
            throw node.error("\"\(name)\" är ingen justering (vänster, höger, centrerad eller marginaljusterad)")
        }
        return alignment
    }
}
