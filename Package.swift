// swift-tools-version:6.0
import PackageDescription

// The pipeline: ReportCore (books → model) → ReportDocuments (model → document tree)
// → ReportLayout (tree → positioned pages) → CairoPDF (pages → PDF). ReportCore must
// never depend on drawing code: `make test` builds it with Cairo and Pango hidden.
let package = Package(
    name: "finsam-report",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "finsam-report", targets: ["finsam-report"]),
        .executable(name: "finsam-bench", targets: ["finsam-bench"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "5.0.0"),
        // CMS signatures for PAdES signing (issue 14): X.509, DER and the keys.
        .package(url: "https://github.com/apple/swift-certificates", from: "1.21.1"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
        .package(url: "https://github.com/apple/swift-asn1", from: "1.7.4"),
        // The preview's local web server (finsam-report forhandsgranska, issue 17).
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        // .xlsx workbooks (issue 17): the zip container; the XML inside is read with FoundationXML.
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
    ],
    targets: [
        .systemLibrary(
            name: "CCairo", pkgConfig: "cairo",
            providers: [.apt(["libcairo2-dev"])]),
        .systemLibrary(
            name: "CPango", pkgConfig: "pangocairo",
            providers: [.apt(["libpango1.0-dev"])]),
        .systemLibrary(
            name: "CQPDF", pkgConfig: "libqpdf",
            providers: [.apt(["libqpdf-dev"])]),
        .target(
            name: "SpreadsheetXLSX",
            dependencies: [.product(name: "ZIPFoundation", package: "ZIPFoundation")]),
        .target(
            name: "ReportCore",
            dependencies: ["SpreadsheetXLSX", .product(name: "Yams", package: "Yams")]),
        .target(
            name: "ReportLayout",
            dependencies: [.product(name: "Yams", package: "Yams")]),
        .target(
            name: "PangoText",
            dependencies: ["ReportLayout", "CPango", "CCairo"]),
        .target(
            name: "CairoPDF",
            dependencies: ["ReportLayout", "PangoText", "CPango", "CCairo"]),
        .systemLibrary(name: "CSystemZlib", pkgConfig: "zlib", providers: [.apt(["zlib1g-dev"])]),
        .target(
            name: "PDFFinish",
            dependencies: [
                "CQPDF", "CSystemZlib",
                .product(name: "X509", package: "swift-certificates"),
                .product(name: "SwiftASN1", package: "swift-asn1"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "_CryptoExtras", package: "swift-crypto"),
            ]),
        .target(
            name: "ReportDocuments",
            dependencies: ["ReportCore", "ReportLayout"]),
        .target(
            name: "ReportApp",
            dependencies: ["ReportCore", "ReportLayout", "ReportDocuments", "PangoText", "CairoPDF", "PDFFinish"]),
        .target(
            name: "ReportPreview",
            dependencies: [
                "ReportApp", "ReportCore", "ReportLayout",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "Logging", package: "swift-log"),
            ]),
        .executableTarget(
            name: "finsam-report",
            dependencies: [
                "ReportApp", "ReportCore", "ReportLayout", "CairoPDF", "PDFFinish", "ReportPreview",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]),
        .executableTarget(
            name: "finsam-bench",
            dependencies: ["ReportApp", "ReportCore", "ReportDocuments", "ReportLayout", "PangoText", "CairoPDF"]),
        // Shared by the tests that break an .xlsx workbook one part at a time.
        .target(
            name: "WorkbookFixtures",
            dependencies: [.product(name: "ZIPFoundation", package: "ZIPFoundation")],
            path: "Tests/WorkbookFixtures"),
        .testTarget(name: "ReportCoreTests", dependencies: ["ReportCore", "SpreadsheetXLSX", "WorkbookFixtures"]),
        .testTarget(name: "ReportLayoutTests", dependencies: ["ReportLayout"]),
        .testTarget(name: "CairoPDFTests", dependencies: ["CairoPDF", "PangoText", "ReportLayout", "PDFFinish"]),
        .testTarget(name: "ReportDocumentsTests", dependencies: ["ReportDocuments", "ReportCore", "ReportLayout"]),
        .testTarget(name: "ReportAppTests", dependencies: ["ReportApp", "ReportCore", "ReportDocuments", "ReportLayout", "PDFFinish", "ReportPreview",
                                                          "WorkbookFixtures"],
                    exclude: ["Signing"]),
        .testTarget(name: "PDFFinishTests", dependencies: ["PDFFinish"]),
    ],
    // Swift 6 language mode, strict concurrency, for every target.
    swiftLanguageModes: [.v6]
)
