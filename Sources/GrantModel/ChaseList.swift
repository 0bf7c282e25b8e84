/// One return to chase: an area's quarter whose payment is held because the return is overdue or
/// was queried, with what the area needs to be told about it.
public struct ChaseItem: Hashable, Sendable {
    public var funderID: FunderID
    public var area: Area
    public var year: FinancialYear
    public var quarter: Quarter
    /// Overdue by N days, or queried with the query's text.
    public var reason: HoldReason
    public var due: Day
    /// The day of the query; nil for an overdue return.
    public var queried: Day?
    /// The scheduled instalment held back; nil when payments.csv schedules none for the quarter.
    public var amountHeld: Money?
}

/// Everything one contact is asked for: one message, however many areas and quarters it covers.
public struct ChaseLetter: Hashable, Sendable {
    /// The contact exactly as areas.csv gives it (a name, an email address, a phone number).
    public var contact: String
    public var items: [ChaseItem]

    public init(contact: String, items: [ChaseItem]) {
        self.contact = contact
        self.items = items
    }

    /// The instalments held back across the letter's items (nil when none has an amount).
    public var amountHeld: Money? {
        let amounts = items.compactMap(\.amountHeld)
        return amounts.isEmpty ? nil : amounts.sum()
    }

    /// The name the contact starts with (`Jo Bloggs` of `Jo Bloggs <jo@example.org>` or of
    /// `Jo Bloggs, 0121 704 6000`); nil when it starts with an address or a number.
    public var name: String? {
        let first = contact.split(whereSeparator: { $0 == "," || $0 == ";" || $0 == "<" || $0 == "(" })
            .first.map { String($0).trimmingSpaces() } ?? ""
        let isName = first.contains(where: \.isLetter) && !first.contains(where: { $0.isNumber || $0 == "@" })
        return isName ? first : nil
    }

    /// The first email address in the contact (`Jo Bloggs <jo@example.org>`, `jo@example.org`), for
    /// the `To:` of an .eml; nil when the contact is a name or a phone number only.
    public var emailAddress: String? {
        let separators: Set<Character> = [" ", ",", ";", "<", ">", "(", ")", "\"", "'"]
        let words = contact.split(whereSeparator: { separators.contains($0) })
        return words.first { word in
            let parts = word.split(separator: "@", omittingEmptySubsequences: false)
            return parts.count == 2 && !parts[0].isEmpty && parts[1].contains(".")
                && !parts[1].hasPrefix(".") && !parts[1].hasSuffix(".")
        }.map(String.init)
    }
}

/// The chase letters of a day: one per contact, and the returns of areas that have no contact.
public struct ChaseList: Hashable, Sendable {
    public var asOf: Day
    /// In the order of each contact's first area in the data (funder, then areas.csv order).
    public var letters: [ChaseLetter]
    /// Overdue or queried returns of areas with no `contact`: nobody to write to.
    public var withoutContact: [ChaseItem]

    public var isEmpty: Bool { letters.isEmpty && withoutContact.isEmpty }
}

extension Grants {
    /// Every return whose payment is held on `asOf` (overdue or queried), gathered per contact.
    /// `funderID` keeps one funder's areas, `year` one year's returns. A contact is matched on its trimmed text, so that two
    /// areas run by one officer get one message.
    public func chaseList(asOf: Day, funderID: FunderID? = nil, year: FinancialYear? = nil) -> ChaseList {
        var letters: [ChaseLetter] = []
        var letterIndex: [String: Int] = [:]
        var withoutContact: [ChaseItem] = []
        let held = paymentRows(asOf: asOf) { if case .held = $0 { return true } else { return false } }
        for row in held where (funderID == nil || row.funderID == funderID) && (year == nil || row.year == year) {
            guard case .held(let reason) = row.status else { continue }
            let queried: Day? = if case .queried = reason {
                monitoringReturn(for: row.area.id, in: row.year, quarter: row.quarter)?.review?.date
            } else {
                nil
            }
            let item = ChaseItem(funderID: row.funderID, area: row.area, year: row.year, quarter: row.quarter,
                                 reason: reason, due: row.due,
                                 queried: queried, amountHeld: row.amount)
            let contact = row.area.contact.trimmingSpaces()
            if contact.isEmpty {
                withoutContact.append(item)
            } else if let index = letterIndex[contact] {
                letters[index].items.append(item)
            } else {
                letterIndex[contact] = letters.count
                letters.append(ChaseLetter(contact: contact, items: [item]))
            }
        }
        return ChaseList(asOf: asOf, letters: letters, withoutContact: withoutContact)
    }
}
