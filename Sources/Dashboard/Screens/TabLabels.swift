import GrantModel

/// The tab strip's labels, in the fullest form in which every view fits the width: each title
/// padded, then unpadded, then every title abbreviated alike (`8 Chg`), then numbers alone. One
/// form for all views, so that no view is cut to its number while the others keep their names.
enum TabLabels {
    enum Form: CaseIterable {
        case padded, plain, short, numbers
    }

    /// ` 1 Overview `, `2 Outstanding (1)`, `8 Chg (12)`, `3`: each view's number and title.
    static func labels(_ state: DashboardState, _ form: Form) -> [String] {
        state.tabViews.enumerated().map { number, view in
            var label = "\(number + 1)"
            if form == .numbers { return label }
            label += " " + (form == .short ? view.shortTitle : view.title)
            if view == .outstanding { label += " (\(state.listedOutstanding.count))" }
            if view == .changes, let count = state.changes?.events.count { label += " (\(count))" }
            return form == .padded ? " \(label) " : label
        }
    }

    /// The columns the labels take from the strip's first: one before them, one between each two.
    static func width(_ labels: [String]) -> Int { labels.reduce(0) { $0 + $1.count } + labels.count }

    /// The labels in the fullest form from `first` on that fits `room` columns; numbers alone when
    /// nothing else does.
    static func fullest(_ state: DashboardState, room: Int, from first: Form) -> [String] {
        for form in Form.allCases.drop(while: { $0 != first }) {
            let labels = labels(state, form)
            if width(labels) <= room { return labels }
        }
        return labels(state, .numbers)
    }
}

extension View {
    /// Three letters each, for a strip too narrow for the titles.
    var shortTitle: String {
        switch self {
        case .overview: return "Ovw"
        case .outstanding: return "Out"
        case .board: return "Brd"
        case .years: return "Yrs"
        case .themes: return "Thm"
        case .decisions: return "Dec"
        case .payments: return "Pay"
        case .changes: return "Chg"
        }
    }
}
