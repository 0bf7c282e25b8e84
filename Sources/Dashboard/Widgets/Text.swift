/// Fitting text into a width without cutting it into nonsense: an ellipsis marks what is cut.
enum Text {
    static func truncate(_ text: String, _ width: Int, glyphs: Glyphs) -> String {
        guard width > 0 else { return "" }
        guard text.count > width else { return text }
        let mark = glyphs.ellipsis
        guard width > mark.count else { return String(text.prefix(width)) }
        return String(text.prefix(width - mark.count)) + mark
    }

    /// The leading spans that fit `width` whole: a figure is shown whole or not at all. With
    /// `glyphs`, the first span that does not fit is still shown cut with an ellipsis when it
    /// holds no digit (words, not a figure).
    static func wholeSpans(_ spans: [Span], _ width: Int, cuttingWordsWith glyphs: Glyphs? = nil) -> [Span] {
        var room = width
        var kept: [Span] = []
        for span in spans {
            guard span.text.count <= room else {
                if let glyphs, !span.text.contains(where: \.isNumber), span.text.contains(where: { $0 != " " }) {
                    kept.append(Span(truncate(span.text, room, glyphs: glyphs), span.style))
                }
                break
            }
            kept.append(span)
            room -= span.text.count
        }
        return kept
    }

    static func padLeft(_ text: String, _ width: Int) -> String {
        text.count >= width ? text : String(repeating: " ", count: width - text.count) + text
    }

    static func padRight(_ text: String, _ width: Int) -> String {
        text.count >= width ? text : text + String(repeating: " ", count: width - text.count)
    }

    /// Words wrapped to `width`; a word longer than the width is cut.
    static func wrap(_ text: String, _ width: Int) -> [String] {
        guard width > 0 else { return [] }
        var lines: [String] = []
        var current = ""
        for word in text.split(separator: " ", omittingEmptySubsequences: true) {
            let piece = String(word.prefix(width))
            if current.isEmpty {
                current = piece
            } else if current.count + 1 + piece.count <= width {
                current += " " + piece
            } else {
                lines.append(current)
                current = piece
            }
        }
        if !current.isEmpty || lines.isEmpty { lines.append(current) }
        return lines
    }
}

/// A run of text in one style; a line of the detail screen is a list of these.
public struct Span: Hashable, Sendable {
    public var text: String
    public var style: Style

    public init(_ text: String, _ style: Style = .normal) {
        self.text = text
        self.style = style
    }
}

extension Grid {
    /// Draws spans one after another along a line, clipped to `clip`.
    @discardableResult
    mutating func put(_ spans: [Span], x: Int, y: Int, clip: Rect) -> Int {
        var column = x
        for span in spans { column = put(span.text, x: column, y: y, style: span.style, clip: clip) }
        return column
    }
}
