/// The association's bookkeeping as read from a SIE 4 file: a plain value, with the line
/// each fact came from so that every finding can point into the file.
public struct Books: Equatable, Sendable {
    public var header: BooksHeader
    public var fiscalYears: [FiscalYear]
    /// Chart of accounts by account number ("1930").
    public var accounts: [String: Account]
    public var dimensions: [Int: Dimension]
    public var objects: [ObjectRef: AccountingObject]
    /// #IB, #UB and #RES: per year index (0 = this year, −1 = last) and account.
    public var openingBalances: [YearAccount: Entry]
    public var closingBalances: [YearAccount: Entry]
    public var results: [YearAccount: Entry]
    /// #OIB and #OUB: balances of an account on one object.
    public var objectOpeningBalances: [ObjectBalance]
    public var objectClosingBalances: [ObjectBalance]
    /// #PSALDO and #PBUDGET: per month, account and (possibly empty) object list.
    public var periodBalances: [PeriodAmount]
    public var periodBudgets: [PeriodAmount]
    public var vouchers: [Voucher]
    /// The #KSUMMA value when the file carries one.
    public var checksum: Int64?

    public init(
        header: BooksHeader = BooksHeader(), fiscalYears: [FiscalYear] = [], accounts: [String: Account] = [:],
        dimensions: [Int: Dimension] = [:], objects: [ObjectRef: AccountingObject] = [:],
        openingBalances: [YearAccount: Entry] = [:], closingBalances: [YearAccount: Entry] = [:],
        results: [YearAccount: Entry] = [:], objectOpeningBalances: [ObjectBalance] = [],
        objectClosingBalances: [ObjectBalance] = [], periodBalances: [PeriodAmount] = [],
        periodBudgets: [PeriodAmount] = [], vouchers: [Voucher] = [], checksum: Int64? = nil
    ) {
        self.header = header
        self.fiscalYears = fiscalYears
        self.accounts = accounts
        self.dimensions = dimensions
        self.objects = objects
        self.openingBalances = openingBalances
        self.closingBalances = closingBalances
        self.results = results
        self.objectOpeningBalances = objectOpeningBalances
        self.objectClosingBalances = objectClosingBalances
        self.periodBalances = periodBalances
        self.periodBudgets = periodBudgets
        self.vouchers = vouchers
        self.checksum = checksum
    }

    /// Every transaction row of every voucher, as `check` reports it.
    public var transactionCount: Int { vouchers.reduce(0) { $0 + $1.transactions.count } }

    /// The fiscal year with the given index (0 = this year, −1 = last year).
    public func fiscalYear(_ index: Int) -> FiscalYear? { fiscalYears.first { $0.index == index } }
}

/// Identification records: #FLAGGA, #PROGRAM, #FORMAT, #GEN, #SIETYP, #FNR, #ORGNR,
/// #FNAMN, #ADRESS, #TAXAR, #KPTYP, #VALUTA.
public struct BooksHeader: Equatable, Sendable {
    public var flag: Int?
    public var program: String?
    public var programVersion: String?
    public var format: String?
    public var generated: CalendarDate?
    public var generatedBy: String?
    public var sieType: String?
    public var companyCode: String?
    public var organisationNumber: String?
    public var companyName: String?
    public var address: PostalAddressRecord?
    public var taxYear: Int?
    public var chartOfAccountsType: String?
    public var currency: String?
    /// The line of each identification record, by label ("#ORGNR": 5).
    public var lines: [String: Int] = [:]

    public init() {}
}

/// #ADRESS contact "street" "postcode town" "phone".
public struct PostalAddressRecord: Equatable, Sendable {
    public var contact: String
    public var street: String
    public var postalTown: String
    public var phone: String

    public init(contact: String, street: String, postalTown: String, phone: String) {
        self.contact = contact
        self.street = street
        self.postalTown = postalTown
        self.phone = phone
    }
}

/// #RAR index start end.
public struct FiscalYear: Equatable, Sendable {
    public var index: Int
    public var start: CalendarDate
    public var end: CalendarDate
    public var line: Int

    public init(index: Int, start: CalendarDate, end: CalendarDate, line: Int = 0) {
        self.index = index
        self.start = start
        self.end = end
        self.line = line
    }
}

/// #KONTO number "name", with #KTYP, #ENHET and #SRU folded in.
public struct Account: Equatable, Sendable {
    public enum Kind: String, Equatable, Sendable {
        case asset = "T", liability = "S", cost = "K", income = "I"

        public var isBalanceAccount: Bool { self == .asset || self == .liability }
    }

    public var number: String
    public var name: String
    public var kind: Kind?
    public var unit: String?
    public var sru: [String]
    public var line: Int

    public init(number: String, name: String, kind: Kind? = nil, unit: String? = nil, sru: [String] = [], line: Int = 0) {
        self.number = number
        self.name = name
        self.kind = kind
        self.unit = unit
        self.sru = sru
        self.line = line
    }

    /// The account's kind from #KTYP, or from the Swedish chart of accounts' number
    /// classes when the file gives none (1 assets, 2 liabilities and equity, 3 income,
    /// 4–8 costs and financial items).
    public var effectiveKind: Kind {
        if let kind { return kind }
        switch number.first {
        case "1": return .asset
        case "2": return .liability
        case "3": return .income
        default: return .cost
        }
    }
}

/// #DIM number "name" (and #UNDERDIM number "name" parent).
public struct Dimension: Equatable, Sendable {
    public var number: Int
    public var name: String
    public var parent: Int?
    public var line: Int

    public init(number: Int, name: String, parent: Int? = nil, line: Int = 0) {
        self.number = number
        self.name = name
        self.parent = parent
        self.line = line
    }
}

/// A reference to an object in a dimension, e.g. cost centre `{1 "3001"}`.
public struct ObjectRef: Hashable, Comparable, Sendable {
    public var dimension: Int
    public var id: String

    public init(dimension: Int, id: String) {
        self.dimension = dimension
        self.id = id
    }

    public static func < (lhs: ObjectRef, rhs: ObjectRef) -> Bool { (lhs.dimension, lhs.id) < (rhs.dimension, rhs.id) }
}

/// #OBJEKT dimension "id" "name".
public struct AccountingObject: Equatable, Sendable {
    public var ref: ObjectRef
    public var name: String
    public var line: Int

    public init(ref: ObjectRef, name: String, line: Int = 0) {
        self.ref = ref
        self.name = name
        self.line = line
    }
}

public struct YearAccount: Hashable, Comparable, Sendable {
    public var year: Int
    public var account: String

    public init(year: Int, account: String) {
        self.year = year
        self.account = account
    }

    public static func < (lhs: YearAccount, rhs: YearAccount) -> Bool { (lhs.year, lhs.account) < (rhs.year, rhs.account) }
}

/// An amount read from one line of the file (#IB, #UB, #RES).
public struct Entry: Equatable, Sendable {
    public var amount: Money
    public var quantity: String?
    public var line: Int

    public init(amount: Money, quantity: String? = nil, line: Int = 0) {
        self.amount = amount
        self.quantity = quantity
        self.line = line
    }
}

/// #OIB / #OUB year account {object} amount.
public struct ObjectBalance: Equatable, Sendable {
    public var year: Int
    public var account: String
    public var object: ObjectRef
    public var amount: Money
    public var quantity: String?
    public var line: Int

    public init(year: Int, account: String, object: ObjectRef, amount: Money, quantity: String? = nil, line: Int = 0) {
        self.year = year
        self.account = account
        self.object = object
        self.amount = amount
        self.quantity = quantity
        self.line = line
    }
}

/// #PSALDO / #PBUDGET year period account {objects} amount: the month's movement
/// (or budget) on an account, for the whole account when `objects` is empty.
public struct PeriodAmount: Equatable, Sendable {
    public var year: Int
    public var period: YearMonth
    public var account: String
    public var objects: [ObjectRef]
    public var amount: Money
    public var quantity: String?
    public var line: Int

    public init(year: Int, period: YearMonth, account: String, objects: [ObjectRef] = [], amount: Money, quantity: String? = nil, line: Int = 0) {
        self.year = year
        self.period = period
        self.account = account
        self.objects = objects
        self.amount = amount
        self.quantity = quantity
        self.line = line
    }
}

/// #VER series number date "text" regdate sign { #TRANS … }.
public struct Voucher: Equatable, Sendable {
    public var series: String
    public var number: String
    public var date: CalendarDate
    public var text: String
    public var registrationDate: CalendarDate?
    public var signature: String?
    public var transactions: [Transaction]
    public var line: Int

    public init(series: String, number: String, date: CalendarDate, text: String = "", registrationDate: CalendarDate? = nil,
                signature: String? = nil, transactions: [Transaction] = [], line: Int = 0) {
        self.series = series
        self.number = number
        self.date = date
        self.text = text
        self.registrationDate = registrationDate
        self.signature = signature
        self.transactions = transactions
        self.line = line
    }

    /// "A 12", as an accountant names a voucher.
    public var label: String { series.isEmpty ? number : "\(series) \(number)" }

    /// The transactions that count: the #TRANS rows. SIE 4B (2008) added #RTRANS for a row
    /// added after registration ("tillagd") and #BTRANS for a row struck out ("borttagen").
    /// An #RTRANS is always followed by an identical #TRANS so that readers which ignore it
    /// still get the right sum; a #BTRANS has no #TRANS copy. So neither counts on its own.
    public var effectiveTransactions: [Transaction] { transactions.filter { $0.kind == .normal } }
}

/// #TRANS / #RTRANS / #BTRANS account {objects} amount date "text" quantity sign.
public struct Transaction: Equatable, Sendable {
    /// `removed` is #BTRANS (borttagen rad), `added` is #RTRANS (tillagd rad), per SIE 4B.
    public enum Kind: String, Equatable, Sendable { case normal = "TRANS", removed = "BTRANS", added = "RTRANS" }

    public var kind: Kind
    public var account: String
    public var objects: [ObjectRef]
    public var amount: Money
    public var date: CalendarDate?
    public var text: String?
    public var quantity: String?
    public var signature: String?
    public var line: Int

    public init(kind: Kind = .normal, account: String, objects: [ObjectRef] = [], amount: Money, date: CalendarDate? = nil,
                text: String? = nil, quantity: String? = nil, signature: String? = nil, line: Int = 0) {
        self.kind = kind
        self.account = account
        self.objects = objects
        self.amount = amount
        self.date = date
        self.text = text
        self.quantity = quantity
        self.signature = signature
        self.line = line
    }
}
