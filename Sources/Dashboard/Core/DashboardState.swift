import Cells
import GrantModel


/// The views the tab strip steps through; the area detail is reached by drilling down.
public enum View: Int, Hashable, Sendable, CaseIterable {
    case overview, outstanding, board, years, themes, decisions

    public var title: String {
        switch self {
        case .overview: return "Overview"
        case .outstanding: return "Outstanding"
        case .board: return "Board"
        case .years: return "Years"
        case .themes: return "Themes"
        case .decisions: return "Decisions"
        }
    }

    /// Views drawn as one scrolling document of lines.
    var isDocument: Bool { self == .years || self == .themes || self == .decisions }
}

/// A `/` search being typed: the query and the selection to go back to on Esc.
public struct Search: Hashable, Sendable {
    public var query: String
    public var selectionBefore: AreaID?
    public var funderBefore: FunderID?
}

/// A short message on the status line that goes away by itself.
public struct Notice: Hashable, Sendable {
    public var text: String
    public var expiresAt: Int
}

/// Everything every screen is drawn from. Changed only by `update`; drawn only by `render`.
public struct DashboardState: Sendable {
    public var grants: Grants? {
        didSet { dataRevision += 1 }
    }
    /// Counts replacements of `grants`, so cached derivations know when they are stale.
    private(set) var dataRevision = 0
    /// The selected funder's areas and report, kept between frames (see `refreshCaches`).
    private var cache: DerivedCache?
    /// Errors (and warnings) from the last load; shown on the error screen when there is no data.
    public var diagnostics: [Diagnostic]
    public var folder: String
    public var asOf: Day
    /// The figures are as recorded on `asOf` (`--as-recorded`): the header says so, and nothing
    /// can be recorded.
    public var asRecorded = false
    /// The real date, not the as-of date: the form refuses a received date after it. nil: not known.
    public var today: Day?
    public var funderID: FunderID?
    public var year: FinancialYear
    public var quarter: Quarter
    public var view: View = .overview
    /// The area shown in detail, drilled into from `view`.
    public var detailAreaID: AreaID?
    public var selectedAreaID: AreaID?
    public var outstandingIndex = 0
    /// First pane row shown on the overview, first line of a list or of the detail.
    public var overviewScroll = 0
    public var outstandingScroll = 0
    /// First scrollable column of the outstanding list (`←` `→`).
    public var outstandingColumnOffset = 0
    /// The outstanding list shows every funder's returns of every year (`a`), not only the
    /// selected funder's of the selected year.
    public var outstandingOfAllFunders = false
    public var detailScroll = 0
    /// First line shown of the years, themes and decisions views.
    public var documentScroll = 0
    /// First scrollable column of the years and themes views' tables (`←` `→`).
    public var documentColumnOffset = 0
    public var errorScroll = 0
    /// First scrollable column of the board tables (the area name column stays put).
    public var boardColumnOffset = 0
    /// Which board table shows when the two do not fit one above the other (0: Table 1).
    public var boardTable = 0
    /// The board's Table 2 shows the run-rate forecast columns (`o`).
    public var boardForecast = false
    public var showingHelp = false
    /// Presentation mode (`p`, or `--present`): drawn instead of the dashboard while set.
    public var presentation: Presentation?
    /// The record/correct form, when open.
    public var form: ReturnForm?
    /// Started with --read-only (or presenting): no form, no undo.
    public var readOnly = false
    /// Edits that reverse this session's saves, most recent last: `u` applies the last.
    public var undoStack: [[ReturnEdit]] = []
    /// Files the first frame was drawn without (a first look): being read and checked now.
    public var unread: [String] = []
    /// Errors in the files on disk since the last reload; the last good data stays on screen.
    public var reloadProblems: [Diagnostic] = []
    public var showingProblems = false
    public var search: Search?
    public var lastSearch: String?
    public var notice: Notice?
    public var size: Size
    public var glyphs: Glyphs
    public var mouseEnabled: Bool
    public var now = 0
    var lastClick: (point: Point, milliseconds: Int)?

    /// Starts on the contract's default year and quarter for `asOf`, on the first funder allocating then.
    public init(loaded: FolderContents, folder: String, asOf: Day, size: Size, glyphs: Glyphs = .unicode,
                mouseEnabled: Bool = true, year: FinancialYear? = nil, quarter: Quarter? = nil, funderID: FunderID? = nil) {
        self.grants = loaded.grants
        self.diagnostics = loaded.diagnostics
        self.unread = loaded.unread
        self.folder = folder
        self.asOf = asOf
        self.size = size
        self.glyphs = glyphs
        self.mouseEnabled = mouseEnabled
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

    /// `lines 1-21 of 29` on a screen that scrolls further than it shows; nil when all of it shows.
    var scrollPosition: String? {
        guard grants != nil else { return nil }
        let visible = ScreenLayout(size).body.height
        let total: Int, first: Int
        if detailAreaID != nil {
            (total, first) = (AreaDetailScreen.lineCount(self), detailScroll)
        } else if view.isDocument {
            (total, first) = (DocumentScreen.lineCount(self), documentScroll)
        } else {
            return nil
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
    }

    var cacheKey: CacheKey { CacheKey(revision: dataRevision, funderID: funderID, year: year, quarter: quarter, asOf: asOf) }

    /// Recomputes the areas, the report and the shown document when what they depend on has
    /// changed. Called after every event, so that a frame and the next keypress do not walk every
    /// area (or every project) again.
    mutating func refreshCaches() {
        if cache?.key != cacheKey {
            cache = nil
            let areas = self.areas, report = self.report
            cache = DerivedCache(key: cacheKey, areas: areas, report: report)
        }
        refreshDocument()
    }

    /// What a document view's lines depend on.
    struct DocumentKey: Hashable, Sendable {
        var data: CacheKey
        var view: View
        var width: Int
        var unread: [String]
        var isUnicode: Bool
        var columnOffset: Int
    }

    func documentKey(width: Int) -> DocumentKey {
        DocumentKey(data: cacheKey, view: view, width: width, unread: unread, isUnicode: glyphs.isUnicode,
                    columnOffset: documentColumnOffset)
    }

    /// The years, themes or decisions view's lines, kept while they stay the same: a national
    /// folder's themes are hundreds of lines from thousands of projects, and each keypress would
    /// otherwise lay them all out again, more than once.
    private(set) var documentCache: (key: DocumentKey, document: Document)?

    private mutating func refreshDocument() {
        guard view.isDocument, grants != nil else {
            documentCache = nil
            return
        }
        let key = documentKey(width: DocumentScreen.width(size))
        guard documentCache?.key != key else { return }
        documentCache = nil
        documentCache = (key, DocumentScreen.document(self, width: key.width))
    }

    /// Every `due` or `overdue` return of every funder, most overdue first. Kept, not derived on
    /// each frame: it walks every area-year, and changes only with the data.
    public private(set) var outstandingRows: [ReturnRow] = []

    /// The outstanding view's list: the selected funder's returns of the selected year (the ones
    /// the header counts), or every funder's of every year after `a`.
    public var listedOutstanding: [ReturnRow] {
        outstandingOfAllFunders ? outstandingRows : outstandingRows.filter { $0.funderID == funderID && $0.year == year }
    }

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
