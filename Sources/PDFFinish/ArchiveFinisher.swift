import Foundation

/// Turns the PDF Cairo wrote into a PDF/A-2a and PDF/UA-1 file, rewriting it once through
/// libqpdf: what Cairo 1.16 cannot write is added here, and nothing else changes. A
/// function from bytes and facts to bytes: equal input gives equal output (the /ID is
/// computed from the content), and later steps (signature fields) can run on its result.
public enum ArchiveFinisher {
    public static func finish(_ pdf: [UInt8], facts: DocumentFacts) throws -> [UInt8] {
        let file = try QPDFFile(bytes: pdf)
        let date = try ArchiveDate(facts.date)
        try writeInfo(file, facts: facts, date: date)
        try writeCatalog(file, facts: facts, date: date)
        try StructureFinishing(file: file, facts: facts).run()
        try ObjectFinishing.run(file)
        for page in file.pages {
            try markArtifacts(on: page)
            if let annotations = page["/Annots"], !annotations.asArray.isEmpty { page["/Tabs"] = file.parse("/S") }
        }
        try file.check()
        return try file.write()
    }

    /// The Info dictionary, in step with the XMP packet: same title, author, subject,
    /// keywords, tool and dates ("D:" with the time zone).
    private static func writeInfo(_ file: QPDFFile, facts: DocumentFacts, date: ArchiveDate) throws {
        let info: QPDFObject
        if let existing = file.trailer["/Info"] { info = existing } else {
            info = file.parse("<< >>")
            file.trailer["/Info"] = info
        }
        info["/Title"] = file.string(facts.title)
        info["/Author"] = facts.author.isEmpty ? nil : file.string(facts.author)
        info["/Subject"] = facts.subject.isEmpty ? nil : file.string(facts.subject)
        info["/Keywords"] = facts.keywords.isEmpty ? nil : file.string(keywords(facts))
        info["/Creator"] = file.string(creatorTool)
        if info["/Producer"] == nil { info["/Producer"] = file.string("finsam-report") }
        info["/CreationDate"] = file.string(date.pdf)
        info["/ModDate"] = file.string(date.pdf)
        try file.check()
    }

    static let creatorTool = "finsam-report"

    private static func keywords(_ facts: DocumentFacts) -> String { facts.keywords.joined(separator: ", ") }

    /// Language, marked-content flag, the title shown in the window, XMP metadata and the
    /// sRGB output intent every DeviceRGB colour is meant in.
    private static func writeCatalog(_ file: QPDFFile, facts: DocumentFacts, date: ArchiveDate) throws {
        let catalog = file.root
        catalog["/Lang"] = file.string(facts.language)
        catalog["/MarkInfo"] = file.parse("<< /Marked true >>")
        catalog["/ViewerPreferences"] = file.parse("<< /DisplayDocTitle true >>")
        let producer = file.trailer["/Info"]?["/Producer"]?.text ?? "finsam-report"
        let packet = XMPPacket(title: facts.title, author: facts.author, subject: facts.subject, keywords: keywords(facts),
                               language: facts.language, producer: producer, creatorTool: creatorTool, date: date)
        catalog["/Metadata"] = file.stream(Array(packet.text.utf8), dictionary: "<< /Type /Metadata /Subtype /XML >>")
        let profile = file.stream(facts.colorProfile, dictionary: "<< /N 3 >>")
        let intent = file.parse("<< /Type /OutputIntent /S /GTS_PDFA1 /OutputConditionIdentifier (sRGB IEC61966-2.1) /Info (sRGB IEC61966-2.1) /RegistryName (http://www.color.org) >>")
        intent["/DestOutputProfile"] = profile
        let intents = file.parse("[]")
        intents.append(intent)
        catalog["/OutputIntents"] = intents
        try file.check()
    }

    /// The page's content with everything outside marked content wrapped as Artifact.
    private static func markArtifacts(on page: QPDFObject) throws {
        let content = try page.pageContent()
        let marked = ArtifactMarking.marked(content)
        guard marked != content else { return }
        page["/Contents"] = page.file.stream(marked, dictionary: "<< >>")
    }
}
