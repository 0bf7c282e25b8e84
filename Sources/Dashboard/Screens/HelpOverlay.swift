import Cells
import GrantModel

/// Every key, then every symbol and status word with its meaning (`Legend`), in a box over
/// whatever screen is showing; it scrolls where it does not all fit.
enum HelpOverlay {
    static let entries: [(String, String)] = [
        ("↑ ↓ ← → / h j k l", "move between areas (rows, columns)"),
        ("Enter", "open the selected area (double-click too)"),
        ("Esc / Backspace", "back; close help or search"),
        ("Tab / Shift-Tab", "next / previous view"),
        ("1 2 3 4", "overview, outstanding, board tables, years"),
        ("5 6 7 8", "themes, decisions, payments, changes"),
        ("/", "find an area by name; n finds the next"),
        ("f / F", "next / previous funder"),
        ("[ ]  < >", "previous / next financial year, quarter"),
        ("PgUp PgDn Home End", "page, first, last"),
        ("← →  (area detail)", "previous / next area"),
        ("← →  (tables)", "scroll the columns that do not all fit"),
        ("a  (outstanding)", "this funder's year / every funder and year"),
        ("t  o  (board tables)", "Table 1 or 2 when both do not fit / forecast columns"),
        ("mouse", "click selects, double-click opens, wheel scrolls"),
        ("e", "record or correct the selected quarter's return"),
        ("A  Q  P", "accept, query the selected return; record a payment"),
        ("u", "undo this session's last save"),
        ("p / B", "board walkthrough / last board's date, for changes"),
        ("! / ? / q", "problems in the files on disk / this help / quit"),
    ]

    /// The keys of the overview and the lists' order and filter.
    static let arrangementEntries: [(String, String)] = [
        ("s / S", "sort the areas: next order / reverse it"),
        ("O", "show only some areas: the next filter"),
    ]

    /// A line of the help: a key or symbol with its meaning, a section's heading, or a gap.
    enum Line: Equatable {
        case entry(String, String)
        case heading(String)
        case gap
    }

    static func lines(glyphs: Glyphs, currency: Currency, presenting: Bool) -> [Line] {
        if presenting { return presentationEntries.map { Line.entry($0.0, $0.1) } }
        return entries.map { Line.entry($0.0, $0.1) } + [.gap, .heading("Sort and filter (overview, outstanding, payments)")]
            + arrangementEntries.map { Line.entry($0.0, $0.1) } + [.gap, .heading("Symbols and words")]
            + Legend.entries(glyphs, currency: currency).map { Line.entry($0.0, $0.1) }
    }

    /// The lines in view in a box on a screen `height` rows tall.
    static func window(height: Int, lineCount: Int) -> Int { max(1, min(lineCount + 4, height) - 4) }

    /// Presentation mode's keys: a page at a time, nothing that edits.
    static let presentationEntries: [(String, String)] = [
        ("Space  n  → ↓  PgDn", "next page"),
        ("p  ← ↑  PgUp  Backspace", "previous page"),
        ("Home / End", "the summary / the outstanding returns"),
        ("1 2 3 ...", "that area's page (10+ areas: Enter or a pause)"),
        ("Esc", "back to the dashboard (not after --present)"),
        ("?", "this help"),
        ("q", "quit"),
    ]

    static func draw(_ grid: inout Grid, _ bounds: Rect, glyphs: Glyphs, currency: Currency = .gbp, presenting: Bool = false,
                     scroll: Int = 0) {
        let lines = self.lines(glyphs: glyphs, currency: currency, presenting: presenting)
        let entries = lines.compactMap { line -> (String, String)? in
            if case .entry(let key, let meaning) = line { return (key, meaning) }
            return nil
        }
        let keyWidth = entries.map(\.0.count).max() ?? 0
        let textWidth = entries.map(\.1.count).max() ?? 0
        let box = bounds.centred(Size(width: keyWidth + textWidth + 7, height: lines.count + 4))
        let window = self.window(height: bounds.height, lineCount: lines.count)
        let top = max(0, min(scroll, lines.count - window))
        grid.fill(box)
        let mark = lines.count > window ? "\(glyphs.isUnicode ? "↑↓" : "j/k") more \(glyphs.middleDot) Esc closes" : "Esc closes"
        Box.draw(&grid, box, title: "Keys", titleStyle: Style(.title, bold: true), mark: mark,
                 markStyle: Style(.dim), border: Style(.selectedBorder), glyphs: glyphs)
        let inner = Rect(x: box.x + 2, y: box.y + 2, width: box.width - 4, height: box.height - 3)
        for (offset, line) in lines.dropFirst(top).prefix(window).enumerated() {
            switch line {
            case .entry(let key, let meaning):
                let shownKey = glyphs.isUnicode ? key : key.replacingArrows()
                let x = grid.put(Text.padRight(shownKey, keyWidth), x: inner.x, y: inner.y + offset, style: Style(.header, bold: true), clip: inner)
                grid.put("  " + Text.truncate(meaning, inner.maxX - x - 2, glyphs: glyphs), x: x, y: inner.y + offset, clip: inner)
            case .heading(let title):
                grid.put(title, x: inner.x, y: inner.y + offset, style: Style(.title, bold: true), clip: inner)
            case .gap:
                break
            }
        }
    }
}

extension String {
    func replacingArrows() -> String {
        var result = ""
        for character in self {
            switch character {
            case "↑": result += "Up"
            case "↓": result += "Dn"
            case "←": result += "Lt"
            case "→": result += "Rt"
            default: result.append(character)
            }
        }
        return result
    }
}
