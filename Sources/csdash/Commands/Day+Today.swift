import Foundation
import GrantModel

extension Day {
    /// Today in the local time zone. Only the command line calls this: the model is always told the day.
    static func today() -> Day {
        let parts = Calendar.current.dateComponents([.year, .month, .day], from: Date())
        return Day(year: parts.year!, month: parts.month!, day: parts.day!)!
    }
}
