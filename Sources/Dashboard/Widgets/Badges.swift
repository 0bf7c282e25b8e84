import Cells
import GrantModel

/// How a return status reads on screen: a symbol and a word, never colour alone.
enum Badge {
    static func text(_ status: ReturnStatus, glyphs: Glyphs, short: Bool = false) -> String {
        switch status {
        case .received: return glyphs.tick
        case .late(let days): return short ? "\(glyphs.tick) late" : "\(glyphs.tick) late \(days)d"
        case .notDue: return glyphs.dot
        case .due: return "due"
        case .overdue(let days): return short ? "\(glyphs.cross) \(days)d" : "\(glyphs.cross) OVERDUE \(days)d"
        }
    }

    /// The words for the detail and outstanding screens.
    static func long(_ status: ReturnStatus, glyphs: Glyphs) -> String {
        switch status {
        case .received: return "\(glyphs.tick) received"
        case .late(let days): return "\(glyphs.tick) late, \(days) day\(days == 1 ? "" : "s")"
        case .notDue: return "\(glyphs.dot) not due"
        case .due: return "due now"
        case .overdue(let days): return "\(glyphs.cross) OVERDUE \(days) day\(days == 1 ? "" : "s")"
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
}
