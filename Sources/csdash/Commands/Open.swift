import ArgumentParser
import Dashboard
import Foundation
import GrantModel
import GrantStore
import Terminal

/// `csdash [DIR]`: the interactive dashboard. When standard output is not a terminal it prints the
/// report instead, so `csdash > board.txt` and pipes still work.
struct Open: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "open",
        abstract: "The interactive dashboard (not a terminal: prints the report instead).",
        discussion: """
        Keys: arrows or hjkl move, Enter opens an area, Esc goes back, Tab changes view, / finds an
        area, f changes funder, [ ] the year, < > the quarter, ? lists every key, q quits.
        NO_COLOR (set to anything) chooses the monochrome theme.

        Examples:
          csdash sample-data --as-of 2016-12-06
          csdash ~/shared/community-safety --theme mono --no-mouse
        """)

    enum ThemeName: String, ExpressibleByArgument, CaseIterable {
        case color, mono
    }

    @OptionGroup var common: CommonOptions
    @OptionGroup var period: PeriodOptions

    @Option(help: "color, or mono (attributes only; also chosen by NO_COLOR).")
    var theme: ThemeName?

    @Flag(name: .customLong("no-mouse"), help: "Leave the mouse to the terminal (for selecting text).")
    var noMouse = false

    @Flag(name: .customLong("read-only"), help: "No recording or undo from the dashboard.")
    var readOnly = false

    func run() throws {
        let loaded = try loadFolder(common.folder)
        if let grants = loaded.grants { try period.checkFunder(in: grants) }
        let terminal: CursesTerminal
        do {
            terminal = try CursesTerminal.open(TerminalOptions(mouse: !noMouse, theme: chosenTheme))
        } catch .notATerminal {
            try printReport(loaded)
            return
        } catch {
            printError("csdash: \(error.description)")
            throw ExitCode(ExitStatus.usage)
        }
        let state = DashboardState(loaded: loaded, folder: common.folder, asOf: common.day, size: terminal.size,
                                   glyphs: terminal.glyphs, mouseEnabled: !noMouse,
                                   year: period.year, quarter: period.quarter, funderID: period.funder)
        var opened = state
        opened.readOnly = readOnly
        var loop = DashboardLoop(terminal: terminal, state: opened)
        loop.run()
    }

    private var chosenTheme: Theme {
        if let theme { return theme == .mono ? .mono : .color }
        let noColor = ProcessInfo.processInfo.environment["NO_COLOR"] ?? ""
        return noColor.isEmpty ? .color : .mono
    }

    private func printReport(_ loaded: LoadedFolder) throws {
        printDiagnostics(loaded.diagnostics)
        guard let grants = loaded.grants else { throw ExitCode(ExitStatus.dataError) }
        let chosen = period.period(for: grants, asOf: common.day)
        print(Report.render(grants, period: chosen, funder: period.funder, format: .table), terminator: "")
    }
}
