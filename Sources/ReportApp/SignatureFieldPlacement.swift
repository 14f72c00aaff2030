import PDFFinish
import ReportLayout

/// The signature fields layout placed, in PDF user space (origin at the page's lower
/// left), in page and reading order: the order of the signature page.
enum SignatureFieldPlacement {
    static func fields(of document: LaidOutDocument) -> [SignatureFieldSpec] {
        document.pages.enumerated().flatMap { index, page in
            page.items.compactMap { item -> SignatureFieldSpec? in
                guard case let .signatureField(rect, name) = item.content else { return nil }
                let height = page.size.height.value
                return SignatureFieldSpec(name: name, pageIndex: index, x0: rect.minX.value, y0: height - rect.maxY.value,
                                          x1: rect.maxX.value, y1: height - rect.minY.value)
            }
        }
    }
}
