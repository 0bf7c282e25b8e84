import Cells
import GrantModel

/// The record/correct form, drawn over the screen: a field per line, its problem beside it.
enum FormOverlay {
    static func draw(_ grid: inout Grid, _ bounds: Rect, _ state: DashboardState, _ form: ReturnForm) -> Point? {
        let glyphs = state.glyphs
        let inner = drawBox(&grid, bounds, state, title: "Record return: ", areaID: form.areaID, year: form.year, quarter: form.quarter,
                            height: 13)
        let labelWidth = 10, fieldWidth = min(24, max(8, inner.width - labelWidth - 2))
        let problems = form.problems
        let underneath = state.grants.map(form.changedUnderneath) ?? []
        var cursor: Point?
        for (offset, field) in ReturnForm.Field.allCases.enumerated() {
            let y = inner.y + offset * 2
            let focused = field == form.focus
            let box = Rect(x: inner.x + labelWidth, y: y, width: fieldWidth, height: 1)
            if let at = drawField(&grid, field.label, form.value(field), in: box, focused: focused, inner: inner, glyphs: glyphs) {
                cursor = at
            }
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
                drawNote(&grid, text, style: style, field: box, inner: inner, glyphs: glyphs)
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
        drawFooter(&grid, message: form.message, keys: ["Enter save", "Tab next field", "Esc cancel", "Ctrl-U clear field"],
                   inner: inner, glyphs: glyphs)
        return cursor
    }

    /// The box over the screen, titled with what it does and the area's quarter; returns the
    /// rectangle inside it. The area's name is cut to keep the year and quarter whole in the title.
    static func drawBox(_ grid: inout Grid, _ bounds: Rect, _ state: DashboardState, title label: String, areaID: AreaID,
                        year: FinancialYear, quarter: Quarter, height: Int) -> Rect {
        let glyphs = state.glyphs
        let box = bounds.centred(Size(width: min(76, bounds.width - 2), height: height))
        let period = " \(year) \(quarter)"
        let areaName = Text.truncate(state.grants?.area(areaID).map { glyphs.text($0.name) } ?? areaID,
                                     max(1, box.width - 6 - label.count - period.count), glyphs: glyphs)
        // The whole band of rows the box stands in is cleared: a figure behind it is then either
        // hidden or whole, never cut off at the box's edge.
        grid.fill(Rect(x: bounds.x, y: box.y, width: bounds.width, height: box.height))
        Box.draw(&grid, box, title: label + areaName + period, titleStyle: Style(.title, bold: true),
                 border: Style(.selectedBorder), glyphs: glyphs)
        return Rect(x: box.x + 2, y: box.y + 2, width: box.width - 4, height: box.height - 3)
    }

    /// A field's label and its value in `box` (the end of a long value, so that the typing shows);
    /// returns where the cursor goes when it is focused.
    static func drawField(_ grid: inout Grid, _ label: String, _ value: String, in box: Rect, focused: Bool, inner: Rect,
                          glyphs: Glyphs) -> Point? {
        grid.put(label, x: inner.x, y: box.y, style: Style(.header, bold: focused), clip: inner)
        let value = glyphs.text(value)
        let shown = value.count >= box.width ? String(value.suffix(box.width - 1)) : value
        grid.put(Text.padRight(shown, box.width), x: box.x, y: box.y, style: Style(.input, reverse: focused), clip: inner)
        return focused ? Point(x: box.x + shown.count, y: box.y) : nil
    }

    /// The form's message (a save under way or refused) and, on the last line, its keys.
    static func drawFooter(_ grid: inout Grid, message: String?, keys: [String], inner: Rect, glyphs: Glyphs) {
        let footerY = inner.maxY - 1
        if let message {
            grid.put(Text.truncate(message, inner.width, glyphs: glyphs), x: inner.x, y: footerY - 1, style: Style(.warning, bold: true), clip: inner)
        }
        let spans = keys.map { [Span($0, Style(.dim))] }
        grid.put(Text.whole(spans, inner.width, separator: [Span(" \(glyphs.middleDot) ", Style(.dim))]), x: inner.x, y: footerY, clip: inner)
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
        grid.fill(Rect(x: bounds.x, y: box.y, width: bounds.width, height: box.height))
        Box.draw(&grid, box, title: "The files on disk have \(state.reloadProblems.count) problem\(state.reloadProblems.count == 1 ? "" : "s")",
                 titleStyle: Style(.danger, bold: true), mark: "Esc closes", markStyle: Style(.dim), border: Style(.selectedBorder), glyphs: state.glyphs)
        let inner = Rect(x: box.x + 2, y: box.y + 2, width: box.width - 4, height: box.height - 3)
        let note = "csdash shows the last good data until they are fixed; it reloads by itself."
        let noteLines = Text.wrap(note, inner.width)
        for (offset, line) in noteLines.enumerated() {
            grid.put(line, x: inner.x, y: inner.y + offset, style: Style(.dim), clip: inner)
        }
        let lines = state.reloadProblems.flatMap { Text.wrap(state.glyphs.text($0.description), inner.width) }
        for (offset, line) in lines.prefix(max(0, inner.height - noteLines.count - 1)).enumerated() {
            grid.put(line, x: inner.x, y: inner.y + noteLines.count + 1 + offset, clip: inner)
        }
    }
}
