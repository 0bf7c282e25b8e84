import Testing
import GrantModel
@testable import Dashboard

/// `?` help, and the keys that quit.
@Suite struct HelpTests {
    static let help = Key.character("?")

    @Test(arguments: [(80, 24), (120, 40)]) func helpListsEveryKey(width: Int, height: Int) throws {
        let state = Fixtures.state(width: width, height: height).pressing(Self.help)
        #expect(state.showingHelp)
        let frame = render(state)
        #expect(frame.contains("Keys"))
        for (key, meaning) in HelpOverlay.entries {
            #expect(frame.lines.contains { $0.contains(key + " ") && $0.contains("  " + meaning) }, "\(key): \(meaning)")
        }
        #expect(frame.cursor == nil)
    }

    @Test func helpInAsciiSpellsTheArrows() throws {
        let frame = render(Fixtures.state(glyphs: .ascii).pressing(Self.help))
        #expect(frame.contains("Up Dn Lt Rt / h j k l"))
        #expect(frame.contains("Lt Rt  (area detail)"))
        for (_, meaning) in HelpOverlay.entries { #expect(frame.contains(meaning)) }
    }

    @Test(arguments: [Key.escape, .character("?"), .character("q"), .enter, .backspace])
    func helpClosesWithoutQuitting(key: Key) throws {
        let open = Fixtures.state().pressing(.right, Self.help)
        let (closed, effects) = update(open, .keyPressed(key))
        #expect(!closed.showingHelp)
        #expect(effects.isEmpty, "q closes help, it does not quit")
        #expect(closed.selectedAreaID == "coventry")
        #expect(render(closed) == render(Fixtures.state().pressing(.right)))
    }

    @Test func otherKeysDoNothingUnderHelp() throws {
        let open = Fixtures.state().pressing(Self.help)
        for key: Key in [.right, .down, .tab, .character("f"), .character("]"), .character("/"), .character("2"), .end] {
            let (next, effects) = update(open, .keyPressed(key))
            #expect(next.showingHelp)
            #expect(effects.isEmpty)
            #expect(next.selectedAreaID == "birmingham")
            #expect(next.view == .overview)
            #expect(next.funderID == "west-midlands")
            #expect(next.search == nil)
        }
    }

    @Test func helpOpensOverEveryView() throws {
        for keys: [Key] in [[.character("2")], [.character("3")], [.enter]] {
            let state = Fixtures.state().after(keys.map(Event.keyPressed)).pressing(Self.help)
            #expect(state.showingHelp)
            #expect(render(state).contains("this help"))
            #expect(!state.pressing(.escape).showingHelp)
        }
        // Esc closes the help and leaves the detail open: one step back at a time.
        #expect(Fixtures.state().pressing(.enter, Self.help, .escape).detailAreaID == "birmingham")
    }

    @Test func qQuits() throws {
        #expect(Fixtures.state().effects(of: .character("q")) == [.quit])
        #expect(Fixtures.state().pressing(.character("2")).effects(of: .character("q")) == [.quit])
        #expect(Fixtures.state().pressing(.enter).effects(of: .character("q")) == [.quit])
    }

    @Test func controlCQuitsFromAnywhere() throws {
        let states = [
            Fixtures.state(),
            Fixtures.state().pressing(Self.help),
            Fixtures.state().pressing(.character("/")).typing("so"),
            Fixtures.state().pressing(.enter),
            Fixtures.state(width: 20, height: 5),
        ]
        for state in states { #expect(state.effects(of: .control("c")) == [.quit]) }
    }

    @Test func otherKeysDoNotQuit() throws {
        let state = Fixtures.state()
        for key: Key in [.escape, .backspace, .character("Q"), .control("d"), .function(10), .character("x")] {
            #expect(state.effects(of: key).isEmpty, "\(key)")
        }
    }
}
