import Foundation

/// The signature fields of a PDF's AcroForm in their order, with their fully qualified
/// names (12.7.3.2) and, when they are signed, the reference of their signature dictionary.
struct SignatureFieldList {
    struct Field {
        var reference: PDFReference
        var dictionary: PDFDictionary
        var name: String
        var signature: PDFReference? { dictionary["V"]?.referenceValue }
    }

    var fields: [Field] = []
    /// The AcroForm dictionary and, when it is an object of its own, its reference.
    var form: PDFDictionary?
    var formReference: PDFReference?

    init(_ file: PDFFile) throws {
        let catalog = try file.dictionary(file.trailer["Root"]!.referenceValue!)
        formReference = catalog["AcroForm"]?.referenceValue
        form = try file.resolve(catalog["AcroForm"])?.dictionaryValue
        var visited: Set<PDFReference> = []
        func walk(_ items: [PDFObject], prefix: String, inheritedType: String?) throws {
            for item in items {
                guard let reference = item.referenceValue, visited.insert(reference).inserted else { continue }
                let dictionary = try file.dictionary(reference)
                let partial = dictionary["T"]?.textValue
                let name = [prefix, partial ?? ""].filter { !$0.isEmpty }.joined(separator: ".")
                let type = dictionary["FT"]?.nameValue ?? inheritedType
                if let kids = try file.resolve(dictionary["Kids"])?.arrayValue, kids.contains(where: { kid in
                    (try? file.dictionary(kid.referenceValue ?? PDFReference(0)))?["T"] != nil
                }) {
                    try walk(kids, prefix: name, inheritedType: type)
                } else if type == "Sig" {
                    fields.append(Field(reference: reference, dictionary: dictionary, name: name))
                }
            }
        }
        try walk(try file.resolve(form?["Fields"])?.arrayValue ?? [], prefix: "", inheritedType: nil)
    }

    /// The field a signer named: its full name, or the name without the organisation in
    /// parentheses ("Anna Berg" for "Anna Berg (Borås stad)") when only one field has it.
    func field(named wanted: String) -> Field? {
        let trimmed = wanted.trimmingCharacters(in: .whitespaces)
        if let exact = fields.first(where: { $0.name == trimmed }) { return exact }
        let byPerson = fields.filter { Self.personName($0.name) == trimmed }
        return byPerson.count == 1 ? byPerson[0] : nil
    }

    static func personName(_ fieldName: String) -> String {
        guard let open = fieldName.firstIndex(of: "(") else { return fieldName }
        return fieldName[..<open].trimmingCharacters(in: .whitespaces)
    }
}
