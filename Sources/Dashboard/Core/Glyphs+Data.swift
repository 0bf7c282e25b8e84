import Cells
import GrantModel

/// Figures and text from the data in the screen's glyphs: the domain's side of `Glyphs`, which
/// knows only characters.
extension Glyphs {
    /// Money as the screens show it: `£1,873,187`, or `1,873,187` in ASCII (the header names the currency).
    public func money(_ value: Money, _ currency: Currency) -> String {
        if isUnicode || currency.symbol.allSatisfy(\.isASCII) { return value.formatted(in: currency) }
        return value.formatted(in: Currency(code: currency.code, symbol: ""))
    }

    public func money(_ value: Money?, _ currency: Currency) -> String {
        value.map { money($0, currency) } ?? unknown
    }

    /// Text from the data, made safe and drawable: control characters escaped, and in ASCII mode
    /// any other non-ASCII character shown as `?`.
    public func text(_ value: String) -> String {
        let safe = value.terminalSafe
        if isUnicode { return safe }
        return String(safe.map { $0.isASCII ? $0 : "?" })
    }
}
