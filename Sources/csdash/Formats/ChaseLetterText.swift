import GrantModel

/// The words of a chase letter: one plain-text message per contact, ready to paste into an email.
/// Deterministic (the same data and as-of date give the same bytes), so that it can be tested word
/// for word and a letter sent twice reads the same.
struct ChaseLetterText {
    let letter: ChaseLetter
    let grants: Grants
    let asOf: Day

    /// The letter's funders, in the order its items name them.
    private var funders: [Funder] {
        var seen: [FunderID] = []
        for item in letter.items where !seen.contains(item.funderID) { seen.append(item.funderID) }
        return seen.compactMap { grants.funder($0) }
    }

    /// `Monitoring return overdue: Solihull MBC 2016/17 Q2`, or a count when there are several.
    var subject: String {
        if letter.items.count == 1, let item = letter.items.first {
            let what = item.isQueried ? "Monitoring return queried" : "Monitoring return overdue"
            return "\(what): \(item.area.name) \(item.year) \(item.quarter)"
        }
        let overdue = letter.items.filter { !$0.isQueried }.count, queried = letter.items.count - overdue
        var counts: [String] = []
        if overdue > 0 { counts.append("\(overdue) overdue") }
        if queried > 0 { counts.append("\(queried) queried") }
        var names: [String] = []
        for item in letter.items where !names.contains(item.area.name) { names.append(item.area.name) }
        return "Monitoring returns: \(counts.joined(separator: ", ")) (\(names.joined(separator: ", ")))"
    }

    /// The body, lines of at most 72 characters (a query or a long name may run over, unbroken).
    var body: String {
        var lines = [greeting, ""]
        let from = funders.count == 1 ? "the \(funders[0].name)" : "the Police and Crime Commissioners named below"
        lines += PlainTextWrap.lines("Funding from \(from) is paid out on receipt of satisfactory monitoring information. "
            + "As of \(asOf.fullDescription), the payment for each quarter below is held until its return is received "
            + "or its query answered.")
        for (number, item) in letter.items.enumerated() {
            lines.append("")
            lines += itemLines(item, number: number + 1)
        }
        if letter.items.count > 1, let held = letter.amountHeld {
            let unscheduled = letter.items.filter { $0.amountHeld == nil }.count
            let rest = unscheduled == 0 ? "" : ", and the payment for \(unscheduled) quarter\(unscheduled == 1 ? "" : "s") "
                + "with no instalment scheduled yet"
            lines += [""] + PlainTextWrap.lines("Held in all: \(held.formatted(in: currency))\(rest).")
        }
        lines.append("")
        lines += PlainTextWrap.lines(closingRequest)
        lines += ["", "Thank you.", "", signature]
        return lines.joined(separator: "\n") + "\n"
    }

    /// `Dear Jo Bloggs,` when the contact starts with a name, else `Dear colleague,`.
    private var greeting: String { "Dear \(letter.name ?? "colleague")," }

    private func itemLines(_ item: ChaseItem, number: Int) -> [String] {
        let funderName = funders.count > 1 ? " (\(grants.funder(item.funderID)?.name ?? item.funderID))" : ""
        var lines = ["\(number). \(item.area.name), \(item.year) \(item.quarter) (\(item.year.months(of: item.quarter)))\(funderName)"]
        let indent = String(repeating: " ", count: "\(number). ".count)
        switch item.reason {
        case .overdue(let days):
            lines += PlainTextWrap.lines("The return was due on \(item.due.fullDescription) and is "
                + "\(days) day\(days == 1 ? "" : "s") overdue.", indent: indent)
        case .queried(let query):
            let when = item.queried.map { " on \($0.fullDescription)" } ?? ""
            lines += PlainTextWrap.lines("We queried the return\(when): \"\(query)\"", indent: indent)
        }
        let held = item.amountHeld.map { "Payment held: \($0.formatted(in: currency)) (the \(item.quarter) instalment)." }
            ?? "Payment held: the quarter's payment (no instalment is scheduled yet)."
        lines += PlainTextWrap.lines(held, indent: indent)
        return lines
    }

    private var closingRequest: String {
        let overdue = letter.items.contains { !$0.isQueried }, queried = letter.items.contains(where: \.isQueried)
        let plural = letter.items.count > 1
        switch (overdue, queried) {
        case (true, true):
            return "Please send the overdue return\(plural ? "s" : "") and answer the query as soon as you can. "
                + "If a return is already on its way, please tell us when it was sent, so that we can find it."
        case (true, false):
            return "Please send the overdue return\(plural ? "s" : "") as soon as you can. If \(plural ? "one is" : "it is") "
                + "already on its way, please tell us when it was sent, so that we can find it."
        default:
            return "Please answer the quer\(plural ? "ies" : "y") as soon as you can, with a corrected return where the "
                + "figures change."
        }
    }

    private var signature: String {
        funders.count == 1 ? "Community safety team, \(funders[0].name)" : "Community safety team"
    }

    private var currency: Currency {
        funders.first?.currency ?? .gbp
    }
}

extension ChaseItem {
    var isQueried: Bool {
        if case .queried = reason { return true }
        return false
    }
}
