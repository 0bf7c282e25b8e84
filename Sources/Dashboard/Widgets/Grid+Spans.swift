import Cells

extension Grid {
    /// Each row as spans of its characters, one span per run of a style, trailing blanks left
    /// out: a widget drawn into a grid of its own becomes lines of a scrolling document.
    var spanLines: [[Span]] {
        (0..<size.height).map { y in
            var last = size.width
            while last > 0 && self[last - 1, y] == .blank { last -= 1 }
            var spans: [Span] = []
            for x in 0..<last {
                let cell = self[x, y]
                if let previous = spans.last, previous.style == cell.style {
                    spans[spans.count - 1].text.append(cell.character)
                } else {
                    spans.append(Span(String(cell.character), cell.style))
                }
            }
            return spans
        }
    }
}
