/// What one revision of a PDF changed, object by object, and whether each change is one a
/// signer allows after signing: a signature, a new or newly signed signature field with its
/// appearance, the form's signature flags. Anything else (a page added, page content,
/// page tree, other objects) is reported as not allowed, the way validators judge it.
public struct RevisionChange: Sendable, Equatable {
    public var description: String
    public var allowed: Bool
}

enum LaterChanges {
    /// The changes of the revision ending at `end`, against the revision ending at `previousEnd`.
    static func changes(in bytes: [UInt8], previousEnd: Int, end: Int) throws -> [RevisionChange] {
        let old = try PDFFile(bytes: Array(bytes[0..<previousEnd]))
        let new = try PDFFile(bytes: Array(bytes[0..<end]))
        let numbers = new.sections[0].entries.keys.sorted()
        let appearance = try appearanceObjects(in: new, numbers: Set(numbers), old: old)
        let pages = try PageTree.pages(of: new)
        var changes: [RevisionChange] = []
        for number in numbers where !appearance.contains(number) {
            if let change = try classify(number, old: old, new: new, pages: pages) { changes.append(change) }
        }
        return changes
    }

    private static func classify(_ number: Int, old: PDFFile, new: PDFFile, pages: [PDFReference]) throws -> RevisionChange? {
        let before = old.location(of: number).flatMap { $0 == .free ? nil : $0 } != nil ? try old.object(number) : nil
        guard let after = try new.object(number) else {
            // The head of the free list (object 0) is in every xref section; not a change.
            return before == nil ? nil : RevisionChange(description: "objekt \(number) borttaget", allowed: false)
        }
        let sameData = try old.stream(number)?.data == (try new.stream(number)?.data)
        if after == before, sameData { return nil }
        let dictionary = after.dictionaryValue ?? PDFDictionary()
        let type = dictionary["Type"]?.nameValue
        if type == "XRef" { return nil }
        if type == "Sig" || type == "DocTimeStamp" { return RevisionChange(description: "ny signatur (objekt \(number))", allowed: true) }
        if dictionary["FT"]?.nameValue == "Sig" {
            let name = dictionary["T"]?.textValue ?? "?"
            if before == nil { return RevisionChange(description: "nytt underskriftsfält \"\(name)\"", allowed: true) }
            let wasEmpty = before?.dictionaryValue?["V"] == nil
            let changed = changedKeys(before?.dictionaryValue, dictionary)
            return RevisionChange(description: "underskriftsfältet \"\(name)\" undertecknat",
                                  allowed: wasEmpty && changed.isSubset(of: ["V", "AP"]))
        }
        if number == new.trailer["Root"]?.referenceValue?.number {
            let changed = changedKeys(before?.dictionaryValue, dictionary)
            return RevisionChange(description: "katalogen: \(changed.sorted().joined(separator: ", "))",
                                  allowed: changed.isSubset(of: ["AcroForm", "Perms", "DSS", "Extensions"]))
        }
        if number == new.trailer["Info"]?.referenceValue?.number {
            let changed = changedKeys(before?.dictionaryValue, dictionary)
            return RevisionChange(description: "dokumentinformationen: \(changed.sorted().joined(separator: ", "))",
                                  allowed: changed.isSubset(of: ["ModDate", "Producer"]))
        }
        if let index = pages.firstIndex(of: PDFReference(number)) {
            guard let previous = before?.dictionaryValue else { return RevisionChange(description: "sida \(index + 1) tillagd", allowed: false) }
            let changed = changedKeys(previous, dictionary)
            let onlyAnnotations = changed == ["Annots"]
            let addsOnlyFields = try onlyAnnotations && addedAnnotationsAreSignatureFields(previous, dictionary, new: new, old: old)
            return RevisionChange(description: addsOnlyFields ? "sida \(index + 1): underskriftsfält tillagt" : "sida \(index + 1) ändrad",
                                  allowed: addsOnlyFields)
        }
        if type == "Pages" { return RevisionChange(description: "sidträdet ändrat (sidor tillagda eller borttagna)", allowed: false) }
        if dictionary["Fields"] != nil || dictionary["SigFlags"] != nil {
            let changed = changedKeys(before?.dictionaryValue, dictionary)
            return RevisionChange(description: "formuläret: \(changed.sorted().joined(separator: ", "))",
                                  allowed: changed.isSubset(of: ["Fields", "SigFlags", "DR", "DA"]))
        }
        let what = type.map { "/\($0)" } ?? (after.dictionaryValue == nil ? "värde" : "ordlista eller ström")
        return RevisionChange(description: before == nil ? "nytt objekt \(number) (\(what))" : "objekt \(number) (\(what)) ändrat", allowed: false)
    }

    /// Keys whose values differ between two versions of a dictionary.
    static func changedKeys(_ old: PDFDictionary?, _ new: PDFDictionary) -> Set<String> {
        let keys = Set((old?.entries.map(\.key) ?? []) + new.entries.map(\.key))
        return keys.filter { normalized(old?[$0]) != normalized(new[$0]) }
    }

    /// A value with every string as its text, so that a string re-encoded (literal to hex,
    /// PDFDocEncoding to UTF-16) by a later writer is not taken for a change.
    static func normalized(_ value: PDFObject?) -> PDFObject? {
        switch value {
        case .string?, .hexString?: return .string(Array((value?.textValue ?? "").utf8))
        case .array(let items)?: return .array(items.compactMap(normalized))
        case .dictionary(let dictionary)?:
            return .dictionary(PDFDictionary(dictionary.entries.compactMap { key, item in normalized(item).map { (key, $0) } }))
        default: return value
        }
    }

    private static func addedAnnotationsAreSignatureFields(_ old: PDFDictionary, _ new: PDFDictionary, new file: PDFFile, old oldFile: PDFFile) throws -> Bool {
        let before = Set((try oldFile.resolve(old["Annots"])?.arrayValue ?? []).compactMap(\.referenceValue))
        let after = (try file.resolve(new["Annots"])?.arrayValue ?? []).compactMap(\.referenceValue)
        guard before.isSubset(of: Set(after)) else { return false }
        return try after.filter { !before.contains($0) }.allSatisfy { try file.dictionary($0)["FT"]?.nameValue == "Sig" }
    }

    /// New objects reachable from the appearance (/AP) of the signature fields this
    /// revision writes: appearance streams, their fonts and images.
    private static func appearanceObjects(in file: PDFFile, numbers: Set<Int>, old: PDFFile) throws -> Set<Int> {
        var found: Set<Int> = []
        func visit(_ value: PDFObject) throws {
            switch value {
            case .reference(let reference):
                guard numbers.contains(reference.number), old.location(of: reference.number) == nil,
                      found.insert(reference.number).inserted, let object = try file.object(reference) else { return }
                try visit(object)
            case .array(let items): for item in items { try visit(item) }
            case .dictionary(let dictionary): for (_, item) in dictionary.entries { try visit(item) }
            default: break
            }
        }
        for number in numbers {
            guard let field = try file.object(number)?.dictionaryValue, field["FT"]?.nameValue == "Sig", let ap = field["AP"] else { continue }
            try visit(ap)
        }
        return found
    }
}
