import Cells

/// Where the chrome and the body of every screen go, for a terminal size. The reducer uses it too,
/// for paging and mouse hits, so drawing and navigation always agree.
struct ScreenLayout {
    static let minimumSize = Size(width: 40, height: 12)

    let header: Rect
    let tabs: Rect
    let body: Rect
    /// The overview's totals line (empty on other screens' layouts).
    let totals: Rect
    let status: Rect

    init(_ size: Size, withTotals: Bool = false) {
        let all = Rect(size)
        let (header, rest) = all.splitTop(1)
        let (tabs, belowTabs) = rest.splitTop(1)
        let (aboveStatus, status) = belowTabs.splitBottom(1)
        let (body, totals) = aboveStatus.splitBottom(withTotals ? 1 : 0)
        self.header = header
        self.tabs = tabs
        self.body = body
        self.totals = totals
        self.status = status
    }

    static func isTooSmall(_ size: Size) -> Bool {
        size.width < minimumSize.width || size.height < minimumSize.height
    }
}

/// The overview's grid of area panes: as many columns as fit, scrolled by whole rows of panes.
struct OverviewLayout {
    static let paneHeight = 6
    /// A pane with its quarters' review and payment badges on two lines, where every pane fits so.
    static let tallPaneHeight = 7
    static let minimumPaneWidth = 38
    static let maximumPaneWidth = 60

    let body: Rect
    let paneHeight: Int
    let columns: Int
    let paneWidth: Int
    let visibleRows: Int
    let count: Int

    init(body: Rect, count: Int, paneHeight: Int = OverviewLayout.paneHeight) {
        self.body = body
        self.count = count
        self.paneHeight = paneHeight
        // The fewest columns that show every pane at once: wider panes, longer bars.
        let widest = max(1, body.width / OverviewLayout.minimumPaneWidth)
        let fitting = max(1, body.height / paneHeight)
        columns = (1...widest).first { (count + $0 - 1) / $0 <= fitting } ?? widest
        paneWidth = min(OverviewLayout.maximumPaneWidth, body.width / columns)
        visibleRows = fitting
    }

    /// Tall panes (`tall`: the badges have a second line to say more) when every pane still fits
    /// on screen at once; otherwise the panes stay short, and the badges say less on one line.
    init(body: Rect, count: Int, tall: Bool) {
        let roomy = OverviewLayout(body: body, count: count, paneHeight: OverviewLayout.tallPaneHeight)
        self = tall && roomy.rows <= roomy.visibleRows ? roomy : OverviewLayout(body: body, count: count)
    }

    var isTall: Bool { paneHeight == OverviewLayout.tallPaneHeight }

    var rows: Int { (count + columns - 1) / columns }

    func row(of index: Int) -> Int { index / columns }

    /// The pane of area `index` when its row is on screen.
    func rect(of index: Int, scroll: Int) -> Rect? {
        let row = index / columns - scroll
        guard row >= 0 && row < visibleRows && index < count else { return nil }
        let rect = Rect(x: body.x + (index % columns) * paneWidth, y: body.y + row * paneHeight,
                        width: paneWidth, height: paneHeight)
        return rect.maxY <= body.maxY ? rect : nil
    }

    /// The area index under a point, if a pane is there.
    func index(at point: Point, scroll: Int) -> Int? {
        guard body.contains(point) else { return nil }
        let column = (point.x - body.x) / paneWidth
        let row = (point.y - body.y) / paneHeight
        guard column < columns else { return nil }
        let index = (row + scroll) * columns + column
        return index < count && rect(of: index, scroll: scroll) != nil ? index : nil
    }

    /// The scroll that keeps the row of `index` on screen, moving as little as possible.
    func scroll(keeping index: Int, from current: Int) -> Int {
        let row = self.row(of: index)
        // Never past the last full screen of rows: a scroll kept from a shorter terminal would
        // otherwise leave empty rows below the panes.
        let current = max(0, min(current, max(0, rows - visibleRows)))
        if row < current { return row }
        if row >= current + visibleRows { return row - visibleRows + 1 }
        return current
    }
}
