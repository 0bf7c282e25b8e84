import Cells
import GrantModel

/// `s` steps the order of the overview and the lists, `S` reverses it, `O` steps the filter. The
/// selected area stays selected while it is shown; the lists keep their selected row where it is
/// still listed.
extension DashboardState {
    static let arrangementKeys: [Key] = [.character("s"), .character("S"), .character("O")]

    mutating func arrangementKey(_ key: Key) {
        let before = (outstanding: selectedOutstanding, payment: selectedPaymentRow)
        switch key {
        case .character("s"):
            arrangement = arrangement.nextSort()
        case .character("S"):
            guard arrangement.sort != nil else {
                say("s chooses an order first; S reverses it")
                return
            }
            arrangement.descending.toggle()
        case .character("O"):
            arrangement = arrangement.nextFilter()
        default:
            return
        }
        refreshShown()
        keepSelectionThroughArrangement(outstanding: before.outstanding, payment: before.payment)
        say(arrangementNotice)
    }

    /// `sorted by % spend, largest first; 3 of 7 areas: payment held`, `in areas.csv order; every area`.
    private var arrangementNotice: String {
        [arrangement.sortPhrase ?? "in areas.csv order",
         arrangement.filterPhrase(shown: shownPositions.count, of: areas.count) ?? "every area"].joined(separator: "; ")
    }

    private var selectedOutstanding: ReturnRow? {
        let listed = listedOutstanding
        return listed.indices.contains(outstanding.cursor.index) ? listed[outstanding.cursor.index] : nil
    }

    /// The same area (and row) selected where it is still shown; the first shown otherwise.
    private mutating func keepSelectionThroughArrangement(outstanding row: ReturnRow?, payment: PaymentRow?) {
        let shown = shownAreas
        if let first = shown.first, !shown.contains(where: { $0.id == selectedAreaID }) { selectedAreaID = first.id }
        let listed = listedOutstanding
        let index = row.flatMap { row in listed.firstIndex(of: row) } ?? 0
        if !listed.isEmpty { outstanding.cursor.select(index, count: listed.count, page: OutstandingScreen.pageSize(self)) }
        if let payment {
            keepPaymentSelection(payment.key)
        } else {
            payments.cursor = ListCursor()
        }
        keepSelectionVisible()
    }
}

extension Screen {
    /// The overview and the lists of areas' returns and payments: where `s`, `S` and `O` apply.
    var listsAreas: Bool {
        switch self {
        case .overview, .outstanding, .payments: return true
        default: return false
        }
    }
}
