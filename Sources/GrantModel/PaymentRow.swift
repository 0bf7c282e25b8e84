/// One line of the payments list: an allocated area-year's quarter and where its payment stands.
public struct PaymentRow: Hashable, Sendable {
    public var funderID: FunderID
    public var area: Area
    public var year: FinancialYear
    public var quarter: Quarter
    public var status: PaymentStatus
    /// The day the quarter's return is due.
    public var due: Day
    /// The instalment's amount, scheduled or paid; nil when none is scheduled.
    public var amount: Money?
    /// nil when not paid by the as-of date.
    public var paid: Day?
    /// A scheduled instalment's reference, or a payment's once it is made: a payment dated after
    /// the as-of date has not happened yet, nor has its remittance.
    public var ref: String
    public var review: ReviewStatus?
}

extension Grants {
    /// Every allocated area-year's four quarters on `asOf`, in data order (funder, area, year,
    /// quarter); `including` keeps only the rows whose status it accepts.
    public func paymentRows(asOf: Day, including: (PaymentStatus) -> Bool = { _ in true }) -> [PaymentRow] {
        returnRows(asOf: asOf).compactMap { row in
            let payment = paymentRow(row, asOf: asOf)
            return including(payment.status) ? payment : nil
        }
    }

    /// The four quarters of each area `funderID` allocated money in `year`, on `asOf`, in data
    /// order (area, quarter): one funder's year, without walking every other funder's.
    public func paymentRows(of funderID: FunderID, in year: FinancialYear, asOf: Day) -> [PaymentRow] {
        allocatedAreas(of: funderID, in: year).flatMap { paymentRows(for: $0.id, in: year, asOf: asOf) }
    }

    /// An area's four quarters of `year` on `asOf`, Q1 first; none when it has no allocation then.
    public func paymentRows(for areaID: AreaID, in year: FinancialYear, asOf: Day) -> [PaymentRow] {
        guard let area = area(areaID), allocation(for: areaID, in: year) != nil, let funder = funder(area.funderID) else { return [] }
        return Quarter.allCases.map { quarter in
            let item = monitoringReturn(for: areaID, in: year, quarter: quarter)
            let status = ReturnStatus(year: year, quarter: quarter, dueDays: funder.returnDueDays, received: item?.received, asOf: asOf)
            return paymentRow(ReturnRow(funderID: funder.id, area: area, year: year, quarter: quarter, status: status,
                                        due: year.dueDay(of: quarter, dueDays: funder.returnDueDays), received: nil), asOf: asOf)
        }
    }

    /// The payment line of a return line.
    private func paymentRow(_ row: ReturnRow, asOf: Day) -> PaymentRow {
        let item = monitoringReturn(for: row.area.id, in: row.year, quarter: row.quarter)
        let payment = payment(for: row.area.id, in: row.year, quarter: row.quarter)
        let review = item?.reviewStatus(asOf: asOf)
        let status = PaymentStatus(returnStatus: row.status, review: review, query: item?.review?.query ?? "",
                                   payment: payment, asOf: asOf)
        return PaymentRow(funderID: row.funderID, area: row.area, year: row.year, quarter: row.quarter,
                          status: status, due: row.due, amount: payment?.amount,
                          paid: payment.flatMap { $0.isPaid(asOf: asOf) ? $0.paid : nil },
                          ref: payment.map { $0.paid == nil || $0.isPaid(asOf: asOf) ? $0.ref : "" } ?? "", review: review)
    }
}
