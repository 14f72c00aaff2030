import ReportCore
import ReportLayout

/// The covering letter to one member: the sender block at the top left, the date above
/// the address, the member's address in the envelope window (absolute positions, outside
/// the flow), then the title and the member's greeting with its own figures. The tertial
/// report itself follows as an enclosure with its own page numbers (see `TertialLetters`).
public enum LetterComposer {
    /// The layout in `layouts/` the letter is set with; its first page's top margin
    /// starts the text below the envelope window.
    public static let layoutName = "brev"

    /// Left edge of the sender block and of the text, as the layout's left margin.
    static let senderPosition = Point(x: .mm(25), y: .mm(18))
    static let dateWidth = Points.mm(80)

    public static func compose(_ letter: MemberLetter, reportTitle: String, associationName: String, period: ReportPeriod) -> Document {
        let metadata = DocumentMetadata(title: "\(reportTitle), brev till \(letter.memberName)", author: associationName,
                                        subject: reportTitle, keywords: ["tertialrapport", "brev", letter.memberName],
                                        creationDate: PDFDate.noon(letter.date))
        var blocks: [Block] = [.absolute(senderBlock(letter)), .absolute(dateBlock(letter)), .absolute(addressBlock(letter))]
        blocks.append(.heading(Heading(level: 1, reportTitle, numbered: false)))
        for part in letter.greeting {
            switch part {
            case .prose(let prose): blocks += ProseComposer.blocks(prose)
            case .table: blocks += TertialLetterFigures.blocks(letter.figures, period: period)
            }
        }
        // The closing line ("Med vänliga hälsningar") stays on the page of the signature under it.
        var closing: Block?
        if case .paragraph = blocks.last { closing = blocks.removeLast() }
        blocks.append(signature(letter, closing: closing))
        blocks.append(.space(.mm(4)))
        blocks.append(.paragraph(Paragraph([.italic("Bilaga: \(reportTitle)")])))
        return Document(metadata: metadata, blocks: blocks)
    }

    /// Room for a handwritten signature above the sender's name and title, kept on one page
    /// with the closing line above it. With the closing's paragraph spacing and the two
    /// lines' leading in the letter layout this leaves about 18 mm of white between the
    /// closing's descenders and the name (15–20 mm is what a signature needs; 18 mm here
    /// gave 21.8 mm of white).
    static let signatureSpace = Points.mm(14)

    static func signature(_ letter: MemberLetter, closing: Block?) -> Block {
        var lines: [Block] = [closing, .space(signatureSpace), .paragraph(Paragraph(letter.senderName, style: "signatur"))].compactMap { $0 }
        if !letter.senderTitle.isEmpty { lines.append(.paragraph(Paragraph(letter.senderTitle, style: "signatur"))) }
        return .keepTogether(lines)
    }

    /// The member's address, one paragraph a line so that no line is ever joined or
    /// hyphenated, in the window's clear area.
    public static func addressBlock(_ letter: MemberLetter) -> AbsoluteBlock {
        let area = EnvelopeWindow.addressArea
        return AbsoluteBlock(x: area.minX, y: area.minY, width: area.size.width,
                             paragraphs: letter.addressLines.map { Paragraph($0, style: "adress", alignment: .left) })
    }

    /// The sender's name and postal address, small, at the top left.
    static func senderBlock(_ letter: MemberLetter) -> AbsoluteBlock {
        let lines = letter.senderAddressLines
        var paragraphs = lines.prefix(1).map { Paragraph([.bold($0)], style: "avsändare", alignment: .left) }
        paragraphs += lines.dropFirst().map { Paragraph($0, style: "avsändare", alignment: .left) }
        let contact = [letter.senderName, letter.senderTitle].filter { !$0.isEmpty }.joined(separator: ", ")
        if !contact.isEmpty { paragraphs.append(Paragraph(contact, style: "avsändare", alignment: .left)) }
        // One line each: an e-mail address is never broken.
        for line in [letter.senderPhone.map { "Telefon \($0)" }, letter.senderEmail.map { "E-post \($0)" }].compactMap({ $0 }) {
            paragraphs.append(Paragraph(line, style: "avsändare", alignment: .left))
        }
        return AbsoluteBlock(x: senderPosition.x, y: senderPosition.y, width: .mm(70), paragraphs: paragraphs)
    }

    /// "Datum" and the letter's date (2017-05-22), aligned with the address above the window.
    static func dateBlock(_ letter: MemberLetter) -> AbsoluteBlock {
        AbsoluteBlock(x: EnvelopeWindow.addressArea.minX, y: senderPosition.y, width: dateWidth,
                      paragraphs: [Paragraph("Datum", style: "avsändare", alignment: .left),
                                   Paragraph(letter.date.description, style: "adress", alignment: .left)])
    }
}
