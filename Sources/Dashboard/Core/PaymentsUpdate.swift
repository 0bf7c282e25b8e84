import Cells
import GrantModel

/// Keys on the payments view: moving, opening a quarter's area, scrolling the columns. `A` `Q`
/// `P` act on the selected row's quarter (see `formTarget`).
extension DashboardState {
    mutating func paymentsKey(_ key: Key) {
        let count = listedPayments.count
        guard count > 0 else { return }
        switch key {
        case .enter: openPaymentRow(payments.cursor.index)
        case .left, .character("h"): payments.columns.scroll(by: -1, last: PaymentsScreen.lastColumnOffset(self))
        case .right, .character("l"): payments.columns.scroll(by: 1, last: PaymentsScreen.lastColumnOffset(self))
        default:
            guard let move = Viewport.Move(key) else { break }
            payments.cursor.apply(move, count: count, page: PaymentsScreen.pageSize(self))
        }
        keepSelectionVisible()
    }

    /// The selected row of the payments view, when there is one.
    var selectedPaymentRow: PaymentRow? {
        let listed = listedPayments
        return listed.indices.contains(payments.cursor.index) ? listed[payments.cursor.index] : nil
    }

    /// Opens the area of a listed quarter, at that quarter.
    mutating func openPaymentRow(_ index: Int) {
        let listed = listedPayments
        guard listed.indices.contains(index) else { return }
        let row = listed[index]
        quarter = row.quarter
        selectedAreaID = row.area.id
        openDetail(row.area.id)
    }

    /// After the data changes, the payments view stays on the quarter it had selected, wherever
    /// it is listed now (an accepted return moves up to the quarters ready to release).
    mutating func keepPaymentSelection(_ key: Grants.ReturnKey?) {
        guard let key else { return }
        let listed = listedPayments
        guard let index = listed.firstIndex(where: { $0.area.id == key.areaID && $0.year == key.year && $0.quarter == key.quarter }) else { return }
        payments.cursor.select(index, count: listed.count, page: PaymentsScreen.pageSize(self))
    }
}

extension PaymentRow {
    var key: Grants.ReturnKey { Grants.ReturnKey(areaID: area.id, year: year, quarter: quarter) }
}
