/// The events of the money: payments made, decisions taken, reserve balances stated.
extension Grants {
    func paymentEvents(in window: ChangeWindow) -> [ChangeEvent] {
        payments.compactMap { payment in
            guard let paid = payment.paid, window.contains(paid), let area = area(payment.areaID) else { return nil }
            let reference = payment.ref.isEmpty ? "" : " (ref \(payment.ref))"
            return ChangeEvent(date: paid, kind: .paymentMade, funderID: area.funderID, areaID: area.id,
                               year: payment.year, quarter: payment.quarter,
                               detail: "Paid \(payment.amount.formatted(in: currency(ofArea: area.id)))\(reference)")
        }
    }

    /// A decision carries its first year (it may cover more); a reserve has neither area nor year.
    func decisionAndReserveEvents(in window: ChangeWindow) -> [ChangeEvent] {
        var events: [ChangeEvent] = []
        for decision in decisions where window.contains(decision.date) {
            let currency = funder(decision.funderID)?.currency ?? .gbp
            let span = decision.years > 1 ? " over \(decision.years) years from \(decision.firstYear)" : " for \(decision.firstYear)"
            events.append(ChangeEvent(date: decision.date, kind: .decision, funderID: decision.funderID,
                                      areaID: decision.areaID, year: decision.firstYear,
                                      detail: "\(decision.ref) \(decision.title): \(decision.amount.formatted(in: currency))\(span)"))
        }
        for reserve in reserves where window.contains(reserve.asOf) {
            let currency = funder(reserve.funderID)?.currency ?? .gbp
            events.append(ChangeEvent(date: reserve.asOf, kind: .reserve, funderID: reserve.funderID,
                                      detail: "\(reserve.name): balance \(reserve.balance.formatted(in: currency))"))
        }
        return events
    }
}

/// How an event's detail writes figures.
enum ChangeWords {
    /// `planned £1,630,367, spend £508,449`; a figure the return did not state is `not stated`.
    static func figures(planned: Money?, spend: Money?, _ currency: Currency) -> String {
        "planned \(amount(planned, currency)), spend \(amount(spend, currency))"
    }

    /// `£500,000 to £508,449`.
    static func fromTo(_ old: Money?, _ new: Money?, _ currency: Currency) -> String {
        "\(amount(old, currency)) to \(amount(new, currency))"
    }

    static func amount(_ money: Money?, _ currency: Currency) -> String {
        money?.formatted(in: currency) ?? "not stated"
    }
}
