import Cells
/// The part of something longer (or wider) than its window that is in view, as the first line (or
/// column) shown. Every scrolling thing on the dashboard is one: the detail, the documents, the
/// error list, the overview's rows of panes, the outstanding list's rows and the tables' columns,
/// so that paging and its limits are written once.
public struct Viewport: Hashable, Sendable {
    /// The first line in view.
    public private(set) var top: Int

    init(top: Int = 0) { self.top = top }

    /// A scroll that a key asks for.
    enum Move: Hashable, Sendable {
        case lineUp, lineDown, pageUp, pageDown, first, last

        /// The keys every list and scrolling screen shares: arrows and `j` `k`, PgUp PgDn, Home End
        /// and `g` `G`.
        init?(_ key: Key) {
            switch key {
            case .up, .character("k"): self = .lineUp
            case .down, .character("j"): self = .lineDown
            case .pageUp: self = .pageUp
            case .pageDown: self = .pageDown
            case .home, .character("g"): self = .first
            case .end, .character("G"): self = .last
            default: return nil
            }
        }

        /// The shared keys, and Space for the next page, as a pager reads a document.
        init?(reading key: Key) {
            if key == .character(" ") {
                self = .pageDown
            } else {
                self.init(key)
            }
        }

        /// Where the move goes from `position`: a page is `page`, the end is `last`. Not yet
        /// stopped at either end: that is for the mover, which knows its range.
        func position(from position: Int, page: Int, last: Int) -> Int {
            switch self {
            case .lineUp: return position - 1
            case .lineDown: return position + 1
            case .pageUp: return position - page
            case .pageDown: return position + page
            case .first: return 0
            case .last: return last
            }
        }
    }

    /// The furthest useful top for `lines` in a window of `window`: the last lines fill it.
    static func lastTop(lines: Int, window: Int) -> Int { max(0, lines - window) }

    /// Scrolls as `move` asks, a page being `page` lines, and stops at either end.
    mutating func apply(_ move: Move, lines: Int, window: Int, page: Int) {
        let lastTop = Viewport.lastTop(lines: lines, window: window)
        top = move.position(from: top, page: page, last: lastTop)
        clamp(last: lastTop)
    }

    /// Moves by `step`, no further than `last` and not before the start.
    mutating func scroll(by step: Int, last: Int) {
        top += step
        clamp(last: last)
    }

    /// Back in range after what it shows has shrunk or its window has grown.
    mutating func clamp(lines: Int, window: Int) { clamp(last: Viewport.lastTop(lines: lines, window: window)) }

    mutating func clamp(last: Int) { top = max(0, min(top, last)) }

    /// Scrolls as little as possible to bring `line` into a window of `window` lines.
    mutating func keepVisible(_ line: Int, window: Int) {
        if line < top {
            top = line
        } else if line >= top + window {
            top = line - window + 1
        }
    }

    /// The first line to draw: the top, drawn back when the lines have become fewer since.
    func firstLine(lines: Int, window: Int) -> Int { min(top, Viewport.lastTop(lines: lines, window: window)) }
}
