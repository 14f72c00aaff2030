/// The core's Markdown reader for the document side: texts whose figures the core has
/// already filled in (a tertial report's prose, a member letter's greeting) still need
/// their headings, paragraphs and emphasis read into blocks.
public enum ProseMarkdown {
    public static func parse(_ text: String) -> [ProseBlock] {
        MarkdownReader.parse(text)
    }
}
