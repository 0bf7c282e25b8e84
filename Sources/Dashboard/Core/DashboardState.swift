import Cells
import GrantModel


/// The views the tab strip steps through; the area detail is reached by drilling down.
public enum View: Int, Hashable, Sendable, CaseIterable {
    case overview, outstanding, board, years, themes, decisions, payments, changes

    public var title: String {
        switch self {
        case .overview: return "Overview"
        case .outstanding: return "Outstanding"
        case .board: return "Board"
        case .years: return "Years"
        case .themes: return "Themes"
        case .decisions: return "Decisions"
        case .payments: return "Payments"
        case .changes: return "Changes"
        }
    }
}

/// A short message on the status line that goes away by itself.
public struct Notice: Hashable, Sendable {
    public var text: String
    public var expiresAt: Int
}

/// Everything every screen is drawn from. Changed only by `update`; drawn only by `render`.
public struct DashboardState: Sendable {
    public internal(set) var screen: Screen
    public internal(set) var mode: Mode = .normal

    public internal(set) var grants: Grants? {
        didSet { dataRevision += 1 }
    }
    /// Counts replacements of `grants`, so cached derivations know when they are stale.
    private(set) var dataRevision = 0
    /// The selected funder's areas and report, kept between frames (see `refreshCaches`).
    private var cache: DerivedCache?
    /// Errors (and warnings) from the last load; shown on the error screen when there is no data.
    public internal(set) var diagnostics: [Diagnostic]
    /// Files the first frame was drawn without (a first look): being read and checked now.
    public internal(set) var unread: [String] = []
    /// Errors in the files on disk since the last reload; the last good data stays on screen.
    public internal(set) var reloadProblems: [Diagnostic] = []

    public let folder: String
    public let asOf: Day
    /// The figures are as recorded on `asOf` (`--as-recorded`): the header says so, and nothing
    /// can be recorded.
    public let asRecorded: Bool
    /// The real date, not the as-of date: the form refuses a received date after it. nil: not known.
    public let today: Day?
    /// Started with --read-only (or presenting, or replaying): no form, no undo.
    public let readOnly: Bool
    /// Connected to a shared store as a viewer, who may not write: read-only, and says why.
    public var connectedAsViewer = false
    /// The shared store's server went away: the last data stays shown and the header says so.
    public internal(set) var connectionLost = false
    public let glyphs: Glyphs
    public let mouseEnabled: Bool

    public internal(set) var funderID: FunderID?
    public internal(set) var year: FinancialYear
    public internal(set) var quarter: Quarter
    public internal(set) var selectedAreaID: AreaID?

    /// The overview's first row of panes in view.
    public internal(set) var overviewRows = Viewport()
    public internal(set) var outstanding = OutstandingList()
    public internal(set) var board = BoardView()
    public internal(set) var payments = PaymentsList()
    /// The order and filter of the overview and the lists (`s`, `S`, `O`).
    public internal(set) var arrangement = AreaArrangement()
    var shownCache: ShownLists?
    /// The help's first line in view (`?`: the keys, then every symbol).
    var helpLines = Viewport()
    public internal(set) var sinceBoard = SinceBoard()

    /// What reverses each of this session's saves, most recent last: `u` applies the last.
    public internal(set) var undoEntries: [SavedChange] = []
    /// The edits of each entry of `undoEntries`.
    public var undoStack: [[ReturnEdit]] { undoEntries.map(\.undo) }
    /// Saves asked for and not finished, in the order asked: the first is under way.
    public internal(set) var saves: [PendingSave] = []
    /// The form closed with Esc while its save went on, or whose save was refused after it
    /// closed: `e` brings it back with the values as typed.
    public internal(set) var setAsideForm: ReturnForm?
    var folderReads = FolderReads()
    public internal(set) var lastSearch: String?
    public internal(set) var notice: Notice?
    public internal(set) var size: Size
    public internal(set) var now = 0
    var lastClick: (point: Point, milliseconds: Int)?

    /// Starts on the contract's default year and quarter for `asOf`, on the first funder allocating
    /// then; on the overview, or presenting when `presenting` (`--present`: the only screen). With
    /// `since` (the last board's date) and `audit` (the audit log's corrections) the changes since
    /// then are listed, and a walkthrough opens on them.
    public init(loaded: FolderContents, folder: String, asOf: Day, size: Size, glyphs: Glyphs = .unicode,
                mouseEnabled: Bool = true, year: FinancialYear? = nil, quarter: Quarter? = nil, funderID: FunderID? = nil,
                asRecorded: Bool = false, readOnly: Bool = false, today: Day? = nil, presenting: Bool = false,
                since: Day? = nil, audit: [RecordedChange] = []) {
        self.grants = loaded.grants
        self.diagnostics = loaded.diagnostics
        self.unread = loaded.unread
        self.folder = folder
        self.asOf = asOf
        self.asRecorded = asRecorded
        self.today = today
        self.readOnly = readOnly
        self.size = size
        self.glyphs = glyphs
        self.mouseEnabled = mouseEnabled
        sinceBoard = SinceBoard(day: since, audit: audit)
        let first: Screen = presenting ? .presenting(Presentation(page: since == nil ? .summary : .sinceLastBoard, returningTo: nil)) : .overview
        screen = loaded.grants == nil ? .error(ErrorView(then: first)) : first
        let period = loaded.grants?.defaultPeriod(showing: funderID.map { [$0] }, asOf: asOf, year: year, quarter: quarter)
            ?? ReportPeriod.defaults(for: [], returnDueDays: 0, asOf: asOf, year: year, quarter: quarter)
        self.year = period.year
        self.quarter = period.quarter
        if let grants = loaded.grants {
            self.funderID = funderID ?? grants.funders(allocatingIn: period.year).first?.id ?? grants.funders.first?.id
            self.selectedAreaID = areas.first?.id
        }
        refreshOutstanding()
        refreshCaches()
    }

    /// The view showing, or the one the detail was opened from.
    public var view: View { screen.view }

    /// The area in detail, shown or behind a presentation.
    public var detailAreaID: AreaID? {
        if case .detail(let shown)? = screen.dashboard { return shown.areaID }
        return nil
    }

    public var search: Search? {
        if case .search(let search) = mode { return search }
        return nil
    }

    public var form: ReturnForm? {
        if case .form(let form) = mode { return form }
        return nil
    }

    public var reviewPaymentForm: ReviewPaymentForm? {
        if case .reviewPayment(let form) = mode { return form }
        return nil
    }

    /// `lines 1-21 of 29` on a screen that scrolls further than it shows; nil when all of it shows.
    var scrollPosition: String? {
        guard grants != nil else { return nil }
        let visible = ScreenLayout(size).body.height
        let total: Int, first: Int
        switch screen {
        case .detail(let shown): (total, first) = (AreaDetailScreen.lineCount(self, shown), shown.lines.top)
        case .document(let shown): (total, first) = (DocumentScreen.lineCount(self, shown), shown.lines.top)
        default: return nil
        }
        guard total > visible else { return nil }
        return "lines \(first + 1)-\(min(total, first + visible)) of \(total)"
    }

    public var period: ReportPeriod { ReportPeriod(year: year, quarter: quarter, asOf: asOf) }

    /// `as of 6 Dec 2016`, or `as recorded on 6 Dec 2016` when the figures are replayed.
    var asOfPhrase: String { DashboardState.asOfPhrase(asOf.longDescription, asRecorded: asRecorded) }

    static func asOfPhrase(_ day: String, asRecorded: Bool) -> String {
        asRecorded ? "as recorded on \(day)" : "as of \(day)"
    }

    public var funder: Funder? { funderID.flatMap { grants?.funder($0) } }

    /// The selected funder's areas allocated money in the selected year, in areas.csv order.
    public var areas: [Area] {
        if let cache, cache.key == cacheKey { return cache.areas }
        guard let grants, let funderID else { return [] }
        return grants.allocatedAreas(of: funderID, in: year)
    }

    /// The selected funder's year of reviews and payments on the as-of date.
    var funderPayments: FunderPayments {
        if let cache, cache.key == cacheKey { return cache.payments }
        guard let grants, let funderID else { return FunderPayments() }
        return FunderPayments(grants, funderID: funderID, year: year, asOf: asOf)
    }

    /// The overview's panes at this size: tall ones, with a second line of badges, when the folder
    /// keeps reviews and payments and every pane fits so.
    var overviewLayout: OverviewLayout {
        OverviewLayout(body: ScreenLayout(size, withTotals: true).body, count: shownPositions.count, tall: funderPayments.isTracked)
    }

    /// The selected funder's report for the selected period.
    public var report: FunderReport? {
        if let cache, cache.key == cacheKey { return cache.report }
        guard let grants, let funderID else { return nil }
        return grants.report(for: funderID, in: period)
    }

    /// What the cached areas and report depend on.
    struct CacheKey: Hashable, Sendable {
        var revision: Int
        var funderID: FunderID?
        var year: FinancialYear
        var quarter: Quarter
        var asOf: Day
    }

    struct DerivedCache: Sendable {
        var key: CacheKey
        var areas: [Area]
        var report: FunderReport?
        var payments: FunderPayments
    }

    var cacheKey: CacheKey { CacheKey(revision: dataRevision, funderID: funderID, year: year, quarter: quarter, asOf: asOf) }

    /// Recomputes the areas, the report and the shown document when what they depend on has
    /// changed. Called after every event, so that a frame and the next keypress do not walk every
    /// area (or every project) again.
    mutating func refreshCaches() {
        if cache?.key != cacheKey {
            cache = nil
            let areas = self.areas, report = self.report, payments = self.funderPayments
            cache = DerivedCache(key: cacheKey, areas: areas, report: report, payments: payments)
        }
        refreshShown()
        refreshDocument()
        refreshChanges()
    }

    /// What a document view's lines depend on.
    struct DocumentKey: Hashable, Sendable {
        var data: CacheKey
        var kind: DocumentKind
        var width: Int
        var unread: [String]
        var isUnicode: Bool
        var columnOffset: Int
    }

    func documentKey(_ shown: DocumentView, width: Int) -> DocumentKey {
        DocumentKey(data: cacheKey, kind: shown.kind, width: width, unread: unread, isUnicode: glyphs.isUnicode,
                    columnOffset: shown.columns.top)
    }

    /// The years, themes or decisions view's lines, kept while they stay the same: a national
    /// folder's themes are hundreds of lines from thousands of projects, and each keypress would
    /// otherwise lay them all out again, more than once.
    private(set) var documentCache: (key: DocumentKey, document: Document)?

    private mutating func refreshDocument() {
        guard case .document(let shown)? = screen.dashboard, grants != nil else {
            documentCache = nil
            return
        }
        let key = documentKey(shown, width: DocumentScreen.width(size))
        guard documentCache?.key != key else { return }
        documentCache = nil
        documentCache = (key, DocumentScreen.document(self, shown, width: key.width))
    }

    /// Every `due` or `overdue` return of every funder, most overdue first. Kept, not derived on
    /// each frame: it walks every area-year, and changes only with the data.
    public private(set) var outstandingRows: [ReturnRow] = []

    /// The only writer of `outstandingRows`, which stays private(set) so no other file sets it.
    mutating func refreshOutstanding() {
        outstandingRows = grants?.returnRows(asOf: asOf, including: \.isOutstanding).mostOverdueFirst() ?? []
    }

    public var selectedIndex: Int? {
        guard let selectedAreaID else { return nil }
        return areas.firstIndex { $0.id == selectedAreaID }
    }

    /// The contract's default period for the selected funder alone (its years, its due days):
    /// where `f` lands when the funder has nothing in the year shown.
    mutating func takeTheFundersDefaultPeriod() {
        guard let grants, let funderID else { return }
        let period = grants.defaultPeriod(showing: [funderID], asOf: asOf)
        year = period.year
        quarter = period.quarter
    }

    /// Years the selected funder has allocations in (every year of the data when it has none).
    public var funderYears: [FinancialYear] {
        guard let grants else { return [] }
        let areas = funderID.map(grants.areas(of:)) ?? []
        let years = grants.years.filter { year in areas.contains { grants.allocation(for: $0.id, in: year) != nil } }
        return years.isEmpty ? grants.years : years
    }
}
