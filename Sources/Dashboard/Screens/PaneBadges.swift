import Cells
import GrantModel

/// The quarters' badges of an overview pane in a folder that keeps reviews and payments: each
/// quarter's return, review and payment in symbols and words, as full as the pane has room for.
/// `Q1 ✓ accepted, late 13d · £ paid` where there is room; `Q1 £ paid  Q2 … review` on a narrow
/// pane; quarters alike run together (`Q1-Q4 £ paid`) only when nothing else fits.
enum PaneBadges {
    /// How much each badge says, fullest first.
    enum Detail: CaseIterable {
        /// Review and payment in words, the days a late return took, what a query holds.
        case full
        /// Review and payment in words.
        case medium
        /// One word per quarter: where it has got to.
        case short
    }

    struct Quarterly {
        var quarter: Quarter
        var returnStatus: ReturnStatus
        var row: PaymentRow
    }

    /// One quarter's badge, without its `Q1 ` label.
    static func spans(_ item: Quarterly, _ detail: Detail, currency: Currency, glyphs: Glyphs) -> [Span] {
        let status = item.returnStatus, payment = item.row.status
        var paidOrReady = false, held = false
        switch payment {
        case .paid, .ready: paidOrReady = true
        case .held: held = true
        case .pending: break
        }
        let paymentSpan = Span(Badge.text(payment, currency: currency, glyphs: glyphs, short: detail != .full),
                               Badge.style(payment))
        let dot = Span(" \(glyphs.middleDot) ", Style(.dim))
        guard let review = item.row.review else {
            // Not in (or not due): the return's own badge, and a payment made all the same.
            if detail == .short && paidOrReady { return [paymentSpan] }
            let badge = Span(Badge.text(status, glyphs: glyphs, short: detail == .short), Badge.style(status))
            return paidOrReady ? [badge, dot, paymentSpan] : [badge]
        }
        if detail == .short {
            return paidOrReady ? [paymentSpan] : [Span(Badge.text(review, glyphs: glyphs, short: true), Badge.style(review))]
        }
        var words = Badge.text(review, glyphs: glyphs)
        if detail == .full, let days = status.daysLate { words += ", late \(days)d" }
        var spans = [Span(words, Badge.style(review))]
        if paidOrReady || (detail == .full && held) { spans += [dot, paymentSpan] }
        return spans
    }

    /// The four quarters on one line, the fullest that fits `width`.
    static func line(_ items: [Quarterly], width: Int, currency: Currency, glyphs: Glyphs) -> [Span] {
        for detail in Detail.allCases {
            let line = joined(items.map { labelled($0.quarter, spans($0, detail, currency: currency, glyphs: glyphs)) })
            if Text.width(line) <= width { return line }
        }
        // Quarters that read alike, run together: a year paid in full is `Q1-Q4 £ paid`.
        var runs: [(first: Quarter, last: Quarter, spans: [Span])] = []
        for item in items {
            let badge = spans(item, .short, currency: currency, glyphs: glyphs)
            if let last = runs.last, last.spans == badge {
                runs[runs.count - 1].last = item.quarter
            } else {
                runs.append((item.quarter, item.quarter, badge))
            }
        }
        return joined(runs.map { run in
            let label = run.first == run.last ? "\(run.first)" : "\(run.first)-\(run.last)"
            return [Span(label + " ", Style(.dim))] + run.spans
        })
    }

    /// Two lines, Q1 and Q2 above Q3 and Q4, the second quarter of each in a column of its own;
    /// the fullest detail at which both fit `width`, else nil.
    static func twoLines(_ items: [Quarterly], width: Int, currency: Currency, glyphs: Glyphs) -> [[Span]]? {
        guard items.count == 4 else { return nil }
        for detail in Detail.allCases {
            let badges = items.map { labelled($0.quarter, spans($0, detail, currency: currency, glyphs: glyphs)) }
            let column = max(Text.width(badges[0]), Text.width(badges[2])) + 2
            let lines = [badges[0] + [Span(String(repeating: " ", count: column - Text.width(badges[0])))] + badges[1],
                         badges[2] + [Span(String(repeating: " ", count: column - Text.width(badges[2])))] + badges[3]]
            if lines.allSatisfy({ Text.width($0) <= width }) { return lines }
        }
        return nil
    }

    private static func labelled(_ quarter: Quarter, _ spans: [Span]) -> [Span] {
        [Span("\(quarter) ", Style(.dim))] + spans
    }

    private static func joined(_ badges: [[Span]]) -> [Span] {
        badges.enumerated().flatMap { index, badge in index == 0 ? badge : [Span("  ")] + badge }
    }
}
