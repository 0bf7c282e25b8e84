import Cells

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

extension Text {
    static func width(_ spans: [Span]) -> Int { spans.reduce(0) { $0 + $1.text.count } }

    /// As many whole parts as fit in `width`, from the first: a hint, a mark or a figure is shown
    /// whole or not at all, never cut mid-word.
    static func whole(_ parts: [[Span]], _ width: Int, separator: [Span] = []) -> [Span] {
        var result: [Span] = []
        for part in parts {
            let next = result.isEmpty ? part : result + separator + part
            guard Text.width(next) <= width else { break }
            result = next
        }
        return result
    }

    /// A line of spans wrapped at spaces to `width`, keeping each span's style; lines after the
    /// first are indented two more than the first line's own indent. A word longer than a line
    /// (never a figure at the smallest screen) is cut with an ellipsis.
    static func wrap(_ line: [Span], _ width: Int, glyphs: Glyphs) -> [[Span]] {
        guard width > 0, Text.width(line) > width else { return [line] }
        let leading = line.first.map { $0.text.prefix { $0 == " " }.count } ?? 0
        let indent = String(repeating: " ", count: min(leading + 2, width / 2))
        // Words with the style they are in and the spaces before them (kept within a line, dropped
        // at a break).
        var words: [(text: String, style: Style, spaces: String)] = []
        var pending = ""
        for span in line {
            var current = ""
            for character in span.text {
                if character == " " {
                    if !current.isEmpty { words.append((current, span.style, pending)); current = ""; pending = "" }
                    pending.append(" ")
                } else {
                    current.append(character)
                }
            }
            if !current.isEmpty { words.append((current, span.style, pending)); pending = "" }
        }
        var lines: [[Span]] = []
        var current: [Span] = []
        var used = 0, lineHasWord = false
        for (index, word) in words.enumerated() {
            let separator = index == 0 ? word.spaces : (lineHasWord ? word.spaces : "")
            // A break only where there is a space: `£` and its amount in two spans stay together.
            if lineHasWord && !word.spaces.isEmpty && used + separator.count + word.text.count > width {
                lines.append(current)
                current = [Span(indent)]
                used = indent.count
                lineHasWord = false
                let text = Text.truncate(word.text, width - used, glyphs: glyphs)
                current.append(Span(text, word.style))
                used += text.count
                lineHasWord = true
                continue
            }
            let text = Text.truncate(word.text, max(1, width - used - separator.count), glyphs: glyphs)
            current.append(Span(separator + text, word.style))
            used += separator.count + text.count
            lineHasWord = true
        }
        lines.append(current)
        return lines
    }
}
