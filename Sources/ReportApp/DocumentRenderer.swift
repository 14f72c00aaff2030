import CairoPDF
import Foundation
import PangoText
import PDFFinish
import ReportCore
import ReportLayout

/// Lays out document trees with a named layout and paints them into PDFs, atomically.
/// One instance keeps its fonts and measurement caches for all documents of a run
/// (a tertial report and its eleven letters share every measured word).
public final class DocumentRenderer {
    public let measurer: PangoMeasurer
    public let painter: CairoPainter
    private let layoutsDirectory: String
    private let options: LayoutOptions
    private var styles: [String: LayoutStyle] = [:]
    /// One engine per layout name: an engine loads its hyphenation patterns and keeps its
    /// word widths for its lifetime, so the eleven letters of a tertial report share one.
    private var engines: [String: LayoutEngine] = [:]

    public init(debugBoxes: Bool = false) throws {
        let fonts = try FontSystem()
        measurer = PangoMeasurer(fonts: fonts)
        painter = CairoPainter(fonts: fonts)
        layoutsDirectory = try BundledResources.layoutsDirectory()
        var options = LayoutOptions()
        options.debugBoxes = debugBoxes
        self.options = options
    }

    /// The style `layouts/<name>.yaml`, loaded once.
    public func style(named name: String) throws -> LayoutStyle {
        if let cached = styles[name] { return cached }
        let path = layoutsDirectory + "/" + name + ".yaml"
        guard FileManager.default.fileExists(atPath: path) else {
            throw InputError("Layouten \"\(name)\" finns inte (väntade filen \(path)).", file: path)
        }
        let style = try LayoutStyle.load(path: path)
        styles[name] = style
        return style
    }

    public func layout(_ document: Document, layoutName: String) throws -> LaidOutDocument {
        try engine(named: layoutName).layout(document)
    }

    private func engine(named name: String) throws -> LayoutEngine {
        if let cached = engines[name] { return cached }
        let engine = LayoutEngine(style: try style(named: name), measurer: measurer, options: options)
        engines[name] = engine
        return engine
    }

    /// Writes a laid-out document to `path` through a temporary file.
    public func write(_ laidOut: LaidOutDocument, to path: String) throws {
        try AtomicFileWriter.write(to: path) { temporary in
            try painter.writePDF(laidOut, to: temporary)
            try CatalogLanguage.set(laidOut.metadata.language, inPDFAt: temporary)
        }
    }
}
