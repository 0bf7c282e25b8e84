/// The "Paid to Date" of each West Midlands area at the board of 6 December 2016, from
/// sample-data/payments.csv, worked out by hand: an instalment is a quarter of the 2016/17
/// allocation, to the penny. Every area's Q1 instalment was paid in August or September;
/// Coventry's and Wolverhampton's Q2 on 15 November; the other Q2 instalments are paid on
/// 15 December (after the board) or, Solihull's, held. These are the sample's assumptions, not
/// figures of the board report, which has no such column.
enum SamplePaidToDate {
    /// In pence, by area_id.
    static let pence: [String: Int] = [
        "birmingham": 46_829_675,     // Q1: 1,873,187 / 4 = 468,296.75
        "coventry": 20_486_400,       // Q1 and Q2: 2 x (409,728 / 4 = 102,432)
        "dudley": 7_431_825,          // Q1: 297,273 / 4 = 74,318.25
        "sandwell": 9_941_075,        // Q1: 397,643 / 4 = 99,410.75
        "solihull": 5_361_350,        // Q1: 214,454 / 4 = 53,613.50
        "walsall": 7_541_300,         // Q1: 301,652 / 4 = 75,413
        "wolverhampton": 18_468_550,  // Q1 and Q2: 2 x (369,371 / 4 = 92,342.75)
    ]

    /// 965,827 of Q1 instalments (3,863,308 / 4) and 194,774.75 of Q2 (Coventry's and Wolverhampton's).
    static let totalPence = 116_060_175

    /// `46829675` → `£468,296.75`, `20486400` → `£204,864`: as the board tables write money with pence.
    static func pounds(_ pence: Int) -> String {
        Seed002.pounds(pence / 100) + (pence % 100 == 0 ? "" : pennies(pence))
    }

    /// `46829675` → `468296.75`, `20486400` → `204864`: as the report's CSV writes it.
    static func plain(_ pence: Int) -> String {
        "\(pence / 100)" + (pence % 100 == 0 ? "" : pennies(pence))
    }

    private static func pennies(_ pence: Int) -> String {
        let part = pence % 100
        return part < 10 ? ".0\(part)" : ".\(part)"
    }

    static func pounds(of areaID: String) -> String { pounds(pence[areaID] ?? 0) }

    static func plain(of areaID: String) -> String { plain(pence[areaID] ?? 0) }
}
