import GrantModel
import OfficeOpenXML

/// csdash's figures as workbook cells: money as a number in the currency's format, so that a
/// finance officer can sum it; a whole percent as a number in `0%`; a day as a date cell.
enum WorkbookCells {
    /// A money cell; an amount Excel could not hold exactly (past 15 significant digits) is
    /// written as its text instead, so that no cell ever shows a figure that is not the data's.
    static func money(_ value: Money, _ currency: Currency, _ emphasis: CellStyle.Emphasis = .normal,
                      isInput: Bool = false) -> WrittenCell {
        let plain = value.plainAmount()
        guard plain.filter(\.isNumber).count <= DecimalText.significantDigits else {
            return WrittenCell(.text(value.formatted(in: currency)), CellStyle(emphasis))
        }
        return WrittenCell(.number(plain), CellStyle(emphasis, format: .money(symbol: currency.symbol), isInput: isInput))
    }

    /// A whole percent as the fraction `0%` shows it as (45 is 0.45); past 999% the `>999%` the
    /// tables show, as text.
    static func percent(_ value: Int, _ emphasis: CellStyle.Emphasis = .normal) -> WrittenCell {
        guard value <= Percent.largestShown else { return WrittenCell(.text(Percent.text(value)), CellStyle(emphasis)) }
        let magnitude = abs(value), hundredths = abs(value) % 100
        let fraction = hundredths == 0 ? "" : hundredths % 10 == 0 ? ".\(hundredths / 10)" : hundredths < 10 ? ".0\(hundredths)" : ".\(hundredths)"
        return WrittenCell(.number((value < 0 ? "-" : "") + "\(magnitude / 100)" + fraction), CellStyle(emphasis, format: .percent))
    }

    static func date(_ day: Day, isInput: Bool = false) -> WrittenCell {
        WrittenCell(.date(CalendarDate(year: day.year, month: day.month, day: day.day)!), CellStyle(format: .date, isInput: isInput))
    }

    /// A sheet name Excel accepts, made from `text`: its forbidden characters replaced, cut to 31
    /// characters, and made unlike the names in `taken` (compared as Excel does, ignoring case).
    static func sheetName(_ text: String, unlike taken: [String]) -> String {
        let cleaned = String(text.map { "[]:*?/\\".contains($0) || $0.asciiValue.map { $0 < 0x20 } == true ? "-" : $0 })
            .trimmingCharacters(in: "'")
        var name = String(cleaned.prefix(31))
        var number = 2
        while taken.contains(where: { $0.lowercased() == name.lowercased() }) {
            let suffix = " (\(number))"
            name = String(cleaned.prefix(31 - suffix.count)) + suffix
            number += 1
        }
        return name.isEmpty ? "Sheet" : name
    }
}

private extension String {
    func trimmingCharacters(in character: Character) -> String {
        String(drop { $0 == character }.reversed().drop { $0 == character }.reversed())
    }
}
