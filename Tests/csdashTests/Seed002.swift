/// Seed 002 (West Midlands Strategic Policing and Crime Board, 6 December 2016), Tables 1 and 2,
/// cell by cell: the figures `csdash report` must reproduce.
struct Seed002Row: Sendable {
    var areaID: String
    var name: String
    var allocation: Int
    var carryForward: Int
    var total: Int
    var planned: Int
    var remainder: Int
    var percentAllocated: Int
    var spendQ1: Int
    var spendQ2: Int
    var percentSpend: Int
    var carriedFrom: String?
    var comment: String
}

enum Seed002 {
    static let solihullComment = "Q2 report has not been received, Q1 figures have therefore been used for Q2"

    static let rows: [Seed002Row] = [
        .init(areaID: "birmingham", name: "Birmingham CC", allocation: 1_873_187, carryForward: 0, total: 1_873_187,
              planned: 1_630_367, remainder: 242_820, percentAllocated: 87, spendQ1: 275_109, spendQ2: 508_449,
              percentSpend: 27, carriedFrom: nil, comment: ""),
        .init(areaID: "coventry", name: "Coventry CC", allocation: 409_728, carryForward: 102_504, total: 512_232,
              planned: 492_478, remainder: 19_754, percentAllocated: 96, spendQ1: 27_531, spendQ2: 242_941,
              percentSpend: 47, carriedFrom: nil, comment: ""),
        .init(areaID: "dudley", name: "Dudley MBC", allocation: 297_273, carryForward: 22_505, total: 319_778,
              planned: 295_842, remainder: 23_936, percentAllocated: 93, spendQ1: 58_291, spendQ2: 158_183,
              percentSpend: 49, carriedFrom: nil, comment: ""),
        .init(areaID: "sandwell", name: "Sandwell MBC", allocation: 397_643, carryForward: 85_248, total: 482_891,
              planned: 459_090, remainder: 23_801, percentAllocated: 95, spendQ1: 80_914, spendQ2: 209_170,
              percentSpend: 43, carriedFrom: nil, comment: ""),
        .init(areaID: "solihull", name: "Solihull MBC", allocation: 214_454, carryForward: 0, total: 214_454,
              planned: 214_454, remainder: 0, percentAllocated: 100, spendQ1: 133_454, spendQ2: 133_454,
              percentSpend: 62, carriedFrom: "Q1", comment: solihullComment),
        .init(areaID: "walsall", name: "Walsall MBC", allocation: 301_652, carryForward: 52_279, total: 353_931,
              planned: 315_767, remainder: 38_164, percentAllocated: 89, spendQ1: 71_533, spendQ2: 131_435,
              percentSpend: 37, carriedFrom: nil, comment: ""),
        .init(areaID: "wolverhampton", name: "Wolverhampton CC", allocation: 369_371, carryForward: 168_638, total: 538_009,
              planned: 538_010, remainder: -1, percentAllocated: 100, spendQ1: 47_269, spendQ2: 144_090,
              percentSpend: 27, carriedFrom: nil, comment: ""),
    ]

    /// The Total rows of Tables 1 and 2.
    static let totalAllocation = 3_863_308
    static let totalCarryForward = 431_174
    static let totalTotal = 4_294_482
    static let totalPlanned = 3_946_008
    static let totalRemainder = 348_474
    static let totalSpendQ1 = 694_101
    static let totalSpendQ2 = 1_527_722

    /// `1873187` → `£1,873,187`, `-1` → `-£1`: how the board papers write money.
    static func pounds(_ value: Int) -> String {
        let digits = String(abs(value))
        var grouped = ""
        for (index, character) in digits.enumerated() {
            if index > 0 && (digits.count - index) % 3 == 0 { grouped += "," }
            grouped.append(character)
        }
        return (value < 0 ? "-£" : "£") + grouped
    }

    /// The command of the acceptance criterion.
    static let reportArguments = ["report", "sample-data", "--as-of", "2016-12-06", "--year", "2016/17", "--quarter", "Q2"]
}
