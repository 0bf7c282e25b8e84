import Foundation
import Testing

/// `--version` and `--help`: exit 0, with examples in every command's help.
struct HelpAndVersionTests {
    /// The version declared in the source, so the test follows a version bump.
    private func declaredVersion() throws -> String {
        let source = try String(contentsOf: packageRoot.appendingPathComponent("Sources/csdash/CSDash.swift"), encoding: .utf8)
        let match = try #require(source.firstMatch(of: /static let version = "([^"]+)"/))
        return String(match.1)
    }

    @Test func versionPrintsTheVersion() throws {
        let result = try csdash("--version")
        #expect(result.status == 0, "\(result)")
        let version = try declaredVersion()
        #expect(result.stdout == version + "\n")
        #expect(version.wholeMatch(of: /[0-9]+\.[0-9]+\.[0-9]+/) != nil)
    }

    @Test func topLevelHelpHasExamplesAndCommands() throws {
        let result = try csdash("--help")
        #expect(result.status == 0, "\(result)")
        #expect(result.stdout.contains("Examples"))
        for command in ["report", "returns", "check"] { #expect(result.stdout.contains(command)) }
        #expect(result.stdout.contains("CSDASH_DATA"))
    }

    @Test(arguments: ["report", "returns", "check"])
    func commandHelpHasExamples(_ command: String) throws {
        let result = try csdash(command, "--help")
        #expect(result.status == 0, "\(result)")
        #expect(result.stdout.contains("Examples"))
        #expect(result.stdout.contains("csdash \(command) sample-data"))
        #expect(result.stdout.contains("--as-of"))
    }

    @Test func helpSubcommandWorksToo() throws {
        let result = try csdash("help", "report")
        #expect(result.status == 0, "\(result)")
        #expect(result.stdout.contains("Examples"))
        #expect(result.stdout.contains("--format"))
    }
}
