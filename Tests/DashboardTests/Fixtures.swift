import Foundation
import GrantModel
import GrantStore
@testable import Dashboard

/// The repository's sample-data folder, and dashboard states opened on it at the seed 002 board date.
enum Fixtures {
    static let repository = packageRoot
    static let sampleData = sampleDataPath
    static let boardDate = Day(year: 2016, month: 12, day: 6)!

    static func loaded() -> LoadedFolder {
        try! DataFolder.load(sampleData)
    }

    static func state(width: Int = 120, height: Int = 40, glyphs: Glyphs = .unicode, asOf: Day = boardDate) -> DashboardState {
        DashboardState(loaded: loaded(), folder: "sample-data", asOf: asOf, size: Size(width: width, height: height), glyphs: glyphs)
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
