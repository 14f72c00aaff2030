/// The page objects in page order, from the page tree's /Kids (7.7.3.2).
enum PageTree {
    static func pages(of file: PDFFile) throws -> [PDFReference] {
        let catalog = try file.dictionary(file.trailer["Root"]!.referenceValue!)
        guard let root = catalog["Pages"]?.referenceValue else { throw PDFSyntaxError("katalogen saknar /Pages", at: 0) }
        var pages: [PDFReference] = []
        var visited: Set<PDFReference> = []
        func walk(_ reference: PDFReference) throws {
            guard visited.insert(reference).inserted else { return }
            let node = try file.dictionary(reference)
            if node["Type"]?.nameValue == "Pages" || node["Kids"] != nil {
                for kid in try file.resolve(node["Kids"])?.arrayValue ?? [] {
                    if let kid = kid.referenceValue { try walk(kid) }
                }
            } else {
                pages.append(reference)
            }
        }
        try walk(root)
        return pages
    }
}
