import Foundation
import Testing

/// Every example in `csdash --help` and each command's `--help` can be copied and run as it is:
/// each runs, in order, in a folder holding a copy of sample-data and of examples/ (as the
/// package's own folder does), with this build's csdash first on PATH, and exits 0.
@Suite struct HelpExamplesRunTests {
    /// The commands listed under SUBCOMMANDS in `csdash --help`.
    static func commands() throws -> [String] {
        let help = try csdash("--help").stdout
        let section = try #require(help.components(separatedBy: "SUBCOMMANDS:").last)
        return section.split(separator: "\n").compactMap { line in
            let words = line.split(separator: " ")
            // A command's line is indented two spaces; its description's further lines, more.
            guard line.hasPrefix("  "), !line.hasPrefix("   "), let first = words.first,
                  first.allSatisfy({ $0.isLowercase || $0 == "-" }) else { return nil }
            return String(first)
        }.filter { $0 != "help" }
    }

    /// The commands of a help text's "Examples:" section, a line ending in `\` joined to the next.
    static func examples(_ help: String) -> [String] {
        guard let start = help.range(of: "Examples:\n") else { return [] }
        var commands: [String] = []
        var pending = ""
        for line in help[start.upperBound...].split(separator: "\n", omittingEmptySubsequences: false) {
            if line.trimmingCharacters(in: .whitespaces).isEmpty && pending.isEmpty { break }
            let text = line.trimmingCharacters(in: .whitespaces)
            if text.hasSuffix("\\") {
                pending += text.dropLast() + " "
                continue
            }
            commands.append(pending + text)
            pending = ""
        }
        return commands
    }

    @Test func everyHelpExampleRunsAsWritten() throws {
        let commands = try Self.commands()
        #expect(commands.count >= 8, "\(commands)")
        let work = FileManager.default.temporaryDirectory.appendingPathComponent("csdash-help-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: work) }
        for folder in ["sample-data", "examples"] {
            try FileManager.default.copyItem(at: packageRoot.appendingPathComponent(folder), to: work.appendingPathComponent(folder))
        }
        var ran = 0
        for command in [""] + commands {
            let help = try csdash(command.isEmpty ? ["--help"] : [command, "--help"])
            let examples = Self.examples(help.stdout)
            #expect(!examples.isEmpty, "csdash \(command) --help has no examples")
            for example in examples {
                #expect(example.hasPrefix("csdash ") || example.contains(" csdash "), "not a csdash command: \(example)")
                let path = csdashBinary.deletingLastPathComponent().path + ":" + (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin")
                let result = try run(URL(fileURLWithPath: "/bin/sh"), ["-c", example], in: work,
                                     environment: ["PATH": path, "CSDASH_DATA": nil, "TERM": "dumb"])
                #expect(result.status == 0, "csdash \(command) --help: \(example)\n\(result)")
                ran += 1
            }
        }
        #expect(ran >= 20, "examples run: \(ran)")
    }
}
