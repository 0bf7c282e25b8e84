import Cells
import GrantModel

/// The accept, query and pay forms, drawn over the screen as the return form is: what is being
/// decided on at the top, a field per line with its problem or hint beside it, the keys below.
enum ReviewPaymentOverlay {
    static func draw(_ grid: inout Grid, _ bounds: Rect, _ state: DashboardState, _ form: ReviewPaymentForm) -> Point? {
        let glyphs = state.glyphs
        let inner = FormOverlay.drawBox(&grid, bounds, state, title: form.kind.title + ": ", areaID: form.areaID, year: form.year,
                                        quarter: form.quarter, height: 2 * form.fields.count + 8)
        for (offset, line) in context(form, state, width: inner.width).enumerated() {
            grid.put(line, x: inner.x, y: inner.y + offset, clip: inner)
        }
        let labelWidth = 10
        let problems = form.problems
        var cursor: Point?
        for (offset, field) in form.fields.enumerated() {
            let y = inner.y + 3 + offset * 2
            let focused = field == form.focus
            // A query is a sentence: its field takes the width, and its note goes under it.
            let width = field == .query ? max(8, inner.width - labelWidth) : min(24, max(8, inner.width - labelWidth - 2))
            let box = Rect(x: inner.x + labelWidth, y: y, width: width, height: 1)
            if let at = FormOverlay.drawField(&grid, field.label, form.value(field), in: box, focused: focused, inner: inner, glyphs: glyphs) {
                cursor = at
            }
            if let problem = problems[field] {
                FormOverlay.drawNote(&grid, "! " + problem, style: Style(.danger), field: box, inner: inner, glyphs: glyphs)
            } else if focused {
                FormOverlay.drawNote(&grid, field.hint, style: Style(.dim), field: box, inner: inner, glyphs: glyphs)
            }
        }
        let save: String
        switch form.kind {
        case .accept: save = "Enter accept"
        case .query: save = "Enter save query"
        case .pay: save = "Enter save payment"
        }
        FormOverlay.drawFooter(&grid, message: form.message, keys: [save, "Tab next field", "Esc cancel", "Ctrl-U clear field"],
                               inner: inner, glyphs: glyphs)
        return cursor
    }

    /// Two lines above the fields: the return and its review so far, or the instalment and what
    /// the area has been paid in the year. Figures are shown whole or not at all; a query is cut.
    static func context(_ form: ReviewPaymentForm, _ state: DashboardState, width: Int) -> [[Span]] {
        guard let grants = state.grants else { return [] }
        let glyphs = state.glyphs
        let separator = [Span(" \(glyphs.middleDot) ", Style(.dim))]
        func money(_ value: Money) -> String { glyphs.money(value, form.currency) }
        func part(_ label: String, _ figure: String) -> [Span] { [Span(label, Style(.dim)), Span(figure, Style(.header, bold: true))] }
        switch form.kind {
        case .accept, .query:
            let item = grants.monitoringReturn(for: form.areaID, in: form.year, quarter: form.quarter)
            var facts = [part("received ", item?.received?.longDescription ?? glyphs.unknown)]
            if let planned = item?.planned { facts.append(part("planned ", money(planned))) }
            if let spend = item?.spend { facts.append(part("spend ", money(spend))) }
            let review: [Span]
            if let reviewed = item?.review, reviewed.outcome == .queried {
                let said = Span("\(Badge.text(.queried, glyphs: glyphs)) \(reviewed.date.longDescription): ", Style(.danger, bold: true))
                let query = Text.truncate(glyphs.text(reviewed.query.replacingNewlines()), max(0, width - said.text.count), glyphs: glyphs)
                review = [said, Span(query, Style(.danger))]
            } else if let reviewed = item?.review {
                review = [Span("\(Badge.text(.accepted, glyphs: glyphs)) \(reviewed.date.longDescription)", Style(.good))]
            } else {
                review = [Span("not reviewed yet", Style(.dim))]
            }
            return [Text.whole(facts, width, separator: separator), Text.whole([review], width)]
        case .pay:
            let payment = grants.payment(for: form.areaID, in: form.year, quarter: form.quarter)
            let instalment: [Span]
            if let payment, let paid = payment.paid {
                instalment = part("paid ", "\(money(payment.amount)) on \(paid.longDescription)")
            } else if let payment {
                instalment = part("scheduled ", money(payment.amount))
            } else {
                instalment = [Span("no instalment scheduled", Style(.dim))]
            }
            let total = grants.allocation(for: form.areaID, in: form.year)?.total ?? .zero
            let paid = part("\(form.year) paid to date ", money(grants.paid(to: form.areaID, in: form.year, asOf: state.asOf)))
            return [Text.whole([instalment], width), Text.whole([paid, part("of ", money(total))], width, separator: [Span(" ")])]
        }
    }
}
