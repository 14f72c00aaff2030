/// Block quotes (indented, with a rule beside them) and pictures.
extension BlockBuilder {
    /// The quote's indentation; its rule stands in the middle of it.
    private var quoteIndent: Points { style.list.indent }

    /// BlockQuote → the quoted paragraphs and lists, each its own element.
    func quote(_ quote: BlockQuote) throws -> BlockStack {
        let inner = narrowed(by: quoteIndent)
        let group = [StructureGroup(.blockQuote, element: 0)]
        var slices: [Slice] = []
        var previous: BlockStack?
        var element = 1
        for block in quote.blocks {
            let stack = try inner.childStack(block, depth: 0)
            guard !stack.slices.isEmpty else { continue }
            if let previous, let last = slices.indices.last { slices[last].height += max(previous.spaceAfter, stack.spaceBefore) }
            slices += stack.slices.map { $0.nested(in: group, dx: quoteIndent, elementBase: element) }
            element += stack.elementCount
            previous = stack
        }
        let rule = Stroke(width: Points(1.5), color: style.colors["linje"] ?? .black)
        let x = quoteIndent / 2
        slices = slices.map { slice in
            var copy = slice
            copy.items.append(PageItem(.line(from: Point(x: x, y: .zero), to: Point(x: x, y: slice.height), stroke: rule)))
            return copy
        }
        let body = style.text("citat")
        return BlockStack(slices: slices, spaceBefore: body.spaceBefore, spaceAfter: body.spaceAfter, elementCount: element)
    }

    /// A picture at its own size (96 pixels per inch when the file states none), made
    /// smaller to fit the column and at most most of a page's height.
    func image(_ image: ImageBlock) -> BlockStack {
        let body = style.text("brödtext")
        guard image.image.pixelWidth > 0, image.image.pixelHeight > 0 else { return BlockStack(slices: [], elementCount: 0) }
        let pointsPerPixel = 72 / (image.pixelsPerInch ?? 96)
        var size = Size(width: Points(Double(image.image.pixelWidth) * pointsPerPixel), height: Points(Double(image.image.pixelHeight) * pointsPerPixel))
        let maxHeight = PageGeometry(style: style).bodyHeight * 0.8
        let scale = min(1, width.value / size.width.value, maxHeight.value / size.height.value)
        size = Size(width: size.width * scale, height: size.height * scale)
        let rect = Rect(x: body.indent, y: .zero, width: size.width, height: size.height)
        let item = PageItem(.image(rect, image.image), structure: StructureRef(role: .figure(alternativeText: image.alternativeText), element: 0))
        var stack = BlockStack(slices: [Slice(height: size.height, items: [item], breakAfter: true)], spaceBefore: body.spaceBefore, spaceAfter: body.spaceAfter)
        stack.floats = true
        return stack
    }
}
