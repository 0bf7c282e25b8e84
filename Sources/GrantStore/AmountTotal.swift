import GrantModel

/// The sum of every amount in the folder, so that no total csdash shows can overflow.
///
/// Every total is a sum of some of the folder's amounts, at most five times over (a Q1 forecast
/// outturn is four times the spend, and an underspend adds the allocation back). Keeping the sum
/// of them all below an eighth of what 64 bits hold keeps every total exact; a folder past it
/// (£11.5 quadrillion) has an amount typed wrong, and is reported once, where the sum passes it.
struct AmountTotal {
    static let limit = Money(pence: Int64.max / 8)
    private var total = Money.zero
    private(set) var problem: Diagnostic?

    /// `item` is made only when it is the one that passes the limit.
    mutating func add<T>(_ item: @autoclosure () -> Located<T>, _ amounts: KeyValuePairs<String, Money?>) {
        for (column, amount) in amounts { add(item(), column, amount) }
    }

    /// One amount: for the large files, which would otherwise make a list of two for every row.
    mutating func add<T>(_ item: @autoclosure () -> Located<T>, _ column: String, _ amount: Money?) {
        guard problem == nil, let amount else { return }
        total = Money(pence: total.pence + min(amount.pence, AmountTotal.limit.pence))
        if total > AmountTotal.limit {
            let item = item()
            problem = item.diagnostic(column, "\(column) \(item.row.quoted(item.row.text(column))) brings the amounts in this folder to more than \(AmountTotal.limit.formatted(in: Currency(code: "", symbol: ""))) in all, more than csdash can add up exactly: is an amount wrong?")
        }
    }
}
