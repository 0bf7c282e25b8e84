import Cells
import GrantModel

/// What fills the terminal. Each case carries what lives and goes with it; what a view keeps while
/// another shows (the overview's rows, the outstanding list's row, the board's columns) is kept in
/// the state beside it, as a tab keeps its place.
public enum Screen: Hashable, Sendable {
    case overview
    case outstanding
    case board
    /// Every quarter of the funder's year ready to release, held, awaiting review or paid.
    case payments
    /// What changed since the last board (`8`), newest first.
    case changes
    /// The years, themes or decisions view.
    case document(DocumentView)
    /// One area in full, drilled into from a view.
    case detail(AreaDetail)
    /// The data folder cannot be shown: its problems, and the screen that shows once it can.
    indirect case error(ErrorView)
    /// The board walkthrough (`p`, `--present`), drawn instead of the dashboard.
    indirect case presenting(Presentation)
}

/// The views drawn as one scrolling document of lines.
public enum DocumentKind: Hashable, Sendable {
    case years, themes, decisions

    var view: View {
        switch self {
        case .years: return .years
        case .themes: return .themes
        case .decisions: return .decisions
        }
    }
}

public struct DocumentView: Hashable, Sendable {
    public let kind: DocumentKind
    public internal(set) var lines = Viewport()
    /// The tables' first scrollable column (`←` `→`), the same for every table of the document.
    public internal(set) var columns = Viewport()
}

public struct AreaDetail: Hashable, Sendable {
    public let areaID: AreaID
    /// The view it was opened from, which Esc goes back to.
    public let from: View
    public internal(set) var lines = Viewport()
}

public struct ErrorView: Hashable, Sendable {
    public internal(set) var lines = Viewport()
    /// What shows once the folder can be read again.
    public internal(set) var then: Screen
}

extension Screen {
    /// A view of the tab strip as it first shows.
    init(_ view: View) {
        switch view {
        case .overview: self = .overview
        case .outstanding: self = .outstanding
        case .board: self = .board
        case .years: self = .document(DocumentView(kind: .years))
        case .themes: self = .document(DocumentView(kind: .themes))
        case .decisions: self = .document(DocumentView(kind: .decisions))
        case .payments: self = .payments
        case .changes: self = .changes
        }
    }

    /// The view showing, or the one the dashboard's own screen belongs to: the detail's view, and
    /// the view behind a presentation or the error screen (the overview when there is none).
    var view: View {
        switch dashboard {
        case .document(let shown)?: return shown.kind.view
        case .detail(let shown)?: return shown.from
        case .outstanding?: return .outstanding
        case .board?: return .board
        case .payments?: return .payments
        case .changes?: return .changes
        case .overview?, .error?, .presenting?, nil: return .overview
        }
    }

    /// The dashboard's own screen: this one, or the one a presentation goes back to or the error
    /// screen gives way to. nil while presenting from the start (`--present`), with none behind.
    var dashboard: Screen? {
        switch self {
        case .error(let shown): return shown.then.dashboard
        case .presenting(let shown): return shown.returningTo?.dashboard
        default: return self
        }
    }

    /// Replaces the dashboard's own screen where it is, shown or behind.
    mutating func setDashboard(_ screen: Screen) {
        switch self {
        case .error(var shown):
            shown.then.setDashboard(screen)
            self = .error(shown)
        case .presenting(var shown):
            shown.returningTo?.setDashboard(screen)
            self = .presenting(shown)
        default:
            self = screen
        }
    }

    /// The presentation, showing or waiting behind the error screen.
    var presentation: Presentation? {
        switch self {
        case .presenting(let shown): return shown
        case .error(let shown): return shown.then.presentation
        default: return nil
        }
    }

    mutating func setPresentation(_ presentation: Presentation) {
        switch self {
        case .presenting: self = .presenting(presentation)
        case .error(var shown):
            shown.then.setPresentation(presentation)
            self = .error(shown)
        default: break
        }
    }

    /// The detail closed, back on its view; any other screen as it is.
    var closingDetail: Screen {
        if case .detail(let shown) = self { return Screen(shown.from) }
        return self
    }
}
