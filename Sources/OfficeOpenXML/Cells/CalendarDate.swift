/// A day as Excel stores it: a serial number of days from the start of the workbook's date
/// system. The 1900 system (Windows Excel, LibreOffice) counts 1 January 1900 as day 1 and, as
/// Lotus 1-2-3 did, a 29 February 1900 that never was as day 60; the 1904 system (old Mac Excel,
/// `<workbookPr date1904="1"/>`) counts 1 January 1904 as day 0.
public struct CalendarDate: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let year: Int
    public let month: Int
    public let day: Int

    public init?(year: Int, month: Int, day: Int) {
        guard (1...12).contains(month), day >= 1, day <= CalendarDate.days(inMonth: month, year: year) else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// `2016-12-05`.
    public var description: String {
        func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
        return "\(year)-\(two(month))-\(two(day))"
    }

    public static func < (lhs: CalendarDate, rhs: CalendarDate) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }

    static func days(inMonth month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// Days since 1970-01-01 (Howard Hinnant's days_from_civil).
    var daysSinceEpoch: Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * ((month + 9) % 12) + 2) / 5 + day - 1
        return era * 146_097 + yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear - 719_468
    }

    init(daysSinceEpoch days: Int) {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthIndex = (5 * dayOfYear + 2) / 153
        day = dayOfYear - (153 * monthIndex + 2) / 5 + 1
        month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
        year = era * 400 + yearOfEra + (month <= 2 ? 1 : 0)
    }
}

/// Which day a workbook's serial 0 is.
public enum DateSystem: Hashable, Sendable {
    case from1900, from1904

    /// The latest day Excel shows: 31 December 9999.
    static let lastSerial1900 = 2_958_465

    /// The day of a whole serial number; nil for 0 and below, for the 1900 system's day 60 (the
    /// 29 February 1900 that never was) and past 9999.
    public func date(serial: Int) -> CalendarDate? {
        switch self {
        case .from1900:
            guard serial >= 1, serial != 60, serial <= DateSystem.lastSerial1900 else { return nil }
            // 1899-12-31 is day 0 up to day 59; from day 61 the phantom leap day shifts by one.
            let epoch = CalendarDate(year: 1899, month: 12, day: serial < 60 ? 31 : 30)!
            return CalendarDate(daysSinceEpoch: epoch.daysSinceEpoch + serial)
        case .from1904:
            guard serial >= 0, serial <= DateSystem.lastSerial1900 - 1462 else { return nil }
            return CalendarDate(daysSinceEpoch: CalendarDate(year: 1904, month: 1, day: 1)!.daysSinceEpoch + serial)
        }
    }

    /// The serial number of a day; nil before the system's first day or after 9999.
    public func serial(of date: CalendarDate) -> Int? {
        switch self {
        case .from1900:
            let serial = date.daysSinceEpoch - CalendarDate(year: 1899, month: 12, day: 30)!.daysSinceEpoch
            if serial >= 61 { return serial <= DateSystem.lastSerial1900 ? serial : nil }
            let early = date.daysSinceEpoch - CalendarDate(year: 1899, month: 12, day: 31)!.daysSinceEpoch
            return early >= 1 && early < 60 ? early : nil
        case .from1904:
            let serial = date.daysSinceEpoch - CalendarDate(year: 1904, month: 1, day: 1)!.daysSinceEpoch
            return serial >= 0 && serial <= DateSystem.lastSerial1900 - 1462 ? serial : nil
        }
    }
}
