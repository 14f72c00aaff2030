import Foundation
import ZIPFoundation

/// An .xlsx workbook as Excel saves it (Office Open XML, ECMA-376): a zip of XML parts.
/// Reads the sheet names, the shared strings and the number formats once; a sheet's cells
/// on request. Nothing is evaluated: a formula's cached result is its value.
public struct XLSXWorkbook {
    /// The sheets in the workbook's order, by name.
    public let sheetNames: [String]
    private let sheetParts: [String: String]
    private let archive: Archive
    private let sharedStrings: [String]
    private let styles: XLSXStyles
    private let system1904: Bool

    /// No part of a workbook the office makes comes near this once unpacked; a larger one
    /// is refused rather than unpacked into memory.
    static let largestPart = 64 * 1024 * 1024

    public init(data: Data) throws {
        guard data.starts(with: [0x50, 0x4B, 0x03, 0x04]) else {
            throw XLSXError("Filen är inte en xlsx-arbetsbok (den är inte en zip-fil). Spara den i Excel som \"Excel-arbetsbok (*.xlsx)\".")
        }
        let archive: Archive
        do {
            archive = try Archive(data: data, accessMode: .read)
        } catch {
            throw XLSXError("Arbetsboken kan inte öppnas: zip-filen är skadad.")
        }
        self.archive = archive
        let workbook = try Self.part("xl/workbook.xml", in: archive)
        let relations = try Self.relations(in: archive)
        var names: [String] = [], parts: [String: String] = [:]
        for sheet in workbook.child("sheets")?.all("sheet") ?? [] {
            guard let name = sheet.attribute("name"), let id = sheet.attribute("id"), let target = relations[id] else { continue }
            names.append(name)
            parts[name] = target
        }
        guard !names.isEmpty else { throw XLSXError("Arbetsboken har inga kalkylblad.") }
        sheetNames = names
        sheetParts = parts
        let flag = workbook.child("workbookPr")?.attribute("date1904")
        system1904 = flag == "1" || flag == "true"
        sharedStrings = try archive["xl/sharedStrings.xml"].map { _ in
            try Self.part("xl/sharedStrings.xml", in: archive).all("si").map(Self.richText)
        } ?? []
        styles = try archive["xl/styles.xml"].map { _ in XLSXStyles(try Self.part("xl/styles.xml", in: archive)) } ?? XLSXStyles()
    }

    /// The sheet called `name` (as on its tab; case must match).
    public func sheet(named name: String) throws -> XLSXSheet {
        guard let path = sheetParts[name] else {
            throw XLSXError("Arbetsboken har inget blad som heter \"\(name)\"; bladen är \(sheetNames.map { "\"\($0)\"" }.joined(separator: ", ")).")
        }
        let root = try Self.part(path, in: archive)
        let reader = SheetReader(sheet: name, sharedStrings: sharedStrings, styles: styles, system1904: system1904)
        return XLSXSheet(name: name, rows: try reader.rows(root.child("sheetData")?.all("row") ?? []))
    }

    /// A string item: plain `<t>`, or rich-text runs `<r><t>` joined; phonetic runs skipped.
    static func richText(_ item: XMLElement) -> String {
        if let plain = item.child("t") { return plain.text }
        return item.all("r").compactMap { $0.child("t")?.text }.joined()
    }

    /// The workbook's relations: id → part path inside the zip.
    private static func relations(in archive: Archive) throws -> [String: String] {
        let root = try part("xl/_rels/workbook.xml.rels", in: archive)
        var targets: [String: String] = [:]
        for relation in root.all("Relationship") {
            guard let id = relation.attribute("Id"), let target = relation.attribute("Target") else { continue }
            targets[id] = target.hasPrefix("/") ? String(target.dropFirst()) : "xl/" + target
        }
        return targets
    }

    static func part(_ path: String, in archive: Archive) throws -> XMLElement {
        guard let entry = archive[path] else {
            throw XLSXError("Arbetsboken är skadad eller inte sparad av Excel: delen \(path) saknas.")
        }
        var data = Data(), tooLarge = false
        do {
            _ = try archive.extract(entry, skipCRC32: false) { chunk in
                tooLarge = data.count + chunk.count > largestPart
                guard !tooLarge else { throw XLSXError("") }
                data.append(chunk)
            }
        } catch {
            throw XLSXError(tooLarge
                ? "Delen \(path) i arbetsboken är större än \(largestPart / 1_048_576) MB uppackad; så stora blad läses inte."
                : "Arbetsboken är skadad: delen \(path) kan inte packas upp.")
        }
        return try XMLElement.parse(data, part: path)
    }
}
