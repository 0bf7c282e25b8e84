import Cells

/// The record/correct form, drawn over the screen: a field per line, its problem beside it.
enum FormOverlay {
    static func draw(_ grid: inout Grid, _ bounds: Rect, _ state: DashboardState, _ form: ReturnForm) -> Point? {
        let glyphs = state.glyphs
        let box = bounds.centred(Size(width: min(76, bounds.width - 2), height: 13))
        // The area's name is cut to keep the year and quarter whole in the title.
        let period = " \(form.year) \(form.quarter)", label = "Record return: "
        let areaName = Text.truncate(state.grants?.area(form.areaID).map { glyphs.text($0.name) } ?? form.areaID,
                                     max(1, box.width - 6 - label.count - period.count), glyphs: glyphs)
        grid.fill(box)
        Box.draw(&grid, box, title: label + areaName + period, titleStyle: Style(.title, bold: true),
                 border: Style(.selectedBorder), glyphs: glyphs)
        let inner = Rect(x: box.x + 2, y: box.y + 2, width: box.width - 4, height: box.height - 3)
        let labelWidth = 10, fieldWidth = min(24, max(8, inner.width - labelWidth - 2))
        let problems = form.problems
        let underneath = state.grants.map(form.changedUnderneath) ?? []
        var cursor: Point?
        for (offset, field) in ReturnForm.Field.allCases.enumerated() {
            let y = inner.y + offset * 2
            let focused = field == form.focus
            grid.put(field.label, x: inner.x, y: y, style: Style(.header, bold: focused), clip: inner)
            let value = glyphs.text(form.value(field))
            let shown = value.count >= fieldWidth ? String(value.suffix(fieldWidth - 1)) : value
            grid.put(Text.padRight(shown, fieldWidth), x: inner.x + labelWidth, y: y, style: Style(.input, reverse: focused), clip: inner)
            if focused { cursor = Point(x: inner.x + labelWidth + shown.count, y: y) }
            let note: (String, Style)?
            if let clash = form.clashes.first(where: { $0.field == field }) {
                note = ("! theirs: " + (clash.theirs.isEmpty ? "(empty)" : glyphs.text(clash.theirs)), Style(.danger))
            } else if let problem = problems[field] {
                note = ("! " + problem, Style(.danger))
            } else if underneath.contains(field) {
                note = ("! also changed on disk: Enter asks", Style(.warning))
            } else {
                note = focused ? (field.hint, Style(.dim)) : nil
            }
            if let (text, style) = note {
                drawNote(&grid, text, style: style, field: Rect(x: inner.x + labelWidth, y: y, width: fieldWidth, height: 1), inner: inner, glyphs: glyphs)
            }
        }
        let footerY = inner.maxY - 1
        if let clash = form.askedClash {
            // Someone else saved this field since the form opened: both values, and a question.
            let question = "\(clash.field.label) was saved meanwhile by \(glyphs.text(clash.changedBy))"
            grid.put(Text.truncate(question, inner.width, glyphs: glyphs), x: inner.x, y: footerY - 2, style: Style(.warning, bold: true), clip: inner)
            let both = "theirs: \(clash.theirs.isEmpty ? "(empty)" : glyphs.text(clash.theirs)) · yours: \(clash.mine.isEmpty ? "(empty)" : glyphs.text(clash.mine))"
            grid.put(Text.truncate(both, inner.width, glyphs: glyphs), x: inner.x, y: footerY - 1, style: Style(.warning, bold: true), clip: inner)
            grid.put("t keep theirs · m use mine · Esc cancel", x: inner.x, y: footerY, style: Style(.dim), clip: inner)
            return cursor
        }
        if let message = form.message {
            grid.put(Text.truncate(message, inner.width, glyphs: glyphs), x: inner.x, y: footerY - 1, style: Style(.warning, bold: true), clip: inner)
        }
        let keys = ["Enter save", "Tab next field", "Esc cancel", "Ctrl-U clear field"].map { [Span($0, Style(.dim))] }
        grid.put(Text.whole(keys, inner.width, separator: [Span(" \(glyphs.middleDot) ", Style(.dim))]), x: inner.x, y: footerY, clip: inner)
        return cursor
    }

    /// A field's hint or problem: beside the field on its line and the blank line under it,
    /// wrapped at spaces; under the field when there is no room beside it; cut with `…` only
    /// when even that is too little.
    static func drawNote(_ grid: inout Grid, _ text: String, style: Style, field: Rect, inner: Rect, glyphs: Glyphs) {
        let besideX = field.maxX + 2, beside = inner.maxX - besideX
        guard beside >= 16 else {
            grid.put(Text.truncate(text, inner.maxX - field.x, glyphs: glyphs), x: field.x, y: field.y + 1, style: style, clip: inner)
            return
        }
        var lines = Text.wrap(text, beside)
        if lines.count > 2 { lines = [lines[0], Text.truncate(lines[1...].joined(separator: " "), beside, glyphs: glyphs)] }
        for (offset, line) in lines.enumerated() {
            grid.put(line, x: besideX, y: field.y + offset, style: style, clip: inner)
        }
    }
}

/// The problems found when the files changed on disk, while the last good data stays on screen.
enum ProblemsOverlay {
    static func draw(_ grid: inout Grid, _ bounds: Rect, _ state: DashboardState) {
        let box = bounds.inset(by: 2)
        guard box.width > 10, box.height > 4 else { return }
        grid.fill(box)
        Box.draw(&grid, box, title: "The files on disk have \(state.reloadProblems.count) problem\(state.reloadProblems.count == 1 ? "" : "s")",
                 titleStyle: Style(.danger, bold: true), mark: "Esc closes", markStyle: Style(.dim), border: Style(.selectedBorder), glyphs: state.glyphs)
        let inner = Rect(x: box.x + 2, y: box.y + 2, width: box.width - 4, height: box.height - 3)
        let note = "csdash shows the last good data until they are fixed; it reloads by itself."
        grid.put(Text.truncate(note, inner.width, glyphs: state.glyphs), x: inner.x, y: inner.y, style: Style(.dim), clip: inner)
        let lines = state.reloadProblems.flatMap { Text.wrap(state.glyphs.text($0.description), inner.width) }
        for (offset, line) in lines.prefix(inner.height - 2).enumerated() {
            grid.put(line, x: inner.x, y: inner.y + 2 + offset, clip: inner)
        }
    }
}
