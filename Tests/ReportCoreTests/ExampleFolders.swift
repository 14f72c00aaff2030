import Foundation
import XCTest
@testable import ReportCore

/// The example report folders, found from this file's place in the repository.
enum ExampleFolders {
    static var examples: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("examples")
    }

    static func path(_ name: String) -> String { examples.appendingPathComponent(name).path }

    /// A copy of an example folder in a temporary directory, for tests that break it.
    static func copy(_ name: String) throws -> URL {
        let target = FileManager.default.temporaryDirectory.appendingPathComponent("finsam-\(name)-\(UUID().uuidString)")
        try FileManager.default.copyItem(at: examples.appendingPathComponent(name), to: target)
        return target
    }

    static func edit(_ folder: URL, _ file: String, _ transform: (String) -> String, encoding: String.Encoding = .utf8) throws {
        let url = folder.appendingPathComponent(file)
        let text: String
        if file.hasSuffix(".se") {
            let data = try Data(contentsOf: url)
            text = String(decoding: data, as: UTF8.self) == "" ? "" : cp437Decode(data)
            try cp437Encode(transform(text)).write(to: url)
            return
        }
        text = try String(contentsOf: url, encoding: encoding)
        try transform(text).write(to: url, atomically: true, encoding: encoding)
    }

    static let cp437High: [Character] = Array("ÇüéâäàåçêëèïîìÄÅÉæÆôöòûùÿÖÜ¢£¥₧ƒáíóúñÑªº¿⌐¬½¼¡«»░▒▓│┤╡╢╖╕╣║╗╝╜╛┐└┴┬├─┼╞╟╚╔╩╦╠═╬╧╨╤╥╙╘╒╓╫╪┘┌█▄▌▐▀αßΓπΣσµτΦΘΩδ∞φε∩≡±≥≤⌠⌡÷≈°∙·√ⁿ²■\u{00A0}")

    static func cp437Decode(_ data: Data) -> String {
        String(data.map { $0 < 128 ? Character(UnicodeScalar($0)) : cp437High[Int($0) - 128] })
    }

    static func cp437Encode(_ text: String) -> Data {
        Data(text.map { character -> UInt8 in
            if let ascii = character.asciiValue { return ascii }
            return UInt8(128 + (cp437High.firstIndex(of: character) ?? 0))
        })
    }

    static func load(_ name: String) throws -> ReportInputs { try ReportFolder.load(path: path(name)) }
}
