import Cells
import GrantModel

/// The area detail's "Forecast at Qn" block: the run-rate outturn, the underspend (or overspend),
/// the carry forward it implies, and the flag in a symbol and a word. It sits beside the key
/// figures when the screen is wide enough, so the forecast is in view with them on a projector;
/// otherwise under them.
enum ForecastBlock {
    /// `thresholdPercent` nil: the funder's (`position.thresholds`).
    static func lines(_ position: AreaPosition, currency: Currency, glyphs: Glyphs, thresholdPercent: Int? = nil) -> [[Span]] {
        let quarter = position.period.quarter
        let divide = glyphs.isUnicode ? "÷" : "/", times = glyphs.isUnicode ? "×" : "x"
        guard let forecast = position.forecast(thresholdPercent: thresholdPercent) else {
            let heading = [Span("Forecast at \(quarter)", Style(.title, bold: true)),
                           Span("   run rate: spend \(divide) \(quarter.rawValue) \(times) 4", Style(.dim))]
            return [heading, [Span("no forecast: the return standing at \(quarter) does not state spend", Style(.dim))]]
        }
        // Carried figures are scaled from the quarter they come from, and say so (in as few
        // columns as before, so that the block still fits beside the key figures).
        let basis = forecast.basis
        var heading = [Span("Forecast at \(quarter)", Style(.title, bold: true))]
        if forecast.isFromCarriedFigures {
            heading += [Span(" from \(basis) figures", Style(.warning, bold: true)), Span("   spend \(divide) \(basis.rawValue) \(times) 4", Style(.dim))]
        } else {
            heading.append(Span("   run rate: spend \(divide) \(basis.rawValue) \(times) 4", Style(.dim)))
        }
        let share = forecast.shareText
        let rows: [(String, Money, String, Style)] = [
            ("outturn", forecast.outturn, "", Style(.spend, bold: true)),
            forecast.isOverspend
                ? ("overspend", -forecast.underspend, share.map { "\($0) over total" } ?? "", Style(.danger, bold: true))
                : ("underspend", forecast.underspend, share.map { "\($0) of total" } ?? "",
                   forecast.isFlagged ? Style(.warning, bold: true) : Style(.header, bold: true)),
            ("implied carry forward", forecast.impliedCarryForward, "into \(position.period.year.next)", Style(.header, bold: true)),
        ]
        let labelWidth = rows.map(\.0.count).max() ?? 0
        let moneyWidth = rows.map { glyphs.money($0.1, currency).count }.max() ?? 0
        var lines = [heading]
        lines += rows.map { label, amount, note, style in
            [Span(Text.padRight(label, labelWidth) + "  ", Style(.dim)), Span(Text.padLeft(glyphs.money(amount, currency), moneyWidth), style),
             Span(note.isEmpty ? "" : "  " + note, Style(.dim))]
        }
        if forecast.isFlagged {
            lines.append([Span("\(glyphs.alert) FLAGGED: underspend over the \(forecast.thresholdPercent)% threshold", Style(.warning, bold: true))])
        } else if forecast.isOverspend {
            lines.append([Span("\(glyphs.cross) OVERSPEND forecast", Style(.danger, bold: true))])
        } else {
            lines.append([Span("\(glyphs.tick) not flagged: underspend within \(forecast.thresholdPercent)%", Style(.good))])
        }
        return lines
    }

    /// `right` beside `left` (four spaces apart) when both fit in `width`; else under it, after a
    /// blank line.
    static func beside(_ left: [[Span]], _ right: [[Span]], width: Int) -> [[Span]] {
        func length(_ line: [Span]) -> Int { line.reduce(0) { $0 + $1.text.count } }
        let leftWidth = left.map(length).max() ?? 0
        let rightWidth = right.map(length).max() ?? 0
        guard leftWidth + 4 + rightWidth <= width else { return left + [[]] + right }
        return (0..<max(left.count, right.count)).map { row in
            let leftLine = row < left.count ? left[row] : []
            let rightLine = row < right.count ? right[row] : []
            guard !rightLine.isEmpty else { return leftLine }
            return leftLine + [Span(String(repeating: " ", count: leftWidth + 4 - length(leftLine)))] + rightLine
        }
    }
}
