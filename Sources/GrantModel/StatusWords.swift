/// The words for where a return, its review and its payment stand, without symbols: every screen
/// takes its phrases from here (the dashboard puts its glyphs before them), so that a status reads
/// the same wherever it shows and never rests on colour alone.
public enum StatusWords {
    /// `1 day`, `37 days`.
    public static func days(_ count: Int) -> String { "\(count) day\(count == 1 ? "" : "s")" }
}

extension ReturnStatus {
    /// A pane's badge after its symbol: nothing for a return in on time or not due (the symbol
    /// says it), `late 13d`, `due`, `OVERDUE 37d`; `short` drops the late days and the word overdue.
    public func badgeWords(short: Bool) -> String {
        switch self {
        case .received, .notDue: return ""
        case .late(let days): return short ? "late" : "late \(days)d"
        case .due: return "due"
        case .overdue(let days): return short ? "\(days)d" : "OVERDUE \(days)d"
        }
    }

    /// `received`, `late, 13 days`, `not due`, `due now`, `OVERDUE 37 days`.
    public var words: String {
        switch self {
        case .received: return "received"
        case .late(let days): return "late, \(StatusWords.days(days))"
        case .notDue: return "not due"
        case .due: return "due now"
        case .overdue(let days): return "OVERDUE \(StatusWords.days(days))"
        }
    }
}

extension ReviewStatus {
    /// `awaiting review`, `accepted`, `queried`.
    public var words: String {
        switch self {
        case .awaiting: return "awaiting review"
        case .accepted: return "accepted"
        case .queried: return "queried"
        }
    }

    /// A narrow pane's word: `review` (still to be done), `accepted`, `queried`.
    public var shortWords: String {
        self == .awaiting ? "review" : words
    }
}

extension HoldReason {
    /// `overdue 37 days`, `queried`.
    public var words: String {
        switch self {
        case .overdue(let days): return "overdue \(StatusWords.days(days))"
        case .queried: return "queried"
        }
    }

    /// `overdue 37d`, `queried`: the width of a table's status column.
    public var shortWords: String {
        switch self {
        case .overdue(let days): return "overdue \(days)d"
        case .queried: return "queried"
        }
    }
}

extension PaymentStatus {
    /// `paid`, `ready to release`, `held`, `pending`.
    public var words: String {
        switch self {
        case .paid: return "paid"
        case .ready: return "ready to release"
        case .held: return "held"
        case .pending: return "pending"
        }
    }

    /// A narrow pane's word: `paid`, `ready`, `held`, `pending`.
    public var shortWords: String { name }
}
