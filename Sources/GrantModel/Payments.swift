/// Review and payment of an area's quarters at an as-of date, and the money paid to date.
extension Grants {
    /// The review status of an area's quarter on `asOf` (nil: its return not received by then).
    public func reviewStatus(for areaID: AreaID, in year: FinancialYear, quarter: Quarter, asOf: Day) -> ReviewStatus? {
        monitoringReturn(for: areaID, in: year, quarter: quarter)?.reviewStatus(asOf: asOf)
    }

    /// The payment status of an area's quarter on `asOf`: an overdue or queried return withholds it.
    public func paymentStatus(for areaID: AreaID, in year: FinancialYear, quarter: Quarter, asOf: Day) -> PaymentStatus {
        let item = monitoringReturn(for: areaID, in: year, quarter: quarter)
        return PaymentStatus(returnStatus: returnStatus(for: areaID, in: year, quarter: quarter, asOf: asOf),
                             review: item?.reviewStatus(asOf: asOf), query: item?.review?.query ?? "",
                             payment: payment(for: areaID, in: year, quarter: quarter), asOf: asOf)
    }

    /// The one definition of "payment held" every screen and report uses: the quarter's return
    /// overdue or queried on `asOf`, and its instalment not paid by then.
    public func isPaymentHeld(for areaID: AreaID, in year: FinancialYear, quarter: Quarter, asOf: Day) -> Bool {
        if case .held = paymentStatus(for: areaID, in: year, quarter: quarter, asOf: asOf) { return true }
        return false
    }

    /// Some quarter of the year has its payment held.
    public func isPaymentHeld(for areaID: AreaID, in year: FinancialYear, asOf: Day) -> Bool {
        Quarter.allCases.contains { isPaymentHeld(for: areaID, in: year, quarter: $0, asOf: asOf) }
    }

    public func isPaymentHeld(_ row: ReturnRow, asOf: Day) -> Bool {
        isPaymentHeld(for: row.area.id, in: row.year, quarter: row.quarter, asOf: asOf)
    }

    /// Whether the folder keeps the review-and-payment loop at all: a review in returns.csv or a
    /// row of payments.csv. Until it does, every received return would read "awaiting review",
    /// which tells an office that does not review in csdash nothing.
    public var recordsReviewsOrPayments: Bool {
        !payments.isEmpty || returns.contains { $0.review != nil }
    }

    /// The money paid to an area for the year by `asOf`.
    public func paid(to areaID: AreaID, in year: FinancialYear, asOf: Day) -> Money {
        Quarter.allCases.compactMap { payment(for: areaID, in: year, quarter: $0) }
            .filter { $0.isPaid(asOf: asOf) }.map(\.amount).sum()
    }

    /// The money a funder paid to its areas for the year by `asOf`.
    public func paid(byFunder funderID: FunderID, in year: FinancialYear, asOf: Day) -> Money {
        allocatedAreas(of: funderID, in: year).map { paid(to: $0.id, in: year, asOf: asOf) }.sum()
    }

    /// The scheduled instalments a funder may release on `asOf`: every quarter `ready`, at its
    /// instalment's amount (a ready quarter with no instalment scheduled adds nothing).
    public func readyToRelease(byFunder funderID: FunderID, in year: FinancialYear, asOf: Day) -> Money {
        paymentRows(of: funderID, in: year, asOf: asOf).filter { $0.status == .ready }.compactMap(\.amount).sum()
    }

    /// The payments whose year's instalments, added up in file order, pass the area's total
    /// allocation for that year: the index in `payments` of each one that is above it. Scheduled
    /// instalments count too: a plan to pay more than was allocated is as suspicious as paying it.
    public func paymentsAboveTotalAllocation() -> [Int] {
        var sums: [AllocationKey: Money] = [:]
        var above: [Int] = []
        for (index, item) in payments.enumerated() {
            let key = AllocationKey(areaID: item.areaID, year: item.year)
            let sum = (sums[key] ?? .zero) + item.amount
            sums[key] = sum
            if let total = allocation(for: item.areaID, in: item.year)?.total, sum > total { above.append(index) }
        }
        return above
    }
}
