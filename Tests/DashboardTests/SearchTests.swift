import Testing
import GrantModel
@testable import Dashboard

/// `/` find: incremental, case-insensitive, Enter keeps, Esc restores, `n` finds the next.
@Suite struct SearchTests {
    static let slash = Key.character("/")

    @Test func slashOpensThePromptOnTheStatusLine() throws {
        let state = Fixtures.state().pressing(Self.slash)
        #expect(state.search?.query == "")
        let frame = render(state)
        #expect(frame.statusLine.hasPrefix("/  type part of an area's name"))
        #expect(frame.cursor == Point(x: 1, y: 39), "the cursor sits after the prompt")
    }

    @Test func typingJumpsIncrementally() throws {
        let state = Fixtures.state().pressing(Self.slash)
        #expect(state.typing("w").selectedAreaID == "sandwell", "the first name containing w")
        #expect(state.typing("wo").selectedAreaID == "wolverhampton")
        #expect(state.typing("wa").selectedAreaID == "walsall")
        let frame = render(state.typing("wa"))
        #expect(frame.statusLine.hasPrefix("/wa  Walsall MBC · Enter keep · Esc cancel"))
        #expect(frame.cursor == Point(x: 3, y: 39))
    }

    @Test func searchIsCaseInsensitive() throws {
        #expect(Fixtures.state().pressing(Self.slash).typing("SOLI").selectedAreaID == "solihull")
        #expect(Fixtures.state().pressing(Self.slash).typing("dUdLeY").selectedAreaID == "dudley")
    }

    @Test func typedLettersAreNotCommands() throws {
        // q, f, ?, j and digits are part of the query while typing.
        let state = Fixtures.state().pressing(Self.slash).typing("qf?j2")
        #expect(state.search?.query == "qf?j2")
        #expect(state.effects(of: .character("q")).isEmpty)
        #expect(state.funderID == "west-midlands")
        #expect(!state.showingHelp)
        #expect(state.view == .overview)
    }

    @Test func backspaceEditsTheQuery() throws {
        let typed = Fixtures.state().pressing(Self.slash).typing("wa")
        let edited = typed.pressing(.backspace)
        #expect(edited.search?.query == "w")
        #expect(edited.selectedAreaID == "sandwell", "the shorter query jumps to its first match")
        #expect(render(edited).statusLine.hasPrefix("/w  Sandwell MBC"))
        let retyped = edited.typing("o")
        #expect(retyped.selectedAreaID == "wolverhampton")
    }

    @Test func backspaceOnAnEmptyQueryClosesTheSearch() throws {
        let state = Fixtures.state().pressing(Self.slash).typing("wa").pressing(.backspace, .backspace)
        #expect(state.search?.query == "")
        let closed = state.pressing(.backspace)
        #expect(closed.search == nil)
        #expect(render(closed).statusLine.contains("? help"))
        // Keys are commands again.
        #expect(closed.pressing(.character("2")).view == .outstanding)
    }

    @Test func enterKeepsTheMatch() throws {
        let state = Fixtures.state().pressing(Self.slash).typing("solihull").pressing(.enter)
        #expect(state.search == nil)
        #expect(state.selectedAreaID == "solihull")
        #expect(state.lastSearch == "solihull")
        #expect(state.detailAreaID == nil)
        let frame = render(state)
        #expect(frame.statusLine.contains("? help"))
        let title = try #require(frame.find("Solihull MBC"))
        #expect(frame.cursor == title)
        // A second Enter opens it.
        #expect(state.pressing(.enter).detailAreaID == "solihull")
    }

    @Test func escapeRestoresTheSelectionAndFunder() throws {
        let start = Fixtures.state().pressing(.right, .down)
        #expect(start.selectedAreaID == "sandwell")
        let state = start.pressing(Self.slash).typing("wolv").pressing(.escape)
        #expect(state.search == nil)
        #expect(state.selectedAreaID == "sandwell")
        #expect(state.funderID == "west-midlands")
        #expect(state.lastSearch == nil)
        #expect(render(state) == render(start))
    }

    /// The sample data with Shropshire (West Mercia) also allocated in 2016/17, so that a search
    /// can cross from one funder to the other.
    static func twoFundersIn2016() -> DashboardState {
        let sample = Fixtures.loaded().grants!
        let grants = Grants(funders: sample.funders, areas: sample.areas,
                            allocations: sample.allocations + [Allocation(areaID: "shropshire", year: Sample.year2016, allocation: Money(pounds: 1_000))],
                            returns: sample.returns, projects: sample.projects, decisions: sample.decisions, reserves: sample.reserves)
        return Synthetic.state(grants)
    }

    @Test func searchCrossesFundersAndEscapeRestoresTheFunder() throws {
        let start = Self.twoFundersIn2016().pressing(.right)
        #expect(start.funderID == "west-midlands")
        let state = start.pressing(Self.slash).typing("shrop")
        #expect(state.funderID == "west-mercia")
        #expect(state.selectedAreaID == "shropshire")
        #expect(render(state).lines[0].contains("West Mercia"))
        let restored = state.pressing(.escape)
        #expect(restored.funderID == "west-midlands")
        #expect(restored.selectedAreaID == "coventry")
        #expect(render(restored) == render(start))
        let kept = state.pressing(.enter)
        #expect(kept.funderID == "west-mercia")
        #expect(kept.areas.map(\.id) == ["shropshire"])
    }

    @Test func escapeInTheDetailGoesBackToTheAreaShownBefore() throws {
        let detail = Fixtures.state().pressing(.right, .enter)
        let jumped = detail.pressing(Self.slash).typing("soli")
        #expect(jumped.detailAreaID == "solihull", "the detail follows the search")
        let restored = jumped.pressing(.escape)
        #expect(restored.selectedAreaID == "coventry")
        #expect(restored.detailAreaID == "coventry")
        #expect(render(restored) == render(detail))
    }

    @Test func aQueryThatMatchesNothingLeavesTheSelection() throws {
        let start = Fixtures.state().pressing(.end)
        let state = start.pressing(Self.slash).typing("zzz")
        #expect(state.selectedAreaID == "wolverhampton")
        #expect(render(state).statusLine.hasPrefix("/zzz  no area matches · Esc cancel"))
    }

    @Test func nFindsTheNextMatchAndWrapsAround() throws {
        // "MBC": Dudley, Sandwell, Solihull, Walsall.
        let state = Fixtures.state().pressing(Self.slash).typing("mbc").pressing(.enter)
        #expect(state.selectedAreaID == "dudley")
        let n = Key.character("n")
        #expect(state.pressing(n).selectedAreaID == "sandwell")
        #expect(state.pressing(n, n).selectedAreaID == "solihull")
        #expect(state.pressing(n, n, n).selectedAreaID == "walsall")
        #expect(state.pressing(n, n, n, n).selectedAreaID == "dudley")
        // From an area that does not match, the next match after it.
        #expect(state.pressing(.end, n).selectedAreaID == "dudley")
        #expect(state.pressing(.home, .right, n).selectedAreaID == "dudley")
    }

    @Test func nWithoutASearchSaysHow() throws {
        let state = Fixtures.state().pressing(.character("n"))
        #expect(state.selectedAreaID == "birmingham")
        #expect(state.notice?.text == "/ to find an area first")
    }

    @Test func nWithNoMatchSaysSo() throws {
        let searched = Fixtures.state().pressing(Self.slash).typing("solihull").pressing(.enter)
        // 2017/18 has only Wolverhampton: no Solihull to find.
        let state = searched.pressing(.character("]"), .character("n"))
        #expect(state.selectedAreaID == "wolverhampton")
        #expect(state.notice?.text == "no area matches \"solihull\"")
        #expect(render(state).statusLine.contains("no area matches"))
    }

    @Test func anEmptyEnterKeepsThePreviousQuery() throws {
        let state = Fixtures.state().pressing(Self.slash).typing("cov").pressing(.enter, Self.slash, .enter)
        #expect(state.lastSearch == "cov")
        #expect(state.selectedAreaID == "coventry")
    }

    @Test func searchingInTheDetailOpensTheMatch() throws {
        let state = Fixtures.state().pressing(.enter, Self.slash).typing("dud").pressing(.enter)
        #expect(state.detailAreaID == "dudley")
        #expect(state.selectedAreaID == "dudley")
        #expect(render(state).contains("Dudley MBC  CSP"))
    }
}
