import CNCurses
import Testing
@testable import Terminal

/// What arrives between the bracketed-paste markers is gathered into one text, line breaks and all.
@Suite struct PasteAssemblerTests {
    static func feed(_ inputs: [RawInput]) -> [PasteAssembler.Step] {
        var assembler = PasteAssembler()
        return inputs.map { assembler.take($0) }
    }

    static func characters(_ text: String) -> [RawInput] { text.unicodeScalars.map { .character($0.value) } }

    @Test func aPasteIsOneTextWithItsLineBreaksAndTheKeysAfterItAreKeys() {
        let steps = Self.feed([.keyCode(BracketedPaste.startCode)] + Self.characters("first line\rsecond q")
                              + [.keyCode(BracketedPaste.endCode)] + Self.characters("q"))
        #expect(steps.last == .key)
        #expect(steps.dropLast().last == .pasted("first line\rsecond q"))
        #expect(steps.dropLast(2).allSatisfy { $0 == .gathered })
    }

    @Test func keysOutsideAPasteAreKeysAndAStrayEndIsDropped() {
        #expect(Self.feed(Self.characters("e\r") + [.keyCode(KEY_UP)]) == [.key, .key, .key])
        #expect(Self.feed([.keyCode(BracketedPaste.endCode), .character(113)]) == [.gathered, .key])
    }

    @Test func keyCodesInsideAPasteAreNotKeys() {
        let steps = Self.feed([.keyCode(BracketedPaste.startCode), .character(97), .keyCode(KEY_UP), .keyCode(KEY_ENTER),
                               .character(98), .keyCode(BracketedPaste.endCode)])
        #expect(steps.last == .pasted("a\nb"))
    }

    @Test func aPasteWhoseEndNeverCameIsFinishedWithWhatArrived() {
        var assembler = PasteAssembler()
        _ = assembler.take(.keyCode(BracketedPaste.startCode))
        _ = assembler.take(.character(120))
        #expect(assembler.isGathering)
        #expect(assembler.finish() == "x")
        #expect(!assembler.isGathering)
        #expect(assembler.take(.character(121)) == .key)
    }
}
