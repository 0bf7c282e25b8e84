/// A funder's currency: its ISO code and the symbol amounts may carry.
public struct Currency: Hashable, Sendable {
    public let code: String
    public let symbol: String

    public static let gbp = Currency(code: "GBP", symbol: "£")
    public static let eur = Currency(code: "EUR", symbol: "€")
    public static let usd = Currency(code: "USD", symbol: "$")

    /// Every currency csdash knows; an amount carrying any of these symbols is checked against its funder's.
    public static let known: [Currency] = [.gbp, .eur, .usd]

    public init(code: String, symbol: String) {
        self.code = code
        self.symbol = symbol
    }

    public init?(code: String) {
        guard let match = Currency.known.first(where: { $0.code == code.uppercased() }) else { return nil }
        self = match
    }
}
