import Cells
import CNCurses
import Dashboard
import Foundation
import GrantModel
import GrantStore
import CSDashTestSupport
import Testing
@testable import Terminal

/// Whatever `wget_wch` hands over (any 32-bit character, surrogates and C1 controls included, any
/// key code, resizes and mouse reports in between) decodes to something the dashboard takes, and
/// the dashboard fed all of it keeps a valid state whose frames hold no control character.
@Suite struct RawInputStormTests {
    static let sample = sampleDataPath

    static func randomRaw(_ random: inout SplitMix64) -> RawInput {
        switch Int.random(in: 0..<10, using: &random) {
        case 0: return .character(UInt32.random(in: 0...UInt32.max, using: &random))
        case 1: return .character(UInt32.random(in: 0xD800...0xDFFF, using: &random))
        case 2: return .character(UInt32.random(in: 0x80...0x9F, using: &random))
        case 3: return .keyCode(Int32.random(in: Int32.min...Int32.max, using: &random))
        case 4, 5: return .keyCode(Int32.random(in: 0o400...0o777, using: &random))
        case 6: return .character(UInt32.random(in: 0...0x10FFFF, using: &random))
        // The keys most often typed, controls among them.
        default: return .character(UInt32([UInt8](" !/?[]<>123456jklhnfFtpoeu\u{1B}\t\r\u{7F}".utf8).randomElement(using: &random)!))
        }
    }

    @Test(arguments: [UInt64(1), 2, 3])
    func randomRawInputNeverBreaksTheDashboard(seed: UInt64) throws {
        var random = SplitMix64(seed: seed)
        let loaded = try DataFolder.load(Self.sample).contents
        var state = DashboardState(loaded: loaded, folder: "sample-data", asOf: Day(year: 2016, month: 12, day: 6)!,
                                   size: Size(width: 100, height: 30))
        var keys = 0, ignored = 0
        for step in 0..<2_000 {
            let raw = Self.randomRaw(&random)
            // q quits (tested elsewhere); the storm goes on without it.
            if raw == .character(UInt32(UInt8(ascii: "q"))) { continue }
            let input = decode(raw)
            let event: Event?
            switch input {
            case .key(let key):
                keys += 1
                event = .keyPressed(key)
            case .resize:
                event = .resized(Size(width: Int.random(in: 1...300, using: &random), height: Int.random(in: 1...100, using: &random)))
            case .mouse:
                event = .mouse(MouseEvent(kind: .press, position: Point(x: Int.random(in: 0..<state.size.width + 1, using: &random),
                                                                        y: Int.random(in: 0..<state.size.height + 1, using: &random)),
                                          milliseconds: step * 40))
            case .ignored:
                ignored += 1
                event = nil
            }
            if case .key(let key) = input, case .character(let character) = key {
                #expect(!character.unicodeScalars.contains(where: ControlCharacter.isControl), "\(raw) became a control character key")
            }
            guard let event else { continue }
            let (next, effects) = update(state, event)
            // q is never sent, so the only way out is Ctrl-C (byte 3).
            if effects.contains(.quit) { #expect(raw == .character(3), "\(raw) quit") }
            state = next
            if step % 10 == 0 || raw == .character(13) {
                let frame = render(state)
                #expect(frame.grid.size == state.size)
                let controls = frame.grid.cells.filter { $0.character.unicodeScalars.contains(where: ControlCharacter.isControl) }
                #expect(controls.isEmpty, "step \(step) after \(raw): \(controls.map(\.character))")
                if let cursor = frame.cursor { #expect(Rect(state.size).contains(cursor), "step \(step)") }
                if state.grants != nil, !state.areas.isEmpty { #expect(state.selectedIndex != nil, "step \(step) after \(raw)") }
            }
        }
        #expect(keys > 500 && ignored > 100, "\(keys) keys, \(ignored) ignored")
    }
}
