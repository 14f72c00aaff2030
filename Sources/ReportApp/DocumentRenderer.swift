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
    /// Which characters the bundled fonts can draw (a missing one is refused, never boxed).
    public let coverage: GlyphCoverage
    private let layoutsDirectory: String
    private let options: LayoutOptions
    private var styles: [String: LayoutStyle] = [:]
    /// One engine per layout name: an engine loads its hyphenation patterns and keeps its
    /// word widths for its lifetime, so the eleven letters of a tertial report share one.
    private var engines: [String: LayoutEngine] = [:]
    private var profile: [UInt8]?
    /// The layouts folder as its styles and engines were read (`forgetChangedLayouts`).
    private var layoutStamps: [String: FileStamps.Stamp]?

    public init(debugBoxes: Bool = false) throws {
        let fonts = try FontSystem()
        measurer = PangoMeasurer(fonts: fonts)
        painter = CairoPainter(fonts: fonts)
        coverage = GlyphCoverage(fonts: fonts)
        layoutsDirectory = try BundledResources.layoutsDirectory()
        var options = LayoutOptions()
        options.debugBoxes = debugBoxes
        self.options = options
    }

    /// Drops the parsed layouts and their engines when a file of the layouts folder changed
    /// since they were read, so a kept renderer (the preview's session) sets the next
    /// document with the edited layout and hyphenation list.
    public func forgetChangedLayouts() {
        let now = FileStamps.of(layoutsDirectory)
        if let layoutStamps, layoutStamps != now {
            styles = [:]
            engines = [:]
        }
        layoutStamps = now
    }

    /// The style `layouts/<name>.yaml`, loaded once (until `forgetChangedLayouts`).
    public func style(named name: String) throws -> LayoutStyle {
        if let cached = styles[name] { return cached }
        if layoutStamps == nil { layoutStamps = FileStamps.of(layoutsDirectory) }
        let path = layoutsDirectory + "/" + name + ".yaml"
        guard FileManager.default.fileExists(atPath: path) else {
            throw InputError("Layouten \"\(name)\" finns inte (väntade filen \(path)).", file: path)
        }
        let style = try LayoutStyle.load(path: path)
        styles[name] = style
        return style
    }

    public func layout(_ document: Document, layoutName: String) throws -> LaidOutDocument {
        let laidOut = try engine(named: layoutName).layout(document)
        try MissingGlyphs.check(laidOut, coverage: coverage)
        return laidOut
    }

    private func engine(named name: String) throws -> LayoutEngine {
        if let cached = engines[name] { return cached }
        let engine = LayoutEngine(style: try style(named: name), measurer: measurer, options: options)
        engines[name] = engine
        return engine
    }

    /// Writes a laid-out document to `path` through a temporary file: painted by Cairo,
    /// then finished as PDF/A-2a and PDF/UA-1 (with the digital variant's signature fields).
    public func write(_ laidOut: LaidOutDocument, to path: String) throws {
        try AtomicFileWriter.write(to: path) { temporary in
            let painted = try painter.writePDF(laidOut, to: temporary)
            let url = URL(fileURLWithPath: temporary)
            let facts = try facts(laidOut, painted)
            let finished = try ArchiveFinisher.finish([UInt8](try Data(contentsOf: url)), facts: facts)
            try ArchiveVerification.check(finished, path: path, laidOut: laidOut)
            try Data(finished).write(to: url)
        }
    }

    private func facts(_ laidOut: LaidOutDocument, _ painted: PaintedStructure) throws -> DocumentFacts {
        let metadata = laidOut.metadata
        return DocumentFacts(title: metadata.title, author: metadata.author, subject: metadata.subject, keywords: metadata.keywords,
                             language: metadata.language, date: metadata.creationDate, linkTexts: painted.linkTexts,
                             figureAlternativeTexts: painted.figureAlternativeTexts, colorProfile: try colorProfile(),
                             signatureFields: SignatureFieldPlacement.fields(of: laidOut))
    }

    /// The sRGB ICC profile shipped in `color/`, read once.
    private func colorProfile() throws -> [UInt8] {
        if let cached = profile { return cached }
        let folder = try BundledResources.locate(folder: "color", containing: "sRGB.icc", environmentVariable: "FINSAM_COLOR")
        let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: folder + "/sRGB.icc")))
        profile = bytes
        return bytes
    }
}
