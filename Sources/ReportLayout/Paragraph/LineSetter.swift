/// One set line: text runs relative to the line's top left (origin.y is the baseline),
/// the link areas on it, and its height.
struct SetLine {
    var runs: [TextRun]
    var links: [(Rect, LinkTarget)]
    /// For each run, the index in `links` of the link it is the text of (runs break where a link starts or ends).
    var runLinks: [Int?] = []
    var height: Points
    var width: Points
    /// The line ends at a hyphen: the word goes on in the next line.
    var hyphenated = false
}

/// Positions the boxes of each line chosen by the line breaker: glue set by the line's
/// adjustment ratio when justified, natural otherwise; runs grouped by font.
struct LineSetter {
    let paragraph: ParagraphItems
    let width: Double
    let alignment: TextAlignment
    let leading: Points
    let baseline: Points

    private struct Word {
        var text: String
        var x: Double
        var width: Double
        var font: FontSpec
        var color: Color
        var link: LinkTarget?
        var spaceBefore: Bool
    }

    func lines(breaks: [Int]) -> [SetLine] {
        var lines: [SetLine] = []
        var start = 0
        for (number, breakIndex) in breaks.enumerated() {
            let isLast = number == breaks.count - 1
            lines.append(setLine(from: start, to: breakIndex, isLast: isLast))
            start = breakIndex + 1
            while start < paragraph.items.count, paragraph.items[start].kind != .box { start += 1 }
        }
        return lines
    }

    private func setLine(from start: Int, to end: Int, isLast: Bool) -> SetLine {
        let items = paragraph.items
        // A last line keeps natural spaces but may shrink, as the breaker allowed.
        let ratio = alignment != .justified ? 0 : isLast ? min(adjustmentRatio(from: start, to: end), 0) : adjustmentRatio(from: start, to: end)
        var words: [Word] = []
        var x = 0.0
        var spaceBefore = false
        for index in start..<end {
            let item = items[index]
            switch item.kind {
            case .box:
                let piece = paragraph.pieces[item.piece]
                if !spaceBefore, var last = words.last, last.font == piece.font, last.link == piece.link {
                    last.text += piece.text
                    last.width += item.width
                    words[words.count - 1] = last
                } else {
                    words.append(Word(text: piece.text, x: x, width: item.width, font: piece.font, color: piece.color, link: piece.link, spaceBefore: spaceBefore))
                }
                x += item.width
                spaceBefore = false
            case .glue:
                x += item.width + (ratio >= 0 ? ratio * item.stretch : ratio * item.shrink)
                spaceBefore = true
            case .penalty:
                break
            }
        }
        if items[end].kind == .penalty, items[end].width > 0, !words.isEmpty {
            words[words.count - 1].text += "-"
            words[words.count - 1].width += items[end].width
            x += items[end].width
        }
        let shift: Double
        switch alignment {
        case .right: shift = width - x
        case .center: shift = (width - x) / 2
        default: shift = 0
        }
        let (links, wordLinks) = links(of: words, shift: shift)
        let (runs, runLinks) = runs(of: words, links: wordLinks, shift: shift)
        return SetLine(runs: runs, links: links, runLinks: runLinks, height: leading, width: Points(x),
                       hyphenated: items[end].kind == .penalty && items[end].flagged)
    }

    private func adjustmentRatio(from start: Int, to end: Int) -> Double {
        var natural = 0.0, stretch = 0.0, shrink = 0.0
        for item in paragraph.items[start..<end] where item.kind != .penalty {
            natural += item.width
            stretch += item.stretch
            shrink += item.shrink
        }
        if paragraph.items[end].kind == .penalty { natural += paragraph.items[end].width }
        if natural < width { return stretch > 0 ? min((width - natural) / stretch, 3) : 0 }
        return shrink > 0 ? max((width - natural) / shrink, -1) : 0
    }

    /// Consecutive words in one font and colour, and in the same link or none, share a run;
    /// justified lines keep one segment per word, other lines join words with single spaces
    /// into one segment.
    private func runs(of words: [Word], links: [Int?], shift: Double) -> ([TextRun], [Int?]) {
        var runs: [TextRun] = []
        var runLinks: [Int?] = []
        for (word, link) in zip(words, links) {
            let segmentX = Points(word.x + shift)
            if var run = runs.last, run.font == word.font, run.color == word.color, runLinks.last == link {
                let relative = segmentX - run.origin.x
                if alignment != .justified, word.spaceBefore, var last = run.segments.last {
                    last.text += " " + word.text
                    last.width = relative + Points(word.width) - last.x
                    run.segments[run.segments.count - 1] = last
                } else {
                    run.segments.append(TextSegment(text: word.text, x: relative, width: Points(word.width)))
                }
                runs[runs.count - 1] = run
            } else {
                let origin = Point(x: segmentX, y: baseline)
                runs.append(TextRun(origin: origin, font: word.font, color: word.color, segments: [TextSegment(text: word.text, x: .zero, width: Points(word.width))]))
                runLinks.append(link)
            }
        }
        return (runs, runLinks)
    }

    /// The link areas, and for each word the index of the area it lies in.
    private func links(of words: [Word], shift: Double) -> ([(Rect, LinkTarget)], [Int?]) {
        var result: [(Rect, LinkTarget)] = []
        var wordLinks: [Int?] = []
        var previous: Word?
        for word in words {
            defer { previous = word }
            guard let link = word.link else {
                wordLinks.append(nil)
                continue
            }
            let rect = Rect(x: Points(word.x + shift), y: .zero, width: Points(word.width), height: leading)
            if let last = result.last, last.1 == link, previous?.link == link, rect.minX - last.0.maxX < Points(word.font.size.value) {
                result[result.count - 1].0.size.width = rect.maxX - last.0.minX
            } else {
                result.append((rect, link))
            }
            wordLinks.append(result.count - 1)
        }
        return (result, wordLinks)
    }
}
