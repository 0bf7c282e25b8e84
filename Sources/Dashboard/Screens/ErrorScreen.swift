import Cells

/// When the data folder cannot be shown: every problem, file:line:column, and how to leave.
enum ErrorScreen {
    static func draw(_ grid: inout Grid, _ layout: ScreenLayout, _ state: DashboardState, _ shown: ErrorView) {
        let errors = state.diagnostics.filter { $0.severity == .error }
        let body = Rect(x: layout.body.x + 1, y: layout.body.y, width: layout.body.width - 2, height: layout.body.height)
        let title = "\(state.glyphs.cross) \(state.glyphs.text(state.folder)) has \(errors.count) problem\(errors.count == 1 ? "" : "s"): fix the files and csdash reloads them."
        grid.put(Text.truncate(title, body.width, glyphs: state.glyphs), x: body.x, y: body.y, style: Style(.danger, bold: true), clip: body)
        let lines = self.lines(state, width: body.width)
        let listRect = Rect(x: body.x, y: body.y + 2, width: body.width, height: body.height - 2)
        let scroll = shown.lines.firstLine(lines: lines.count, window: listRect.height)
        for (offset, line) in lines.dropFirst(scroll).prefix(listRect.height).enumerated() {
            grid.put(line, x: listRect.x, y: listRect.y + offset, clip: listRect)
        }
    }
}

extension ErrorScreen {
    static func lines(_ state: DashboardState, width: Int) -> [String] {
        state.diagnostics.flatMap { Text.wrap(state.glyphs.text($0.description), width) }
    }

    /// The lines and the room for them, as `draw` lays them out, so that no key press is lost past the end.
    static func lineCount(_ state: DashboardState) -> Int {
        lines(state, width: ScreenLayout(state.size).body.width - 2).count
    }

    static func window(_ size: Size) -> Int { ScreenLayout(size).body.height - 2 }
}

/// Below the minimum size: say so plainly rather than draw a broken screen.
enum TooSmallScreen {
    static func draw(_ grid: inout Grid, _ size: Size) {
        let minimum = ScreenLayout.minimumSize
        Message.draw(&grid, Rect(size), ["Enlarge the terminal", "csdash needs \(minimum.width)x\(minimum.height)", "this is \(size.width)x\(size.height)", "q quits"])
    }
}
