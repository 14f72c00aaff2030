/// The board's signatures: optional heading and the place-and-date line, then a grid of
/// signature lines with the printed name and organisation (or party) under each. All of
/// it is kept on one page.
extension BlockBuilder {
    func signatures(_ block: SignatureBlock) -> BlockStack {
        let text = style.text("signatur")
        var slices: [Slice] = []
        var element = 0
        if let heading = block.heading {
            slices += textSlices(heading, style: style.heading(level: 2), role: .heading(level: 2), element: &element)
        }
        if let date = block.dateLine {
            slices += textSlices(date, style: style.text("brödtext"), role: .paragraph, element: &element)
        }
        let columns = max(block.columns, 1)
        let gap = Points.mm(10)
        let cellWidth = (width - gap * Double(columns - 1)) / Double(columns)
        let signingSpace = Points.mm(14)
        for start in stride(from: 0, to: block.signatories.count, by: columns) {
            var items: [PageItem] = []
            var height = Points.zero
            for (offset, signatory) in block.signatories[start..<min(start + columns, block.signatories.count)].enumerated() {
                let x = (cellWidth + gap) * Double(offset)
                // Div → P (name), P (organisation), then the line to sign on: a Figure, or in
                // the digital variant the Form element its signature field belongs to. Read in
                // that order, though the line is drawn above the name.
                let groups = [StructureGroup(.division, element: element)]
                var y = signingSpace + Points(2)
                for (part, (line, lineStyle)) in [(signatory.name, text), (signatory.detail, text.with { $0.font = $0.font.asItalic })].enumerated() where !line.isEmpty {
                    let structure = StructureRef(role: .paragraph, element: element, groups: groups, part: part)
                    for set in typesetter.lines([.text(line)], style: lineStyle, width: cellWidth, alignment: .left, hyphenate: false) {
                        items += typesetter.items(of: set, x: x, y: y, structure: structure)
                        y += set.height
                    }
                }
                let lineRole: StructureRole = signatory.fieldName == nil ? .figure(alternativeText: "Underskriftsrad för \(signatory.name)") : .formField
                let signingLine = StructureRef(role: lineRole, element: element, groups: groups, part: 2)
                items.append(PageItem(.line(from: Point(x: x, y: signingSpace), to: Point(x: x + cellWidth, y: signingSpace), stroke: Stroke(width: Points(0.5), color: text.color)),
                                      structure: signingLine))
                if let field = signatory.fieldName {
                    items.append(PageItem(.signatureField(Rect(x: x, y: .zero, width: cellWidth, height: signingSpace), name: field)))
                }
                element += 1
                height = max(height, y + Points(3))
            }
            slices.append(Slice(height: height, items: items, breakAfter: true))
        }
        return keepTogether([BlockStack(slices: slices, spaceBefore: text.spaceBefore, spaceAfter: text.spaceAfter, elementCount: element)],
                            pageHeight: PageGeometry(style: style).bodyHeight)
    }

    func textSlices(_ string: String, style text: TextStyle, role: StructureRole, element: inout Int) -> [Slice] {
        let structure = StructureRef(role: role, element: element)
        element += 1
        let lines = typesetter.lines([.text(string)], style: text, width: width, alignment: text.alignment == .justified ? .left : text.alignment)
        var slices = lines.map { Slice(height: $0.height, items: typesetter.items(of: $0, x: .zero, y: .zero, structure: structure), breakAfter: false) }
        if !slices.isEmpty { slices[slices.count - 1].height += text.spaceAfter }
        return slices
    }

    /// An absolute block's items at their place on the page (not in the flow).
    func absolute(_ block: AbsoluteBlock) -> [PageItem] {
        var items: [PageItem] = []
        var y = block.y
        for (index, paragraph) in block.paragraphs.enumerated() {
            let text = style.text(paragraph.style)
            let structure = StructureRef(role: .paragraph, element: index)
            let lines = typesetter.lines(paragraph.inlines, style: text, width: block.width, alignment: paragraph.alignment ?? .left)
            for (line, lineItems) in zip(lines, typesetter.items(of: lines, x: block.x, structure: structure)) {
                items += lineItems.map { $0.moved(dx: .zero, dy: y) }
                y += line.height
            }
            y += text.spaceAfter
        }
        return items
    }
}
