import Cells
import GrantModel

/// The area detail's review and payment: each quarter's review, payment, instalment, date paid
/// and reference, what the area has been paid in the year, and the text of any query.
enum DetailPayments {
    static func lines(_ rows: [PaymentRow], grants: Grants, total: Money, currency: Currency, glyphs: Glyphs, width: Int) -> [[Span]] {
        let table = rows.map { row -> [Span] in
            let item = grants.monitoringReturn(for: row.area.id, in: row.year, quarter: row.quarter)
            var review = [Span(glyphs.unknown, Style(.dim))]
            if let status = row.review {
                let day = status == .awaiting ? "" : item?.review.map { " \($0.date.longDescription)" } ?? ""
                review = [Span(Badge.text(status, glyphs: glyphs) + day, Badge.style(status))]
            }
            let payment = Badge.withReason(row.status, currency: currency, glyphs: glyphs)
            return [Span("\(row.quarter)", Style(.header, bold: true))] + review
                + [Span(payment, Badge.style(row.status)), Span(glyphs.money(row.amount, currency)),
                   Span(row.paid?.longDescription ?? ""), Span(glyphs.text(row.ref), Style(.dim))]
        }
        let headers: [(String, Bool)] = [("Quarter", false), ("Review", false), ("Payment", false), ("Amount", true),
                                         ("Paid", false), ("Ref", false)]
        // Like the detail's other tables it does not scroll sideways: the reference is the text to cut.
        var lines = DocumentScreen.table(headers: headers, rows: table, shrinking: [5], glyphs: glyphs).lines(width: width)

        let paid = rows.filter { $0.paid != nil }.compactMap(\.amount).sum()
        let share = Percent.of(paid, in: total).map { " (\(Percent.text($0)))" } ?? ""
        lines.append([Span("paid to date ", Style(.dim)), Span(glyphs.money(paid, currency), Style(.header, bold: true)),
                      Span(" of \(glyphs.money(total, currency)) total allocation\(share)", Style(.dim))])
        for row in rows where row.review == .queried {
            guard let review = grants.monitoringReturn(for: row.area.id, in: row.year, quarter: row.quarter)?.review else { continue }
            lines.append([Span("\(row.quarter) queried \(review.date.longDescription): ", Style(.danger, bold: true)),
                          Span(glyphs.text(review.query.replacingNewlines()), Style(.danger))])
        }
        return lines
    }

    /// Why the area's payment is held: `the Q2 return is overdue`, `the Q1 return was queried:
    /// spend by project missing`; empty when nothing is held.
    static func heldBecause(_ rows: [PaymentRow], glyphs: Glyphs) -> String {
        var overdue: [Quarter] = [], queried: [String] = []
        for row in rows {
            switch row.status {
            case .held(.overdue): overdue.append(row.quarter)
            case .held(.queried(let query)): queried.append("the \(row.quarter) return was queried: \(glyphs.text(query.replacingNewlines()))")
            default: break
            }
        }
        let late = overdue.isEmpty ? [] : ["the \(overdue.map(\.description).joined(separator: ", ")) return is overdue"]
        return (late + queried).joined(separator: "; ")
    }
}
