import Cells
import GrantModel

/// What every symbol and status word on the screens means, drawn by the same functions the screens
/// draw them with (`Glyphs`, `Badge`, `AreaPane`), so that the legend shows them as they are.
enum Legend {
    /// The symbols, then each badge of a return, a review and a payment, then the panes' words.
    static func entries(_ glyphs: Glyphs, currency: Currency) -> [(String, String)] {
        let marks = Glyphs.Mark.allCases.map { (glyphs.text(of: $0), meaning($0)) }
        let returns = returnExamples.flatMap { status in
            Set([Badge.text(status, glyphs: glyphs), Badge.text(status, glyphs: glyphs, short: true), Badge.long(status, glyphs: glyphs)])
                .sorted().map { ($0, meaning(status)) }
        }
        let reviews = ReviewStatus.allCases.flatMap { review in
            Set([Badge.text(review, glyphs: glyphs), Badge.text(review, glyphs: glyphs, short: true)]).sorted().map { ($0, meaning(review)) }
        }
        let payments = paymentExamples.flatMap { payment in
            Set([Badge.text(payment, currency: currency, glyphs: glyphs), Badge.text(payment, currency: currency, glyphs: glyphs, short: true),
                 Badge.withReason(payment, currency: currency, glyphs: glyphs)]).sorted().map { ($0, meaning(payment)) }
        }
        return unique(marks + returns + reviews + payments + paneWords(glyphs))
    }

    /// One return status of each kind, with the days the examples show.
    static let returnExamples: [ReturnStatus] = [.received, .late(days: 13), .notDue, .due, .overdue(days: 37)]

    static let paymentExamples: [PaymentStatus] = [
        .paid(on: Day(year: 2016, month: 9, day: 30)!), .ready, .held(.overdue(days: 37)), .held(.queried(query: "")), .pending,
    ]

    static func meaning(_ mark: Glyphs.Mark) -> String {
        switch mark {
        case .tick: return "return received; review accepted"
        case .cross: return "return overdue; payment held"
        case .dot: return "return not due yet; payment pending"
        case .behind: return "spend behind the profile of 25% a quarter"
        case .unknown: return "a figure the return does not state"
        case .alert: return "needs attention: overspent, outstanding"
        case .ellipsis: return "text cut to fit; awaiting review"
        case .middleDot: return "between parts of a line"
        case .descending: return "sorted largest (or Z) first"
        case .ascending: return "sorted smallest (or A) first"
        case .bar: return "a bar: share of the total allocation"
        }
    }

    static func meaning(_ status: ReturnStatus) -> String {
        switch status {
        case .received: return "return received by its due date"
        case .late: return "return received, days after its due date"
        case .notDue: return "the quarter has not ended"
        case .due: return "quarter ended, return not yet due"
        case .overdue: return "return overdue (days): payment held"
        }
    }

    static func meaning(_ review: ReviewStatus) -> String {
        switch review {
        case .awaiting: return "return received, not reviewed yet"
        case .accepted: return "return reviewed and accepted"
        case .queried: return "return queried: payment held"
        }
    }

    static func meaning(_ payment: PaymentStatus) -> String {
        switch payment {
        case .paid: return "quarter's instalment paid"
        case .ready: return "return accepted: payment may be released"
        case .held(.overdue): return "payment held: return overdue (days)"
        case .held(.queried): return "payment held: return queried"
        case .pending: return "payment waits for the return or review"
        }
    }

    /// The words a pane's title and first line add, as the overview draws them.
    static func paneWords(_ glyphs: Glyphs) -> [(String, String)] {
        [(AreaPane.heldMark(glyphs), "a payment of the year is held"),
         (AreaPane.behindMark(glyphs), "spend behind profile past its margin"),
         (ChangeMark.text(glyphs), "changed since the last board"),
         ("\(glyphs.alert) overspent", "spend past the total allocation"),
         ("over-allocated", "planned past the total allocation"),
         ("using Q1 figures", "return missing: earlier figures carried"),
         ("no return received", "no return of the year yet"),
         ("\(BoardTables.flagMark) underspend", "forecast underspend above the threshold")]
    }

    /// Each symbol with each of its meanings once: a symbol may mean two things (`·` not due, and
    /// between parts of a line) and is listed with both, but a short badge that reads as the long
    /// one is not listed twice.
    private static func unique(_ entries: [(String, String)]) -> [(String, String)] {
        var seen: Set<String> = []
        return entries.filter { seen.insert($0.0 + "\u{0}" + $0.1).inserted }
    }
}
