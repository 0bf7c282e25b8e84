import Cells
import GrantModel

/// A piece of a presentation page: so many rows, drawn into a rectangle that high and the
/// page's width. Pages are stacks of these, top-aligned, so that on every area page the same
/// figure stands in the same place as the presenter steps through.
struct PageBlock {
    var height: Int
    /// Columns it needs to be drawn whole (large figures); text blocks fit any width.
    var width = 0
    /// Blocks that do not fit a short page are left out, the highest number first; 0 always stays.
    var priority = 0
    var draw: (inout Grid, Rect) -> Void

    static func gap(_ rows: Int = 1, priority: Int = 9) -> PageBlock {
        PageBlock(height: rows, priority: priority) { _, _ in }
    }

    /// One line of spans, cut with an ellipsis rather than mid-word into nonsense.
    static func line(_ spans: [Span], glyphs: Glyphs) -> PageBlock {
        PageBlock(height: 1) { grid, rect in
            grid.put(Presenting.fitted(spans, rect.width, glyphs: glyphs), x: rect.x, y: rect.y, clip: rect)
        }
    }

    /// Text wrapped to the page's width: a sentence is shown whole or not at all.
    static func wrapped(_ text: String, width: Int, style: Style, priority: Int = 0) -> PageBlock {
        let lines = Presenting.lines(text, width)
        return PageBlock(height: lines.count, priority: priority) { grid, rect in
            for (offset, line) in lines.enumerated() {
                grid.put(line, x: rect.x, y: rect.y + offset, style: style, clip: rect)
            }
        }
    }

    /// A line across the page, indented a space and wrapped rather than cut. Reversed
    /// (`.presentAlert`) it marks an overdue return, which holds up payment.
    static func band(_ text: String, width: Int, style: Style = Style(.presentAlert), priority: Int = 0) -> PageBlock {
        let lines = Presenting.lines(text, width - 2)
        return PageBlock(height: lines.count, priority: priority) { grid, rect in
            grid.fill(rect, style: style)
            for (offset, line) in lines.enumerated() {
                grid.put(" " + line, x: rect.x, y: rect.y + offset, style: style, clip: rect)
            }
        }
    }
}

/// Shared pieces and wording of the presentation pages.
enum Presenting {
    static let plain = Style(.present)
    static let strong = Style(.presentStrong)

    /// Lays blocks out from the top of `rect`, leaving out the least needed ones until the rest
    /// fit, and whole blocks only: never half a figure.
    static func stack(_ blocks: [PageBlock], in rect: Rect, _ grid: inout Grid) {
        var kept = blocks
        while kept.map(\.height).reduce(0, +) > rect.height,
              let drop = kept.indices.filter({ kept[$0].priority > 0 })
                  .max(by: { (kept[$0].priority, $0) < (kept[$1].priority, $1) }) {
            kept.remove(at: drop)
        }
        var y = rect.y
        for block in kept {
            guard y + block.height <= rect.maxY else { break }
            block.draw(&grid, Rect(x: rect.x, y: y, width: rect.width, height: block.height))
            y += block.height
        }
    }

    /// Whether a page's large layout shows in full in `rect`; otherwise it is drawn in ordinary text.
    static func fits(_ blocks: [PageBlock], in rect: Rect) -> Bool {
        blocks.allSatisfy { $0.width <= rect.width } && blocks.map(\.height).reduce(0, +) <= rect.height
    }

    /// `text` as it is when it fits (keeping the spaces that align columns), else wrapped.
    static func lines(_ text: String, _ width: Int) -> [String] {
        text.count <= width ? [text] : Text.wrap(text, max(1, width))
    }

    /// Spans cut to `width`: first the span `cutting` names (a name), so that the marks after it
    /// stay whole; then the last one shortened with an ellipsis.
    static func fitted(_ spans: [Span], _ width: Int, glyphs: Glyphs, cutting text: Int? = nil) -> [Span] {
        var spans = spans
        // The text span given is cut first, so that the marks after it stay whole.
        let overflow = spans.reduce(0) { $0 + $1.text.count } - width
        if let text, overflow > 0, spans.indices.contains(text) {
            spans[text].text = Text.truncate(spans[text].text, max(1, spans[text].text.count - overflow), glyphs: glyphs)
        }
        var result: [Span] = []
        var room = width
        for span in spans {
            guard room > 0 else { break }
            let text = Text.truncate(span.text, room, glyphs: glyphs)
            result.append(Span(text, span.style))
            room -= text.count
        }
        return result
    }

    /// `6 December 2016`: a board paper's date.
    static func date(_ day: Day) -> String { day.fullDescription }

    static func days(_ count: Int) -> String { "\(count) day\(count == 1 ? "" : "s")" }

    static func dash(_ glyphs: Glyphs) -> String { glyphs.isUnicode ? "—" : "-" }

    /// A return's status in words for the board: `✓ received 13 days late`, `✗ OVERDUE 37 days`.
    static func words(_ status: ReturnStatus, glyphs: Glyphs) -> String {
        switch status {
        case .received: return "\(glyphs.tick) received"
        case .late(let days): return "\(glyphs.tick) received \(self.days(days)) late"
        case .notDue: return "\(glyphs.dot) not due yet"
        case .due: return "due now"
        case .overdue(let days): return "\(glyphs.cross) OVERDUE \(self.days(days))"
        }
    }

    /// `, 2 overdue: payment held` after a count of returns outstanding; `, 2 overdue, 1 with
    /// payment held` when an overdue quarter's instalment was paid already; nothing when none is overdue.
    static func overduePhrase(overdue: Int, held: Int) -> String {
        guard overdue > 0 else { return "" }
        if held == overdue { return ", \(overdue) overdue: payment held" }
        return ", \(overdue) overdue" + (held > 0 ? ", \(held) with payment held" : "")
    }

    /// `Q2 RETURN OVERDUE 37 DAYS — PAYMENT HELD`, or for a return not yet late, when it is due.
    /// `held`: the quarter's payment is held (`DashboardState.isPaymentHeld`); an overdue return
    /// whose instalment was paid already holds nothing up.
    static func outstandingLine(_ quarter: Quarter, _ status: ReturnStatus, due: Day, held: Bool, glyphs: Glyphs) -> String? {
        switch status {
        case .overdue(let days):
            return "\(quarter) RETURN OVERDUE \(self.days(days).uppercased()) \(dash(glyphs)) \(held ? "PAYMENT HELD" : "INSTALMENT PAID")"
        case .due: return "\(quarter) RETURN DUE BY \(date(due).uppercased()) \(dash(glyphs)) NOT YET OVERDUE"
        default: return nil
        }
    }
}
