import GrantModel

/// Payments that are possible but suspicious: for a year the area has no allocation, made before
/// the quarter's return was accepted, or taking the year's instalments above the total allocation.
enum PaymentWarnings {
    /// `allocationsInError`: areas whose allocation rows have errors (nil: allocations.csv unreadable),
    /// which are not warned about again as having no allocation.
    static func of(_ payments: LocatedRecords<Payment>, in grants: Grants, allocationsInError: Set<String>?) -> [Diagnostic] {
        var warnings: [Diagnostic] = []
        let above = Set(grants.paymentsAboveTotalAllocation())
        var sums: [Grants.AllocationKey: Money] = [:]
        for index in payments.indices {
            let payment = payments.values[index]
            guard let area = grants.area(payment.areaID) else { continue }
            let currency = grants.funder(area.funderID)?.currency ?? .gbp
            func warn(_ column: String, _ message: String) {
                warnings.append(payments[index].diagnostic(column, message, severity: .warning))
            }
            let key = Grants.AllocationKey(areaID: payment.areaID, year: payment.year)
            let sum = (sums[key] ?? .zero) + payment.amount
            sums[key] = sum
            guard let total = grants.allocation(for: payment.areaID, in: payment.year)?.total else {
                guard let allocationsInError, !allocationsInError.contains(payment.areaID) else { continue }
                warn("year", "\(payment.areaID) has no allocation for \(payment.year) in allocations.csv, so this payment is not shown")
                continue
            }
            let item = grants.monitoringReturn(for: payment.areaID, in: payment.year, quarter: payment.quarter)
            if let paid = payment.paid, payment.isMadeBeforeAcceptance(of: item) {
                let acceptance = item?.review.flatMap { $0.outcome == .accepted ? "it was accepted on \($0.date)" : nil }
                    ?? "it has not been accepted"
                warn("paid", "paid \(paid) before the \(payment.year) \(payment.quarter) return was accepted (\(acceptance)); funding is paid on receipt of a satisfactory return")
            }
            if above.contains(index) {
                warn("amount", "the \(payment.year) payments to \(payment.areaID) come to \(sum.formatted(in: currency)) with this one, above the total allocation \(total.formatted(in: currency))")
            }
        }
        return warnings
    }
}
