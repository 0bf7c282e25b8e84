import Foundation
import Testing
import GrantModel
import GrantStore
@testable import Dashboard

/// What ResizeTests' storm does not do: a key held down (1000 repeats) on every screen, and
/// reloads that remove and restore areas (or break the files) in the middle of navigation,
/// while the terminal is resized from 1x1 to 300x100. Every state keeps ResizeTests' invariants.
@Suite struct KeyRepeatAndReloadStormTests {
    /// Keys a user may hold down: moving, paging, switching year, quarter, funder and view, and
    /// turning presentation pages.
    static let heldKeys: [Key] = [.down, .right, .pageDown, .character("k"), .character("]"), .character(">"), .tab,
                                  .character("f"), .character(" ")]

    static let startingScreens: [(String, [Key])] = [
        ("overview", []), ("outstanding", [.character("2")]), ("board", [.character("3")]),
        ("detail", [.end, .enter]), ("presentation", [.character("p")]), ("search", [.character("/")]),
    ]

    struct Held: Sendable, CustomTestStringConvertible {
        var screen: String
        var testDescription: String { screen }
    }

    @Test(arguments: startingScreens.map { Held(screen: $0.0) })
    func holdingAKeyDownAThousandTimesKeepsEveryStateValid(_ held: Held) throws {
        let start = try #require(Self.startingScreens.first { $0.0 == held.screen })
        let base = Fixtures.state(width: 80, height: 24, asOf: Sample.laterDate).after(start.1.map(Event.keyPressed))
        for key in Self.heldKeys {
            var state = base
            for repeatCount in 1...1_000 {
                state = update(state, .keyPressed(key)).0
                // Checking every state is slow; the first few and then every 97th show a drift.
                if repeatCount <= 3 || repeatCount % 97 == 0 {
                    Self.check(state, "\(held.screen): \(key) held, repeat \(repeatCount)")
                }
            }
            Self.check(state, "\(held.screen): \(key) held 1000 times")
            // Moving settles at the end of the list: one more press changes nothing.
            if [Key.down, .right, .pageDown].contains(key), state.search == nil, state.presentation == nil {
                let again = update(state, .keyPressed(key)).0
                #expect(again.selectedAreaID == state.selectedAreaID && again.outstanding.cursor.index == state.outstanding.cursor.index
                        && again.detailScroll == state.detailScroll && again.detailAreaID == state.detailAreaID,
                        "\(held.screen): \(key) did not settle")
            }
        }
    }

    /// ResizeTests' invariants; in presentation mode, whose pages have no cursor, those of any frame.
    static func check(_ state: DashboardState, _ context: @autoclosure () -> String) {
        guard state.presentation != nil else { return ResizeTests.checkInvariants(state, context()) }
        let frame = render(state)
        #expect(frame.grid.size == state.size && frame.lines.allSatisfy { $0.count == state.size.width }, "\(context())")
        #expect(frame.cursor == nil || Rect(state.size).contains(frame.cursor!), "\(context())")
        #expect(state.areas.isEmpty || state.selectedIndex != nil, "\(context())")
    }

    /// Found by the storm below: Esc in a search put back the area selected before it even when a
    /// reload meanwhile had removed that area, leaving the selection on no area at all.
    @Test func escapeFromASearchAfterAReloadRemovedTheAreaBeforeItKeepsAValidSelection() throws {
        let state = Synthetic.state(Synthetic.grants(areas: 10)).selecting(Synthetic.areaID(4))
        let searching = state.pressing(.character("/")).typing("Zone 008")
        try #require(searching.selectedAreaID == Synthetic.areaID(8))
        let reloaded = searching.after([.dataReloaded(FolderContents(grants: LiveReloadTests.grants(areas: 10, removing: [4]), diagnostics: []))])
        let escaped = reloaded.pressing(.escape)
        #expect(escaped.search == nil)
        #expect(escaped.selectedAreaID == Synthetic.areaID(8), "the match stays selected")
        Self.check(escaped, "after Esc")
        // With the area still there, Esc goes back to it as before.
        let kept = searching.after([.dataReloaded(FolderContents(grants: LiveReloadTests.grants(areas: 10, removing: [9]), diagnostics: []))])
        #expect(kept.pressing(.escape).selectedAreaID == Synthetic.areaID(4))
    }

    /// Grants with a random subset of 30 synthetic areas: what a reload might bring.
    static func someAreas(_ random: inout SplitMix64) -> Grants {
        let all = Synthetic.grants(areas: 30)
        let keep = Set(all.areas.map(\.id).filter { _ in Int.random(in: 0..<3, using: &random) > 0 })
        return Grants(funders: all.funders, areas: all.areas.filter { keep.contains($0.id) },
                      allocations: all.allocations.filter { keep.contains($0.areaID) },
                      returns: all.returns.filter { keep.contains($0.areaID) })
    }

    @Test(arguments: [UInt64(11), 12, 13, 14])
    func reloadsThatRemoveAreasMidNavigationWhileResizing(seed: UInt64) throws {
        var random = SplitMix64(seed: seed)
        var state = Synthetic.state(Synthetic.grants(areas: 30), width: 120, height: 40)
        let broken = FolderContents(grants: nil, diagnostics: [Diagnostic(path: "areas.csv", line: 3, column: 1, message: "broken")])
        var reloads = 0
        for step in 0..<600 {
            let event: Event
            switch Int.random(in: 0..<10, using: &random) {
            case 0, 1:
                event = .dataReloaded(Int.random(in: 0..<6, using: &random) == 0 ? broken
                                      : FolderContents(grants: Self.someAreas(&random), diagnostics: []))
                reloads += 1
            case 2:
                event = .resized(Size(width: Int.random(in: 1...300, using: &random), height: Int.random(in: 1...100, using: &random)))
            case 3:
                event = .resized(Size(width: Int.random(in: 40...140, using: &random), height: Int.random(in: 12...45, using: &random)))
            default:
                event = .keyPressed(ResizeTests.stormKeys.randomElement(using: &random)!)
            }
            let selectedBefore = state.selectedAreaID
            state = update(state, event).0
            Self.check(state, "seed \(seed) step \(step) after \(event)")
            if case .dataReloaded(let loaded) = event, let grants = loaded.grants, state.grants != nil,
               let selectedBefore, grants.area(selectedBefore) != nil, state.areas.contains(where: { $0.id == selectedBefore }) {
                #expect(state.selectedAreaID == selectedBefore, "a reload keeps a selection that still exists")
            }
        }
        #expect(reloads > 50)
    }
}
