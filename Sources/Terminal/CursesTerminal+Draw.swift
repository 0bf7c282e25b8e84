import CNCurses
import Cells

extension CursesTerminal {
    /// Shows `frame`: writes only the cells that differ from the frame shown before (all of them
    /// the first time and after a resize), then puts the hardware cursor on `frame.cursor`, or
    /// hides it.
    public func draw(_ frame: Frame) {
        guard !isClosed else { return }
        bytesWritten += meter.measure {
            if needsClear {
                // Clears the physical screen on the next update, whatever the terminal kept.
                wclear(window)
                needsClear = false
            } else if shown?.size != frame.grid.size {
                werase(window)
            }
            let screenSize = size
            for run in changedRuns(old: shown, new: frame.grid) {
                paint(run, of: frame.grid, within: screenSize)
            }
            shown = frame.grid
            placeCursor(frame.cursor, within: screenSize)
            wnoutrefresh(window)
            doupdate()
        }.bytes
    }

    private func paint(_ run: CellRun, of grid: Grid, within screenSize: Size) {
        guard run.y < screenSize.height else { return }
        var cell = cchar_t()
        for x in run.x..<min(run.x + run.count, screenSize.width) {
            let content = grid[x, run.y]
            let look = theme.appearance(of: content.style)
            let pair = colorPairs?.pair(look.foreground, look.background) ?? 0
            let text = cellText(content.character, unicode: glyphs.isUnicode)
            setcchar(&cell, text, attributes(of: look), pair, nil)
            // At the bottom-right cell this returns ERR, as the cursor cannot wrap; the cell is
            // still stored, and with scrolling off (the default) nothing scrolls.
            mvwadd_wch(window, Int32(run.y), Int32(x), &cell)
        }
    }

    private func placeCursor(_ cursor: Point?, within screenSize: Size) {
        let visible = cursor.map { Rect(screenSize).contains($0) } ?? false
        if let cursor, visible { wmove(window, Int32(cursor.y), Int32(cursor.x)) }
        // A hidden cursor need not be moved back after each update: fewer bytes per frame.
        leaveok(window, !visible)
        if cursorVisible != visible {
            curs_set(visible ? 1 : 0)
            cursorVisible = visible
        }
    }
}
