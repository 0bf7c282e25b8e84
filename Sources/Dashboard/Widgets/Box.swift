import Cells

/// A bordered box with a title in its top edge and an optional mark at the right of it.
enum Box {
    static func draw(_ grid: inout Grid, _ rect: Rect, title: String, titleStyle: Style, mark: String = "",
                     markStyle: Style = .normal, border: Style, glyphs: Glyphs) {
        guard rect.width >= 2, rect.height >= 2 else { return }
        let h = String(repeating: glyphs.horizontal, count: rect.width - 2)
        grid.put(String(glyphs.topLeft) + h + String(glyphs.topRight), x: rect.x, y: rect.y, style: border)
        grid.put(String(glyphs.bottomLeft) + h + String(glyphs.bottomRight), x: rect.x, y: rect.maxY - 1, style: border)
        for y in (rect.y + 1)..<(rect.maxY - 1) {
            grid.put(String(glyphs.vertical), x: rect.x, y: y, style: border)
            grid.put(String(glyphs.vertical), x: rect.maxX - 1, y: y, style: border)
        }
        let room = rect.width - 4
        guard room > 0 else { return }
        let markText = mark.isEmpty ? "" : " \(mark) "
        let titleRoom = max(0, room - markText.count - 1)
        let shownTitle = Text.truncate(title, titleRoom, glyphs: glyphs)
        grid.put(" \(shownTitle) ", x: rect.x + 1, y: rect.y, style: titleStyle)
        if !markText.isEmpty && markText.count <= room - 1 {
            grid.put(markText, x: rect.maxX - 1 - markText.count, y: rect.y, style: markStyle)
        }
    }
}
