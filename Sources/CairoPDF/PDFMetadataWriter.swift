import CCairo
import ReportLayout

/// The PDF's document information: title, author, subject, keywords, creator and a fixed
/// creation date when the document gives one (reproducible output).
enum PDFMetadataWriter {
    static func write(_ metadata: DocumentMetadata, to surface: OpaquePointer) {
        cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_TITLE, metadata.title)
        if !metadata.author.isEmpty { cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_AUTHOR, metadata.author) }
        if !metadata.subject.isEmpty { cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_SUBJECT, metadata.subject) }
        if !metadata.keywords.isEmpty {
            cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_KEYWORDS, metadata.keywords.joined(separator: ", "))
        }
        cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_CREATOR, "finsam-report")
        if let date = metadata.creationDate {
            cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_CREATE_DATE, date)
            cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_MOD_DATE, date)
        }
    }
}

/// PDF bookmarks from the outline entries, nested by level.
enum PDFOutlineWriter {
    static func write(_ outline: [OutlineEntry], to surface: OpaquePointer) {
        var parents: [(level: Int, id: Int32)] = []
        for entry in outline {
            while let last = parents.last, last.level >= entry.level { parents.removeLast() }
            let parent = parents.last?.id ?? Int32(CAIRO_PDF_OUTLINE_ROOT)
            let destination = "page=\(entry.pageIndex + 1) pos=[0 \(entry.y.value)]"
            let id = cairo_pdf_surface_add_outline(surface, parent, entry.title, destination, cairo_pdf_outline_flags_t(0))
            parents.append((entry.level, id))
        }
    }
}
