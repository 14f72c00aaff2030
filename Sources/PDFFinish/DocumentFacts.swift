/// What the finishing step needs to know about a document that the PDF Cairo wrote does
/// not say (or cannot say): its metadata in full, and the texts of its structure.
public struct DocumentFacts: Sendable, Equatable {
    public var title: String
    public var author: String
    public var subject: String
    public var keywords: [String]
    /// BCP 47, "sv-SE".
    public var language: String
    /// The document's date, "2025-02-03T12:00:00", Swedish local time; nil: now.
    public var date: String?
    /// The text of each Link element, in structure order (a link's /Contents).
    public var linkTexts: [String]
    /// The alternative text of each Figure element, in structure order.
    public var figureAlternativeTexts: [String]
    /// The ICC profile of the sRGB output intent.
    public var colorProfile: [UInt8]
    /// The digital variant's signature fields, in the order of the tree's Form elements.
    public var signatureFields: [SignatureFieldSpec]

    public init(title: String, author: String = "", subject: String = "", keywords: [String] = [], language: String = "sv-SE",
                date: String? = nil, linkTexts: [String] = [], figureAlternativeTexts: [String] = [], colorProfile: [UInt8],
                signatureFields: [SignatureFieldSpec] = []) {
        self.title = title
        self.author = author
        self.subject = subject
        self.keywords = keywords
        self.language = language
        self.date = date
        self.linkTexts = linkTexts
        self.figureAlternativeTexts = figureAlternativeTexts
        self.colorProfile = colorProfile
        self.signatureFields = signatureFields
    }
}
