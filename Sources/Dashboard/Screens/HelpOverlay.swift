import Cells

/// Every key, in a box over whatever screen is showing.
enum HelpOverlay {
    static let entries: [(String, String)] = [
        ("↑ ↓ ← → / h j k l", "move between areas (rows, columns)"),
        ("Enter", "open the selected area (double-click too)"),
        ("Esc / Backspace", "back; close help or search"),
        ("Tab / Shift-Tab", "next / previous view"),
        ("1 2 3 4", "overview, outstanding, board tables, years"),
        ("5 6 7", "themes, decisions, payments"),
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
        ("p", "presentation mode for a projected board walkthrough"),
        ("! / ? / q", "problems in the files on disk / this help / quit"),
    ]

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

    static func draw(_ grid: inout Grid, _ bounds: Rect, glyphs: Glyphs, presenting: Bool = false) {
        let entries = presenting ? presentationEntries : entries
        let keyWidth = entries.map(\.0.count).max() ?? 0
        let textWidth = entries.map(\.1.count).max() ?? 0
        let box = bounds.centred(Size(width: keyWidth + textWidth + 7, height: entries.count + 4))
        grid.fill(box)
        Box.draw(&grid, box, title: "Keys", titleStyle: Style(.title, bold: true), mark: "Esc closes",
                 markStyle: Style(.dim), border: Style(.selectedBorder), glyphs: glyphs)
        let inner = Rect(x: box.x + 2, y: box.y + 2, width: box.width - 4, height: box.height - 3)
        for (offset, entry) in entries.enumerated() {
            let key = glyphs.isUnicode ? entry.0 : entry.0.replacingArrows()
            let x = grid.put(Text.padRight(key, keyWidth), x: inner.x, y: inner.y + offset, style: Style(.header, bold: true), clip: inner)
            grid.put("  " + Text.truncate(entry.1, inner.maxX - x - 2, glyphs: glyphs), x: x, y: inner.y + offset, clip: inner)
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
