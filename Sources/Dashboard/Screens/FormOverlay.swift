/// The record/correct form, drawn over the screen: a field per line, its problem beside it.
enum FormOverlay {
    static func draw(_ grid: inout Grid, _ bounds: Rect, _ state: DashboardState) -> Point? {
        guard let form = state.form else { return nil }
        let glyphs = state.glyphs
        let areaName = state.grants?.area(form.areaID).map { glyphs.text($0.name) } ?? form.areaID
        let box = bounds.centred(Size(width: min(76, bounds.width - 2), height: 13))
        grid.fill(box)
        Box.draw(&grid, box, title: "Record return: \(areaName) \(form.year) \(form.quarter)", titleStyle: Style(.title, bold: true),
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
            let after = inner.x + labelWidth + fieldWidth + 2
            if let clash = form.clashes.first(where: { $0.field == field }) {
                let theirs = "! theirs: " + (clash.theirs.isEmpty ? "(empty)" : glyphs.text(clash.theirs))
                grid.put(Text.truncate(theirs, max(0, inner.maxX - after), glyphs: glyphs), x: after, y: y, style: Style(.danger), clip: inner)
            } else if let problem = problems[field] {
                grid.put("! " + problem, x: after, y: y, style: Style(.danger), clip: inner)
            } else if underneath.contains(field) {
                grid.put("! also changed on disk: Enter asks", x: after, y: y, style: Style(.warning), clip: inner)
            } else if focused {
                grid.put(field.hint, x: after, y: y, style: Style(.dim), clip: inner)
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
        grid.put("Enter save · Tab next field · Ctrl-U clear field · Esc cancel", x: inner.x, y: footerY, style: Style(.dim), clip: inner)
        return cursor
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
