import GrantModel

/// The selected funder's year of reviews and payments on the as-of date: every quarter of every
/// area it allocated money to, which areas have a payment held, and the totals. Derived once
/// when the data, the funder, the year or the date changes (`DashboardState.refreshCaches`),
/// since every pane, the payments view and the totals line read it on each frame.
struct FunderPayments: Sendable {
    /// The folder keeps the review-and-payment loop (a review or a payment anywhere in it): the
    /// panes and the detail show it only then.
    var isTracked = false
    /// Each area's four quarters, Q1 first.
    private var quarters: [AreaID: [PaymentRow]] = [:]
    /// The areas whose payment is held (a return overdue or queried, not paid): `Grants.isPaymentHeld`.
    var held: Set<AreaID> = []
    /// The payments view's rows: ready to release, held, awaiting review, then paid, each in data order.
    var listed: [PaymentRow] = []
    var paid = Money.zero
    var ready = Money.zero
    var totalAllocation = Money.zero

    init() {}

    init(_ grants: Grants, funderID: FunderID, year: FinancialYear, asOf: Day) {
        isTracked = grants.recordsReviewsOrPayments
        let rows = grants.paymentRows(of: funderID, in: year, asOf: asOf)
        for row in rows { quarters[row.area.id, default: []].append(row) }
        let areas = grants.allocatedAreas(of: funderID, in: year)
        held = Set(areas.map(\.id).filter { grants.isPaymentHeld(for: $0, in: year, asOf: asOf) })
        listed = rows.enumerated().compactMap { offset, row in FunderPayments.group(row).map { ($0, offset, row) } }
            .sorted { ($0.0, $0.1) < ($1.0, $1.1) }.map(\.2)
        paid = grants.paid(byFunder: funderID, in: year, asOf: asOf)
        ready = grants.readyToRelease(byFunder: funderID, in: year, asOf: asOf)
        totalAllocation = areas.compactMap { grants.allocation(for: $0.id, in: year)?.total }.sum()
    }

    func quarters(of areaID: AreaID) -> [PaymentRow] { quarters[areaID] ?? [] }

    func isHeld(_ areaID: AreaID) -> Bool { held.contains(areaID) }

    /// Where a quarter is listed on the payments view: what can be done first (release, chase,
    /// review), then what is done; a quarter whose return is not in, with nothing paid, is not listed.
    static func group(_ row: PaymentRow) -> Int? {
        switch row.status {
        case .ready: return 0
        case .held: return 1
        case .pending: return row.review == .awaiting ? 2 : nil
        case .paid: return 3
        }
    }

    func count(_ group: Int) -> Int { listed.filter { FunderPayments.group($0) == group }.count }
}
