import Foundation
import ReportCore
import ReportDocuments
import ReportLayout

/// The render use case: report folder in, PDF files out, written atomically. Books and
/// inputs are checked first; when a check fails nothing is written.
public struct ReportRenderer {
    public var debugBoxes: Bool

    public init(debugBoxes: Bool = false) { self.debugBoxes = debugBoxes }

    /// Renders the folder into `outputDirectory` and returns the paths written.
    public func render(folder: String, outputDirectory: String) throws -> [String] {
        let kind = try ReportKind.detect(folder: folder)
        let renderer = try DocumentRenderer(debugBoxes: debugBoxes)
        let name = URL(fileURLWithPath: folder).standardizedFileURL.lastPathComponent
        switch kind {
        case .plainDocument:
            let plain = try PlainDocumentReader.load(folder: folder)
            let laidOut = try renderer.layout(PlainDocumentComposer.compose(plain), layoutName: plain.layout)
            let path = outputDirectory + "/" + name + ".pdf"
            try renderer.write(laidOut, to: path)
            return [path]
        case .annualReport:
            return try AnnualReportRender.render(folder: folder, name: name, outputDirectory: outputDirectory) { renderer }
        case .tertialReport:
            return try TertialRender.render(folder: folder, outputDirectory: outputDirectory, period: nil, renderer: renderer,
                                           debugBoxes: debugBoxes).paths
        }
    }
}
