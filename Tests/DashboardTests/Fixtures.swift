import Foundation
import GrantModel
import GrantStore
@testable import Dashboard

/// The repository's sample-data folder, and dashboard states opened on it at the seed 002 board date.
enum Fixtures {
    static let repository = packageRoot
    static let sampleData = sampleDataPath
    static let boardDate = Day(year: 2016, month: 12, day: 6)!

    static func loaded() -> FolderContents {
        try! DataFolder.load(sampleData).contents
    }

    /// The options are those csdash takes (`--no-mouse`, `--read-only`, `--as-recorded`,
    /// `--present`) and the real date.
    static func state(width: Int = 120, height: Int = 40, glyphs: Glyphs = .unicode, asOf: Day = boardDate,
                      mouseEnabled: Bool = true, asRecorded: Bool = false, readOnly: Bool = false, today: Day? = nil,
                      presenting: Bool = false) -> DashboardState {
        DashboardState(loaded: loaded(), folder: "sample-data", asOf: asOf, size: Size(width: width, height: height), glyphs: glyphs,
                       mouseEnabled: mouseEnabled, asRecorded: asRecorded, readOnly: readOnly, today: today, presenting: presenting)
    }

    /// Applies events in order, returning the final state and every effect.
    static func after(_ state: DashboardState, _ events: [Event]) -> (DashboardState, [Effect]) {
        var current = state
        var effects: [Effect] = []
        for event in events {
            let (next, produced) = update(current, event)
            current = next
            effects += produced
        }
        return (current, effects)
    }

    static func keys(_ keys: Key...) -> [Event] { keys.map(Event.keyPressed) }

    static func typing(_ text: String) -> [Event] { text.map { .keyPressed(.character($0)) } }
}

/// A made-up folder for the width tests (Tests/DashboardTests/LongNamesFolder): a funder and
/// areas with very long names, contacts, eight years of allocations in the tens of millions with
/// pence, projects with long titles and themes, a five-year decision and a reserve.
enum LongNames {
    static let path = packageRoot.appendingPathComponent("Tests/DashboardTests/LongNamesFolder").path
    /// Returns of 2023/24 Q2 and Q3 are overdue for three areas on this day.
    static let asOf = Day(year: 2024, month: 2, day: 20)!

    static func state(width: Int = 120, height: Int = 40, glyphs: Glyphs = .unicode) -> DashboardState {
        DashboardState(loaded: try! DataFolder.load(path).contents, folder: "long-names", asOf: asOf,
                       size: Size(width: width, height: height), glyphs: glyphs)
    }
}
