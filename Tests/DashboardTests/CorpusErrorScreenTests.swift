import Foundation
import Testing
import GrantModel
import GrantStore
@testable import Dashboard

/// The dashboard shows the same errors as `csdash check`: every case of the bad-input corpus
/// (`Tests/GrantStoreTests/Corpus`) opens on the error screen with the lines of its `expected.txt`,
/// and a reload into it lists them behind `!` while the last good data stays on screen.
@Suite struct CorpusErrorScreenTests {
    static let corpus = Fixtures.repository.appendingPathComponent("Tests/GrantStoreTests/Corpus")

    struct Case: Sendable, CustomTestStringConvertible {
        var name: String
        var path: String
        var testDescription: String { name }

        /// The lines csdash must report first, with the folder's path, as the screen shows them.
        func expected() throws -> [String] {
            try String(contentsOfFile: path + "/expected.txt", encoding: .utf8)
                .split(separator: "\n").map { "\(path)/\($0)" }
        }
    }

    /// The cases read as they are (a case with a `generate` marker needs expanding first, which
    /// `BadInputCorpusTests` does).
    static let cases: [Case] = {
        let folder = corpus.appendingPathComponent("cases").path
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        return names.sorted().map { Case(name: $0, path: folder + "/" + $0) }
            .filter { !FileManager.default.fileExists(atPath: $0.path + "/generate") }
    }()

    /// Whether `frame` shows `line`, wrapped as the error screen and the problems box wrap it.
    static func shows(_ frame: Frame, _ line: String) -> Bool {
        let rows = frame.lines.map { $0.trimmingCharacters(in: CharacterSet.whitespaces.union(CharacterSet(charactersIn: "│┌┐└┘─|"))) }
        return rows.indices.contains { start in
            var joined = ""
            for row in rows[start...] {
                joined += joined.isEmpty ? row : " " + row
                if joined == line || (joined.hasPrefix(line) && joined.count > line.count) { return true }
                if !line.hasPrefix(joined) { return false }
            }
            return false
        }
    }

    @Test func theCorpusIsThere() {
        #expect(Self.cases.count >= 45, "\(Self.cases.map(\.name))")
    }

    @Test(arguments: cases) func theErrorScreenShowsWhatCheckReports(_ corpusCase: Case) throws {
        let loaded = try DataFolder.load(corpusCase.path).contents
        try #require(loaded.grants == nil)
        let state = DashboardState(loaded: loaded, folder: corpusCase.name, asOf: Fixtures.boardDate, size: Size(width: 200, height: 60))
        let frame = render(state)
        #expect(frame.contains("✗ \(corpusCase.name) has \(loaded.errors.count) problem"))
        for line in try corpusCase.expected() {
            #expect(Self.shows(frame, line), "\(line) is not on\(frame.testDescription)")
        }
        let controls = frame.grid.cells.filter { $0.character.unicodeScalars.contains(where: ControlCharacter.isControl) }
        #expect(controls.isEmpty)
    }

    @Test(arguments: cases) func aReloadIntoTheCaseListsItsErrorsAndKeepsTheLastGoodData(_ corpusCase: Case) throws {
        let good = try DataFolder.load(Self.corpus.appendingPathComponent("base").path).contents
        let state = DashboardState(loaded: good, folder: "base", asOf: Fixtures.boardDate, size: Size(width: 200, height: 60))
        try #require(state.grants != nil)
        let broken = try DataFolder.load(corpusCase.path).contents
        let kept = state.after([.dataReloaded(broken)])
        #expect(kept.grants?.areas == good.grants?.areas, "the last good data stays")
        let frame = render(kept.pressing(.character("!")))
        for line in try corpusCase.expected() {
            #expect(Self.shows(frame, line), "\(line) is not on\(frame.testDescription)")
        }
    }
}
