import Foundation
import ReportApp
import ReportCore
import ReportDocuments
import ReportLayout

/// The real documents laid out once per test run, as proofs to review: the three annual
/// reports, the tertial report and one of its letters.
enum TypesetProofs {
    struct Proof {
        var name: String
        var laidOut: LaidOutDocument
        var review: LaidOutTypography
        var bodyFont: FontSpec
        var sourceText: String
    }

    static let annualExamples = ["sjuharad-2024", "nordvastra-2024", "kvarnsjo-2023"]

    /// The three annual reports' proofs.
    static func annualReports() throws -> [Proof] {
        let proofs = try all.get().filter { annualExamples.contains($0.name) }
        guard proofs.count == annualExamples.count else { throw CocoaError(.fileReadCorruptFile) }
        return proofs
    }

    static let all: Result<[Proof], Error> = Result {
        let renderer = try DocumentRenderer()
        var proofs: [Proof] = []
        for example in annualExamples {
            let inputs = try ReportFolder.load(path: "examples/" + example)
            guard let model = AnnualReportBuilder.build(inputs).model else { throw CocoaError(.fileReadCorruptFile) }
            proofs.append(try proof(example, AnnualReportComposer.compose(model), layout: model.layout, renderer: renderer))
        }
        let tertial = try TertialFolder.load(path: "examples/sjuharad-2017-t1")
        guard let model = TertialReportBuilder.build(tertial).model, let letter = model.letters.first else { throw CocoaError(.fileReadCorruptFile) }
        proofs.append(try proof("sjuharad-2017-t1", TertialReportComposer.compose(model), layout: TertialReportComposer.layoutName, renderer: renderer))
        let composed = LetterComposer.compose(letter, reportTitle: model.title, associationName: model.associationName, period: model.period)
        proofs.append(try proof("sjuharad-2017-t1 brev", composed, layout: LetterComposer.layoutName, renderer: renderer))
        return proofs
    }

    /// A new measurer for each caller: its font caches are not shared between tests.
    static func measurer() throws -> TextMeasurer { try DocumentRenderer().measurer }

    private static func proof(_ name: String, _ document: Document, layout: String, renderer: DocumentRenderer) throws -> Proof {
        let laidOut = try renderer.layout(document, layoutName: layout)
        let style = try renderer.style(named: layout)
        let body = style.text("brödtext").font
        let review = LaidOutTypography(laidOut, bodyFont: body, newPageLevels: style.headings.newPageLevels)
        return Proof(name: name, laidOut: laidOut, review: review, bodyFont: body,
                     sourceText: SourceText.of(document.blocks))
    }
}
