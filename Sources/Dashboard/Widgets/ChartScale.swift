import Cells
import GrantModel

/// The money axis of a chart: a round top at or above the largest amount, so that its labels
/// read exactly (`£2m`, `£1m`), and short labels that never need cutting.
enum ChartScale {
    /// Round tops, in tenths of a power of ten: £1, £1.2, £1.5, £2 ... £8, £10, £12 ...
    private static let roundTenths: [Int64] = [10, 12, 15, 20, 25, 30, 40, 50, 60, 80]

    /// The smallest round amount at or above `largest`; `largest` itself where no round amount
    /// above it fits in 64 bits, and zero for nothing to show.
    static func top(_ largest: Money) -> Money {
        guard largest.pence > 0 else { return .zero }
        var power: Int64 = 1
        while true {
            for tenths in roundTenths {
                let (scaled, overflow) = tenths.multipliedReportingOverflow(by: power)
                if overflow { return largest }
                if scaled / 10 >= largest.pence && scaled % 10 == 0 { return Money(pence: scaled / 10) }
            }
            let (next, overflow) = power.multipliedReportingOverflow(by: 10)
            if overflow { return largest }
            power = next
        }
    }

    private static let units: [(pounds: Int64, suffix: String)] = [
        (1_000_000_000_000, "tn"), (1_000_000_000, "bn"), (1_000_000, "m"), (1_000, "k"), (1, ""),
    ]

    /// `£0`, `£950`, `£54k`, `£120k`, `£1.25m`, `£1.50m`, `£92,234tn`: whole from ten of a unit
    /// up, below that to two decimals (never one: `£1.5` would read as an amount cut short),
    /// rounded half up; the currency's symbol as the screens show money (none in ASCII for `£`).
    static func label(_ amount: Money, _ currency: Currency, glyphs: Glyphs) -> String {
        let symbol = glyphs.money(.zero, currency).dropLast()
        let sign = amount.isNegative ? "-" : ""
        let pence = amount.pence.magnitude
        guard pence >= 100 else { return sign + symbol + (pence == 0 ? "0" : "0.\(pence < 10 ? "0" : "")\(pence)") }
        for (index, unit) in units.enumerated() where pence >= UInt64(unit.pounds) * 100 {
            let text = figure(pence, unitPence: UInt64(unit.pounds) * 100)
            // 999.6k rounds to 1000k: that is £1m.
            if text == "1000" && index > 0 {
                return sign + symbol + "1" + units[index - 1].suffix
            }
            return sign + symbol + grouped(text) + unit.suffix
        }
        return sign + symbol + "0"
    }

    /// `pence` in units of `unitPence`: whole from ten units, else to two decimals.
    private static func figure(_ pence: UInt64, unitPence: UInt64) -> String {
        // Hundredths of the unit, rounded half up, in 128 bits: `pence` x 100 passes 64.
        let division = unitPence.dividingFullWidth(pence.multipliedFullWidth(by: 100))
        let hundredths = division.quotient + (division.remainder * 2 >= unitPence ? 1 : 0)
        let keep: UInt64 = hundredths >= 1_000 ? 100 : 1
        let rounded = (hundredths + keep / 2) / keep * keep
        let whole = rounded / 100, fraction = rounded % 100
        guard fraction > 0 else { return String(whole) }
        return "\(whole).\(fraction < 10 ? "0" : "")\(fraction)"
    }

    /// Thousands separated, for amounts past the largest unit.
    private static func grouped(_ text: String) -> String {
        guard !text.contains("."), text.count > 3 else { return text }
        var result = ""
        for (index, digit) in text.enumerated() {
            if index > 0 && (text.count - index) % 3 == 0 { result.append(",") }
            result.append(digit)
        }
        return result
    }
}
