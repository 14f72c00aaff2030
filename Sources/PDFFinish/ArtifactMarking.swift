/// Wraps every drawing that lies outside all marked content in `/Artifact BMC … EMC`
/// (ISO 14289-1 7.1: content is either real content in the structure tree or an
/// artifact). The painter leaves running headers, footers, page numbers, initials boxes,
/// rules and shading outside every tag; this pass names them. A wrap opens before the
/// first operator that starts a drawing (a path, a text object, an image, a shading) and
/// closes before the next marked-content sequence or at the end, so it never splits a
/// path or a text object.
enum ArtifactMarking {
    /// Operators that begin something drawn: path construction, text objects, XObjects,
    /// shadings and inline images.
    static let drawingStarts: Set<String> = ["m", "re", "BT", "Do", "sh", "BI", "S", "s", "f", "F", "f*", "B", "B*", "b", "b*"]

    static func marked(_ content: [UInt8]) -> [UInt8] {
        let stream = ContentStream(content)
        var output: [UInt8] = []
        output.reserveCapacity(content.count + 256)
        var copied = 0
        var depth = 0
        var inText = false
        var wrapping = false
        func insert(_ text: String, at offset: Int) {
            output += content[copied..<offset]
            copied = offset
            output += Array(text.utf8)
        }
        for operation in stream.operations {
            switch operation.operator {
            case "BDC", "BMC":
                if wrapping, depth == 0, !inText {
                    insert("EMC\n", at: operation.range.lowerBound)
                    wrapping = false
                }
                depth += 1
            case "EMC": depth = max(depth - 1, 0)
            default:
                if depth == 0, !wrapping, !inText, drawingStarts.contains(operation.operator) {
                    insert("/Artifact BMC\n", at: operation.range.lowerBound)
                    wrapping = true
                }
            }
            if operation.operator == "BT" { inText = true }
            if operation.operator == "ET" { inText = false }
        }
        output += content[copied...]
        if wrapping { output += Array("\nEMC\n".utf8) }
        return output
    }
}
