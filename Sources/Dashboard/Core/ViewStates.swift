import Cells
/// What the outstanding list keeps while another view shows: its row, its columns, its scope.
public struct OutstandingList: Hashable, Sendable {
    public internal(set) var cursor = ListCursor()
    /// The first scrollable column (`←` `→`).
    public internal(set) var columns = Viewport()
    /// Every funder's returns of every year (`a`), not only the selected funder's of the selected year.
    public internal(set) var ofAllFunders = false
}

/// What the board tables keep while another view shows.
public struct BoardView: Hashable, Sendable {
    /// The first scrollable column (the area name column stays put).
    public internal(set) var columns = Viewport()
    /// Which table shows when the two do not fit one above the other (0: Table 1).
    public internal(set) var table = 0
    /// Table 2 shows the run-rate forecast columns (`o`).
    public internal(set) var showsForecast = false
}

/// What the payments view keeps while another view shows: its row and its columns.
public struct PaymentsList: Hashable, Sendable {
    public internal(set) var cursor = ListCursor()
    /// The first scrollable column (`←` `→`).
    public internal(set) var columns = Viewport()
}
