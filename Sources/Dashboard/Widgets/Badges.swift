import Cells
import GrantModel

/// How a status reads on screen: a symbol and a word, never colour alone. The words are the
/// model's (`StatusWords`); this is where the dashboard puts its glyphs before them, for returns,
/// reviews and payments alike.
enum Badge {
    static func text(_ status: ReturnStatus, glyphs: Glyphs, short: Bool = false) -> String {
        let words = status.badgeWords(short: short)
        switch status {
        case .received, .late: return words.isEmpty ? glyphs.tick : "\(glyphs.tick) \(words)"
        case .notDue: return glyphs.dot
        case .due: return words
        case .overdue: return "\(glyphs.cross) \(words)"
        }
    }

    /// The words for the detail and outstanding screens.
    static func long(_ status: ReturnStatus, glyphs: Glyphs) -> String {
        switch status {
        case .received, .late: return "\(glyphs.tick) \(status.words)"
        case .notDue: return "\(glyphs.dot) \(status.words)"
        case .due: return status.words
        case .overdue: return "\(glyphs.cross) \(status.words)"
        }
    }

    static func style(_ status: ReturnStatus) -> Style {
        switch status {
        case .received: return Style(.good)
        case .late: return Style(.warning)
        case .notDue: return Style(.dim)
        case .due: return Style(.warning, bold: true)
        case .overdue: return Style(.danger, bold: true)
        }
    }

    // MARK: review

    /// `…` for a return still to be reviewed (`...` in ASCII, whose `~` is the cut mark).
    static func waiting(_ glyphs: Glyphs) -> String { glyphs.isUnicode ? "…" : "..." }

    static func symbol(_ review: ReviewStatus, glyphs: Glyphs) -> String {
        switch review {
        case .awaiting: return waiting(glyphs)
        case .accepted: return glyphs.tick
        case .queried: return "?"
        }
    }

    /// `✓ accepted`, `? queried`, `… awaiting review` (`… review` short).
    static func text(_ review: ReviewStatus, glyphs: Glyphs, short: Bool = false) -> String {
        "\(symbol(review, glyphs: glyphs)) \(short ? review.shortWords : review.words)"
    }

    static func style(_ review: ReviewStatus) -> Style {
        switch review {
        case .awaiting: return Style(.warning)
        case .accepted: return Style(.good)
        case .queried: return Style(.danger, bold: true)
        }
    }

    // MARK: payment

    /// The payment's symbol: the funder's currency sign (`£`), or a cross for one held. ASCII has
    /// no `£`, and a money word says enough there: no symbol.
    static func symbol(_ payment: PaymentStatus, currency: Currency, glyphs: Glyphs) -> String? {
        switch payment {
        case .held: return glyphs.cross
        case .pending: return glyphs.dot
        case .paid, .ready:
            let sign = glyphs.money(Money.zero, currency).prefix { !$0.isNumber }
            return sign.isEmpty ? nil : String(sign)
        }
    }

    /// `£ paid`, `£ ready to release` (`£ ready` short), `✗ held`, `· pending`.
    static func text(_ payment: PaymentStatus, currency: Currency, glyphs: Glyphs, short: Bool = false) -> String {
        let words = short ? payment.shortWords : payment.words
        return symbol(payment, currency: currency, glyphs: glyphs).map { "\($0) \(words)" } ?? words
    }

    /// A payment with why it is held: `✗ held: overdue 37d`, `✗ held: queried`; `£ paid` and the
    /// rest as `text` has them.
    static func withReason(_ payment: PaymentStatus, currency: Currency, glyphs: Glyphs) -> String {
        if case .held(let reason) = payment { return "\(glyphs.cross) held: \(reason.shortWords)" }
        return text(payment, currency: currency, glyphs: glyphs)
    }

    /// The payments view's status: a payment with why it is held, or for a received return not
    /// reviewed yet, `… awaiting review`.
    static func status(_ row: PaymentRow, currency: Currency, glyphs: Glyphs) -> String {
        if row.status == .pending && row.review == .awaiting { return text(.awaiting, glyphs: glyphs) }
        return withReason(row.status, currency: currency, glyphs: glyphs)
    }

    static func style(_ payment: PaymentStatus, review: ReviewStatus? = nil) -> Style {
        switch payment {
        case .paid: return Style(.good)
        case .ready: return Style(.good, bold: true)
        case .held: return Style(.danger, bold: true)
        case .pending: return review == .awaiting ? Style(.warning) : Style(.dim)
        }
    }
}
