/// Reads a statement description file (`räkningar:` and `noter:`), strictly: an unknown
/// key, a wrong kind or a row summing a row that does not exist is refused with the file
/// and line.
enum DescriptionReader {
    static let statementKeys = ["id", "typ", "rubrik", "enhet", "kolumner", "rader", "dölj_nollrader", "kontokolumn", "text", "fotnot"]
    static let rowKeys = ["id", "text", "art", "konton", "rader", "grupp", "summerar", "tecken", "visa_omvänt", "belopp", "not",
                          "dölj_om_noll", "skrivs_ut", "per_konto", "märke", "roll", "gruppresultat"]

    /// The file as written; `StatementAssembly` adds its base, expands mapping groups and
    /// validates the whole.
    static func read(_ root: YamlNode) throws -> StatementSet {
        try root.allowKeys(["grund", "räkningar", "noter", "kontonoter", "enhet", "flerårsöversikt", "driftredovisning"])
        let base = try root.optionalString("grund")
        let statements = try (base == nil ? root.required("räkningar") : root.optional("räkningar"))?.items()
            .map { try statement($0, note: false) } ?? []
        let notes = try root.optional("noter")?.items().map { try statement($0, note: true) } ?? []
        return StatementSet(statements: statements, notes: notes, source: root.file, base: base,
                            accountNotes: try root.flag("kontonoter", default: false),
                            statementUnit: try root.optional("enhet")?.keyword(AmountUnit.self, choices: "kronor och öre, kronor eller tkr"),
                            overview: try root.optional("flerårsöversikt").map(OverviewDescriptionReader.read),
                            operating: try root.optional("driftredovisning").map(OperatingDescriptionReader.read))
    }

    static func statement(_ node: YamlNode, note: Bool) throws -> StatementDescription {
        try node.allowKeys(note ? statementKeys.filter { $0 != "typ" } : statementKeys)
        let kind: StatementDescription.Kind = note ? .note
            : try node.required("typ").keyword(StatementDescription.Kind.self, choices: "resultaträkning, balansräkning eller kassaflödesanalys")
        if !note && kind == .note { throw try node.required("typ").error("En not står under \"noter:\", inte under \"räkningar:\".") }
        let id = try node.string("id")
        let rows = try node.required("rader").items().enumerated().map { try row($0.element, autoId: "\(id)_rad_\($0.offset + 1)") }
        return StatementDescription(
            id: id, title: try node.string("rubrik"), kind: kind,
            unit: try node.optional("enhet")?.keyword(AmountUnit.self, choices: "kronor och öre, kronor eller tkr") ?? .kronorAndOre,
            columns: try columns(node.required("kolumner")), rows: rows,
            hideZeroRows: try node.flag("dölj_nollrader", default: false),
            accountColumn: try node.flag("kontokolumn", default: false),
            texts: try node.optional("text")?.strings() ?? [], footnote: try node.optionalString("fotnot"),
            location: node.location)
    }

    static func row(_ node: YamlNode, autoId: String) throws -> RowDescription {
        try node.allowKeys(rowKeys)
        let summed = try node.optional("summerar") != nil
        let kind = try node.optional("art")?.keyword(RowDescription.Kind.self, choices: "konton, summa, delsumma, varav, text eller tom")
            ?? .accounts
        let accounts = try node.optional("konton").map(MappingReader.ranges) ?? []
        let lines = try node.optional("rader")?.strings() ?? []
        let group = try node.optionalString("grupp")
        if kind == .accounts && !summed || kind == .partOf, accounts.isEmpty, lines.isEmpty, group == nil {
            throw node.error("En rad av art \(kind.rawValue) behöver \"konton\", \"rader\" eller \"grupp\" (ur kontoplanens mappning).")
        }
        if !kind.sumsRows && kind != .accounts, let terms = try node.optional("summerar") {
            throw terms.error("Bara rader av art summa, delsumma eller konton kan ha \"summerar\".")
        }
        if let result = try node.optional("gruppresultat"), !kind.sumsRows && !summed {
            throw result.error("\"gruppresultat\" hör till en summa, en delsumma eller en rad med \"summerar\": gruppens resultatrad summerar andra rader.")
        }
        return RowDescription(
            id: try node.optionalString("id") ?? autoId, label: try node.optionalString("text"), kind: kind,
            accounts: accounts, mappingLines: lines, group: group, terms: try node.optional("summerar").map(terms),
            sign: try sign(node.optional("tecken")), displaySign: try node.flag("visa_omvänt", default: false) ? -1 : 1,
            measure: try node.optional("belopp")?.keyword(Measure.self, choices: "resultat, ib, ub eller förändring"),
            note: try node.optionalString("not"), hideWhenZero: try node.flag("dölj_om_noll", default: false),
            printed: try node.flag("skrivs_ut", default: true), perAccount: try node.flag("per_konto", default: false),
            mark: try node.optionalString("märke"), location: node.location,
            role: try node.optional("roll")?.keyword(StatementRole.self, choices: StatementRole.choices),
            groupResult: try node.optionalString("gruppresultat"))
    }

    static func terms(_ node: YamlNode) throws -> [RowDescription.Term] {
        try node.strings().map { text in
            let trimmed = text.trimmingCharacters(in: .whitespaces)
            let negative = trimmed.hasPrefix("-") || trimmed.hasPrefix("\u{2212}")
            let id = negative ? String(trimmed.dropFirst()).trimmingCharacters(in: .whitespaces) : trimmed
            return RowDescription.Term(id: id, sign: negative ? -1 : 1)
        }
    }

    static func sign(_ node: YamlNode?) throws -> Int64 {
        guard let node else { return 1 }
        switch MappingReader.normalized(try node.string()) {
        case "som_bokfort", "+", "plus": return 1
        case "omvant", "-", "minus": return -1
        default: throw node.error("Ska vara \"omvänt\" eller \"som bokfört\", men är \"\(try node.string())\".")
        }
    }
}
