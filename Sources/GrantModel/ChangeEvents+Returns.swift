/// The events of the returns: arrivals, overdue days, reviews and corrections.
extension Grants {
    /// Each return received in the window, with the figures it first came with (a correction
    /// after it is an event of its own) and whether it was late; and each review dated in it.
    func returnEvents(in window: ChangeWindow, history: [ReturnKey: [RecordedChange]]) -> [ChangeEvent] {
        var events: [ChangeEvent] = []
        for item in returns {
            guard let area = area(item.areaID) else { continue }
            func event(_ date: Day, _ kind: ChangeKind, _ detail: String) -> ChangeEvent {
                ChangeEvent(date: date, kind: kind, funderID: area.funderID, areaID: area.id,
                            year: item.year, quarter: item.quarter, detail: detail)
            }
            if let received = item.received, window.contains(received) {
                let key = ReturnKey(areaID: item.areaID, year: item.year, quarter: item.quarter)
                let later = (history[key] ?? []).filter { $0.day > received }
                let first = Grants.recorded(item, before: later)
                let status = returnStatus(for: area.id, in: item.year, quarter: item.quarter, asOf: received)
                let timing = status.daysLate.map { "Received \(StatusWords.days($0)) late" } ?? "Received on time"
                let figures = ChangeWords.figures(planned: first.planned, spend: first.spend, currency(ofArea: area.id))
                events.append(event(received, .returnReceived, "\(timing): \(figures)"))
            }
            if let review = item.review, item.received != nil, window.contains(review.date) {
                switch review.outcome {
                case .accepted: events.append(event(review.date, .returnAccepted, "Accepted"))
                case .queried: events.append(event(review.date, .returnQueried, "Queried: \(review.query)"))
                }
            }
        }
        return events
    }

    /// Each allocated quarter whose return was not in by its due date, on the day after it: the
    /// first day `returnStatus` calls it overdue (the same rule every view uses).
    func overdueEvents(in window: ChangeWindow) -> [ChangeEvent] {
        var events: [ChangeEvent] = []
        for allocation in allocations {
            guard let area = area(allocation.areaID) else { continue }
            for quarter in Quarter.allCases {
                let due = dueDay(for: area.id, in: allocation.year, quarter: quarter)
                let firstOverdueDay = due.adding(days: 1)
                guard window.contains(firstOverdueDay),
                      returnStatus(for: area.id, in: allocation.year, quarter: quarter, asOf: firstOverdueDay).withholdsPayment
                else { continue }
                events.append(ChangeEvent(date: firstOverdueDay, kind: .returnOverdue, funderID: area.funderID,
                                          areaID: area.id, year: allocation.year, quarter: quarter,
                                          detail: "Not received by its due date, \(due.longDescription): payment held"))
            }
        }
        return events
    }

    /// Each write of the audit log that changed the planned or spend of a return already recorded,
    /// on the day it was made. The write that first recorded a return (gave it a received date) or
    /// removed it is its arrival or its undoing, not a correction.
    func correctionEvents(in window: ChangeWindow, audit: [RecordedChange]) -> [ChangeEvent] {
        var events: [ChangeEvent] = []
        var start = audit.startIndex
        while start < audit.endIndex {
            let write = audit[start].write, key = audit[start].key
            var end = start
            while end < audit.endIndex && audit[end].write == write && audit[end].key == key { end += 1 }
            if let event = correction(audit[start..<end], in: window) { events.append(event) }
            start = end
        }
        return events
    }

    private func correction(_ write: ArraySlice<RecordedChange>, in window: ChangeWindow) -> ChangeEvent? {
        guard let first = write.first, window.contains(first.day), let area = area(first.key.areaID) else { return nil }
        let currency = currency(ofArea: area.id)
        var parts: [String] = []
        for change in write {
            switch (change.old, change.new) {
            case (.received(let old), .received(let new)) where (old == nil) != (new == nil):
                return nil
            case (.planned(let old), .planned(let new)) where old != new:
                parts.append("planned " + ChangeWords.fromTo(old, new, currency))
            case (.spend(let old), .spend(let new)) where old != new:
                parts.append("spend " + ChangeWords.fromTo(old, new, currency))
            default:
                continue
            }
        }
        guard !parts.isEmpty else { return nil }
        return ChangeEvent(date: first.day, kind: .returnCorrected, funderID: area.funderID, areaID: area.id,
                           year: first.key.year, quarter: first.key.quarter,
                           detail: "Corrected: " + parts.joined(separator: ", "))
    }
}
