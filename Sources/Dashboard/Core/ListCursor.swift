import Cells
/// The selected row of a list and the rows in view. After every change the selection is a row of
/// the list (or 0 when there is none) and on screen.
public struct ListCursor: Hashable, Sendable {
    public private(set) var index = 0
    /// The first row in view.
    public private(set) var viewport = Viewport()

    /// Moves the selection as a key asks (`page` rows fit on screen) and keeps it in view.
    mutating func apply(_ move: Viewport.Move, count: Int, page: Int) {
        index = move.position(from: index, page: page, last: count - 1)
        keep(count: count, page: page)
    }

    /// Selects row `index` (a click), kept in the list and in view.
    mutating func select(_ index: Int, count: Int, page: Int) {
        self.index = index
        keep(count: count, page: page)
    }

    /// Back on a row of the list after it changed, and in view. The view may end below the last
    /// row, as the list had it before it shrank; it never starts below it.
    mutating func keep(count: Int, page: Int) {
        guard count > 0 else {
            self = ListCursor()
            return
        }
        index = max(0, min(index, count - 1))
        viewport.keepVisible(index, window: page)
        viewport.clamp(last: count - 1)
    }
}
