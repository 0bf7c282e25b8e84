import Foundation
import GrantModel
import GrantStore
import Testing
@testable import Dashboard

/// Files changed on disk: `.dataReloaded` takes valid data keeping where the user was, and keeps
/// the last good data (with the errors a key away) when the new files are invalid.
struct LiveReloadTests {
    @Test func validDataKeepsFunderYearQuarterViewAndSelectionAndSaysReloaded() throws {
        let sample = try WritableSample()
        var state = try sample.state()
        state = state.pressing(.character("/")).typing("walsall").pressing(.enter, .character("<"))
        try #require(state.selectedAreaID == "walsall" && state.quarter == .q1)
        let before = (state.funderID, state.year, state.quarter, state.view, state.selectedAreaID)

        try sample.edit("returns.csv", replacing: "coventry,2016/17,Q1,2016-07-22,,27531,", with: "coventry,2016/17,Q1,2016-07-22,,30000,")
        let reloaded = state.after([.dataReloaded(try sample.load())])

        #expect(reloaded.funderID == before.0 && reloaded.year == before.1 && reloaded.quarter == before.2)
        #expect(reloaded.view == before.3 && reloaded.selectedAreaID == before.4)
        #expect(reloaded.monitoringReturn("coventry", .q1)?.spend == Money(pounds: 30_000))
        #expect(reloaded.notice?.text.hasPrefix("reloaded") == true, "\(String(describing: reloaded.notice))")
        #expect(render(reloaded).contains("£30,000"))
        #expect(render(reloaded).statusLine.contains("reloaded"))
        #expect(reloaded.reloadProblems.isEmpty)
    }

    @Test func theDetailAndTheOtherFunderStayPut() throws {
        let sample = try WritableSample()
        var state = try sample.state().pressing(.character("/")).typing("dudley").pressing(.enter, .enter)
        try #require(state.detailAreaID == "dudley")
        var reloaded = state.after([.dataReloaded(try sample.load())])
        #expect(reloaded.detailAreaID == "dudley" && reloaded.selectedAreaID == "dudley")

        state = try sample.state().pressing(.character("f"))
        let funder = try #require(state.funderID)
        #expect(funder == "west-mercia")
        reloaded = state.after([.dataReloaded(try sample.load())])
        #expect(reloaded.funderID == funder && reloaded.year == state.year && reloaded.selectedAreaID == state.selectedAreaID)
    }

    @Test func invalidDataKeepsTheLastGoodDataAndShowsTheErrorsOnRequest() throws {
        let sample = try WritableSample()
        let state = try sample.state().pressing(.character("/")).typing("sandwell").pressing(.enter)
        let goodGrants = try #require(state.grants)

        try sample.edit("returns.csv", replacing: "dudley,2016/17,Q2,2016-10-28,", with: "dudley,2016/17,Q6,2016-10-28,")
        let broken = try sample.load()
        try #require(broken.grants == nil && broken.errors.count == 1)
        let (kept, effects) = Fixtures.after(state, [.dataReloaded(broken)])

        #expect(effects.isEmpty)
        #expect(kept.grants?.returns == goodGrants.returns, "the last good data stays on screen")
        #expect(kept.monitoringReturn("dudley", .q2)?.spend == Money(pounds: 158_183))
        #expect(kept.selectedAreaID == "sandwell")
        #expect(kept.reloadProblems == broken.errors)
        #expect(kept.notice?.text.contains("1 error") == true, "\(String(describing: kept.notice))")
        let frame = render(kept)
        #expect(frame.lines[0].contains("files on disk have 1 error"), "\(frame.lines[0])")
        #expect(frame.contains("Dudley MBC"), "the overview is still drawn")

        // ! lists the problems, at file:line:column; Esc closes the list.
        let listing = kept.pressing(.character("!"))
        #expect(listing.showingProblems)
        let shown = render(listing)
        #expect(shown.contains("The files on disk have 1 problem"))
        #expect(shown.text.contains("returns.csv:39:"), "\(shown.text)")
        #expect(shown.text.contains("Q6"))
        #expect(!listing.pressing(.escape).showingProblems)

        // Fixed on disk: the new data comes in and the problems go.
        try sample.edit("returns.csv", replacing: "dudley,2016/17,Q6,2016-10-28,", with: "dudley,2016/17,Q2,2016-10-28,")
        let fixed = kept.after([.dataReloaded(try sample.load())])
        #expect(fixed.reloadProblems.isEmpty)
        #expect(fixed.notice?.text.hasPrefix("reloaded") == true)
        #expect(!render(fixed).lines[0].contains("files on disk"))
        #expect(!fixed.pressing(.character("!")).showingProblems, "nothing to list")
    }

    @Test func startingOnInvalidDataThenFixingItShowsTheData() throws {
        let sample = try WritableSample()
        try sample.edit("returns.csv", replacing: "dudley,2016/17,Q2,2016-10-28,", with: "dudley,2016/17,Q6,2016-10-28,")
        let state = try sample.state()
        #expect(state.grants == nil)
        try sample.edit("returns.csv", replacing: "dudley,2016/17,Q6,2016-10-28,", with: "dudley,2016/17,Q2,2016-10-28,")
        let fixed = state.after([.dataReloaded(try sample.load())])
        #expect(fixed.grants != nil)
        #expect(fixed.selectedAreaID == "birmingham")
        #expect(fixed.notice?.text == "the data folder is valid again")
        #expect(render(fixed).contains("Birmingham CC"))
    }

    /// Synthetic grants without some of their areas.
    static func grants(areas count: Int, removing removed: Set<Int>) -> Grants {
        let all = Synthetic.grants(areas: count)
        let gone = Set(removed.map(Synthetic.areaID))
        return Grants(funders: all.funders, areas: all.areas.filter { !gone.contains($0.id) },
                      allocations: all.allocations.filter { !gone.contains($0.areaID) },
                      returns: all.returns.filter { !gone.contains($0.areaID) })
    }

    static func loaded(_ grants: Grants) -> FolderContents { FolderContents(grants: grants, diagnostics: []) }

    @Test func removingTheSelectedAreaSelectsANeighbour() throws {
        var state = Synthetic.state(Synthetic.grants(areas: 10)).selecting(Synthetic.areaID(5))
        // Zone 005 removed: the area now in its place, Zone 006.
        var reloaded = state.after([.dataReloaded(Self.loaded(Self.grants(areas: 10, removing: [5])))])
        #expect(reloaded.selectedAreaID == Synthetic.areaID(6))

        // The last area, and the two before it, removed: the new last.
        state = state.selecting(Synthetic.areaID(10))
        reloaded = state.after([.dataReloaded(Self.loaded(Self.grants(areas: 10, removing: [8, 9, 10])))])
        #expect(reloaded.selectedAreaID == Synthetic.areaID(7))
        #expect(reloaded.selectedIndex == 6)
        let frame = render(reloaded)
        #expect(frame.contains("Zone 007"))
    }

    @Test func removingTheAreaInDetailClosesTheDetailAndSelectionStaysInRange() throws {
        let state = Synthetic.state(Synthetic.grants(areas: 6)).selecting(Synthetic.areaID(6)).pressing(.enter)
        let reloaded = state.after([.dataReloaded(Self.loaded(Self.grants(areas: 6, removing: [6])))])
        #expect(reloaded.detailAreaID == nil)
        let index = try #require(reloaded.selectedIndex)
        #expect(reloaded.areas.indices.contains(index))
        #expect(reloaded.selectedAreaID == Synthetic.areaID(5))
        // Keys still work from there.
        #expect(reloaded.pressing(.right).selectedIndex == index)
        #expect(reloaded.pressing(.left).selectedAreaID == Synthetic.areaID(4))
    }

    @Test(arguments: [1, 3, 7])
    func removingEveryAreaButSomeNeverLeavesTheSelectionOutOfRange(kept: Int) throws {
        let state = Synthetic.state(Synthetic.grants(areas: 12))
        for selected in 1...12 {
            let state = state.selecting(Synthetic.areaID(selected))
            let reloaded = state.after([.dataReloaded(Self.loaded(Self.grants(areas: 12, removing: Set((kept + 1)...12))))])
            let index = try #require(reloaded.selectedIndex, "selection lost with \(selected) selected")
            #expect(reloaded.areas.indices.contains(index))
            #expect(reloaded.selectedAreaID == Synthetic.areaID(min(selected, kept)))
            _ = render(reloaded)
        }
    }

    @Test func aReloadWhileTheFormIsOpenKeepsTheTypedValues() throws {
        let sample = try WritableSample()
        let typing = try sample.state().pressing(.character("/")).typing("solihull").pressing(.enter, .character("e")).typing("2016-12-0")
        let reloaded = typing.after([.dataReloaded(try sample.load())])
        #expect(reloaded.form?.value(.received) == "2016-12-0")
        #expect(reloaded.form?.areaID == "solihull")
    }
}
