/// The document's XMP metadata (ISO 16684-1): Dublin Core title, creator, description
/// and language, the XMP dates and tool, the PDF producer and keywords (each equal to
/// its Info entry, ISO 19005-2 6.6.3), the PDF/A identification (part 2, conformance A)
/// and the PDF/UA one (part 1) with the extension schema PDF/A asks for any schema
/// outside its predefined list (ISO 19005-2 6.6.2.3).
struct XMPPacket {
    var title: String
    var author: String
    var subject: String
    var keywords: String
    var language: String
    var producer: String
    var creatorTool: String
    var date: ArchiveDate

    /// Level A: the file is tagged with standard structure types throughout, which is
    /// what level A adds to level U (Unicode text), and `verify` checks both.
    static let conformance = "A"

    var text: String {
        var lines = [
            "<?xpacket begin=\"\u{FEFF}\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>",
            "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">",
            "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">",
            "<rdf:Description rdf:about=\"\"",
            "  xmlns:dc=\"http://purl.org/dc/elements/1.1/\"",
            "  xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\"",
            "  xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\"",
            "  xmlns:pdfaid=\"http://www.aiim.org/pdfa/ns/id/\"",
            "  xmlns:pdfuaid=\"http://www.aiim.org/pdfua/ns/id/\"",
            "  xmlns:pdfaExtension=\"http://www.aiim.org/pdfa/ns/extension/\"",
            "  xmlns:pdfaSchema=\"http://www.aiim.org/pdfa/ns/schema#\"",
            "  xmlns:pdfaProperty=\"http://www.aiim.org/pdfa/ns/property#\">",
            "<dc:format>application/pdf</dc:format>",
            "<dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">\(escaped(title))</rdf:li></rdf:Alt></dc:title>",
        ]
        if !author.isEmpty { lines.append("<dc:creator><rdf:Seq><rdf:li>\(escaped(author))</rdf:li></rdf:Seq></dc:creator>") }
        if !subject.isEmpty {
            lines.append("<dc:description><rdf:Alt><rdf:li xml:lang=\"x-default\">\(escaped(subject))</rdf:li></rdf:Alt></dc:description>")
        }
        lines.append("<dc:language><rdf:Bag><rdf:li>\(escaped(language))</rdf:li></rdf:Bag></dc:language>")
        if !keywords.isEmpty { lines.append("<pdf:Keywords>\(escaped(keywords))</pdf:Keywords>") }
        lines += [
            "<pdf:Producer>\(escaped(producer))</pdf:Producer>",
            "<xmp:CreatorTool>\(escaped(creatorTool))</xmp:CreatorTool>",
            "<xmp:CreateDate>\(date.xmp)</xmp:CreateDate>",
            "<xmp:ModifyDate>\(date.xmp)</xmp:ModifyDate>",
            "<xmp:MetadataDate>\(date.xmp)</xmp:MetadataDate>",
            "<pdfaid:part>2</pdfaid:part>",
            "<pdfaid:conformance>\(Self.conformance)</pdfaid:conformance>",
            "<pdfuaid:part>1</pdfuaid:part>",
        ]
        lines += Self.extensionSchema
        lines += ["</rdf:Description>", "</rdf:RDF>", "</x:xmpmeta>", "<?xpacket end=\"r\"?>"]
        return lines.joined(separator: "\n") + "\n"
    }

    /// pdfuaid described for PDF/A, as ISO 14289-1 (5) gives it.
    private static let extensionSchema = [
        "<pdfaExtension:schemas><rdf:Bag><rdf:li rdf:parseType=\"Resource\">",
        "<pdfaSchema:schema>PDF/UA Universal Accessibility Schema</pdfaSchema:schema>",
        "<pdfaSchema:namespaceURI>http://www.aiim.org/pdfua/ns/id/</pdfaSchema:namespaceURI>",
        "<pdfaSchema:prefix>pdfuaid</pdfaSchema:prefix>",
        "<pdfaSchema:property><rdf:Seq><rdf:li rdf:parseType=\"Resource\">",
        "<pdfaProperty:name>part</pdfaProperty:name>",
        "<pdfaProperty:valueType>Integer</pdfaProperty:valueType>",
        "<pdfaProperty:category>internal</pdfaProperty:category>",
        "<pdfaProperty:description>Indicates, which part of ISO 14289 standard is followed</pdfaProperty:description>",
        "</rdf:li></rdf:Seq></pdfaSchema:property>",
        "</rdf:li></rdf:Bag></pdfaExtension:schemas>",
    ]

    private func escaped(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
    }
}
