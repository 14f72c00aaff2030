/// Applies SIE records, one at a time, to the books being read. The identification,
/// chart-of-accounts and balance records live here; vouchers in `SIEVoucherRecords`.
struct SIEBooksBuilder {
    var books = Books()

    /// Returns false when the label is not one this reader uses.
    mutating func apply(_ record: SIERecord) throws -> Bool {
        switch record.label {
        case "#IB", "#UB", "#RES": try applyBalance(record)
        case "#OIB", "#OUB": try applyObjectBalance(record)
        case "#PSALDO", "#PBUDGET": try applyPeriodAmount(record)
        case "#KONTO", "#KTYP", "#ENHET", "#SRU": try applyAccountRecord(record)
        case "#DIM", "#UNDERDIM", "#OBJEKT": try applyDimensionRecord(record)
        case "#RAR":
            let year = FiscalYear(index: try record.yearIndex(1), start: try record.date(2, "start"),
                                  end: try record.date(3, "slut"), line: record.line)
            guard year.start <= year.end else {
                throw record.failure(3, "slut", "#RAR på rad \(record.line): räkenskapsåret slutar (\(year.end)) före det börjar (\(year.start))")
            }
            books.fiscalYears.removeAll { $0.index == year.index }
            books.fiscalYears.append(year)
        default:
            return try applyHeader(record)
        }
        return true
    }

    private mutating func applyHeader(_ record: SIERecord) throws -> Bool {
        switch record.label {
        case "#FLAGGA": books.header.flag = try record.integer(1, "flagga")
        case "#PROGRAM":
            books.header.program = try record.text(1, "programnamn")
            books.header.programVersion = try record.optionalText(2, "version")
        case "#FORMAT": books.header.format = try record.text(1, "format")
        case "#GEN":
            books.header.generated = try record.date(1, "datum")
            books.header.generatedBy = try record.optionalText(2, "sign")
        case "#SIETYP": books.header.sieType = try record.text(1, "typnr")
        case "#FNR": books.header.companyCode = try record.text(1, "företagsid")
        case "#ORGNR": books.header.organisationNumber = try record.text(1, "orgnr")
        case "#FNAMN": books.header.companyName = try record.text(1, "företagsnamn")
        case "#ADRESS":
            books.header.address = PostalAddressRecord(
                contact: try record.optionalText(1, "kontakt") ?? "", street: try record.optionalText(2, "utdelningsadr") ?? "",
                postalTown: try record.optionalText(3, "postadr") ?? "", phone: try record.optionalText(4, "tel") ?? "")
        case "#TAXAR": books.header.taxYear = try record.integer(1, "år")
        case "#KPTYP": books.header.chartOfAccountsType = try record.text(1, "typ")
        case "#VALUTA": books.header.currency = try record.text(1, "valutakod")
        default: return false
        }
        books.header.lines[record.label] = record.line
        return true
    }

    private mutating func applyBalance(_ record: SIERecord) throws {
        let key = YearAccount(year: try record.yearIndex(1), account: try record.account(2))
        let entry = Entry(amount: try record.amount(3, "saldo"), quantity: try record.optionalText(4, "kvantitet"), line: record.line)
        switch record.label {
        case "#IB": books.openingBalances[key] = entry
        case "#UB": books.closingBalances[key] = entry
        default: books.results[key] = entry
        }
    }

    private mutating func applyObjectBalance(_ record: SIERecord) throws {
        let year = try record.yearIndex(1)
        let account = try record.account(2)
        let objects = try record.objects(3)
        guard objects.count == 1, let object = objects.first else {
            throw record.failure(3, "objekt", "\(record.label) fält 3 (objekt) ska ange exakt ett objekt, t.ex. {1 \"3001\"}, men anger \(objects.count)")
        }
        let balance = ObjectBalance(year: year, account: account, object: object, amount: try record.amount(4, "saldo"),
                                    quantity: try record.optionalText(5, "kvantitet"), line: record.line)
        if record.label == "#OIB" { books.objectOpeningBalances.append(balance) } else { books.objectClosingBalances.append(balance) }
    }

    private mutating func applyPeriodAmount(_ record: SIERecord) throws {
        let amount = PeriodAmount(year: try record.yearIndex(1), period: try record.period(2), account: try record.account(3),
                                  objects: try record.objects(4), amount: try record.amount(5, "saldo"),
                                  quantity: try record.optionalText(6, "kvantitet"), line: record.line)
        if record.label == "#PSALDO" { books.periodBalances.append(amount) } else { books.periodBudgets.append(amount) }
    }

    private mutating func applyAccountRecord(_ record: SIERecord) throws {
        let number = try record.account(1)
        var account = books.accounts[number] ?? Account(number: number, name: "", line: record.line)
        switch record.label {
        case "#KONTO":
            account.name = try record.optionalText(2, "kontonamn") ?? ""
            account.line = record.line
        case "#KTYP":
            let text = try record.text(2, "kontotyp")
            guard let kind = Account.Kind(rawValue: text) else {
                throw record.failure(2, "kontotyp", "#KTYP fält 2 (kontotyp) ska vara T (tillgång), S (skuld), K (kostnad) eller I (intäkt), men är \"\(text)\"")
            }
            account.kind = kind
        case "#ENHET": account.unit = try record.text(2, "enhet")
        default: account.sru.append(try record.text(2, "SRU-kod"))
        }
        books.accounts[number] = account
    }

    private mutating func applyDimensionRecord(_ record: SIERecord) throws {
        let dimension = try record.integer(1, "dimensionsnr")
        guard (1...9999).contains(dimension) else {
            throw record.failure(1, "dimensionsnr", "\(record.label) fält 1 (dimensionsnr) ska vara 1–9999, men är \(dimension)")
        }
        switch record.label {
        case "#DIM":
            books.dimensions[dimension] = Dimension(number: dimension, name: try record.optionalText(2, "namn") ?? "", line: record.line)
        case "#UNDERDIM":
            books.dimensions[dimension] = Dimension(number: dimension, name: try record.optionalText(2, "namn") ?? "",
                                                    parent: try record.integer(3, "överdimension"), line: record.line)
        default:
            let id = try record.text(2, "objektnr")
            guard !id.isEmpty else {
                throw record.failure(2, "objektnr", "#OBJEKT fält 2 (objektnr) får inte vara tomt")
            }
            let ref = ObjectRef(dimension: dimension, id: id)
            books.objects[ref] = AccountingObject(ref: ref, name: try record.optionalText(3, "objektnamn") ?? "", line: record.line)
        }
    }
}
