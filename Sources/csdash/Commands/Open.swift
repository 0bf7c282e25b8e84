import ArgumentParser
import Cells
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
        area, f changes funder, [ ] the year, < > the quarter, p presents, ? lists every key, q quits.
        NO_COLOR (set to anything) chooses the monochrome theme.

        --as-of D counts the returns received by D, with today's figures; add --as-recorded to see \
        every figure as it stood on D (corrections made after D, in the audit log, undone; the \
        header says "as recorded on D"). A replay is read-only.

        --since D1 (the last board's date) lists what changed since then in the Changes view (8), \
        marks each area that changed on the overview, and opens --present on a "Since the last \
        board" page. B sets it in the dashboard and remembers it for the folder, in \
        $XDG_STATE_HOME/csdash (~/.local/state/csdash), for the next time --since is not given.

        --present opens a board walkthrough for a projector: a summary, one page per area with its \
        figures in large digits, then the outstanding returns. Space or n next, p back, Home the \
        summary, End the outstanding returns, a number an area's page, q quits. Read-only, in a \
        black and white high-contrast theme.

        Examples:
          csdash sample-data --as-of 2016-12-06
          csdash sample-data --as-of 2016-12-06 --theme mono --no-mouse
          csdash sample-data --as-of 2016-12-06 --present
          csdash sample-data --as-of 2016-12-06 --as-recorded
          csdash sample-data --as-of 2016-12-06 --since 2016-09-06 --present
        """)

    enum ThemeName: String, ExpressibleByArgument, CaseIterable {
        case color, mono
        case highContrast = "high-contrast"
    }

    @OptionGroup var common: CommonOptions
    @OptionGroup var period: PeriodOptions
    @OptionGroup var replay: ReplayOptions

    @Option(help: "color, mono (attributes only; also chosen by NO_COLOR), or high-contrast (black and white; --present's default).")
    var theme: ThemeName?

    @Flag(name: .customLong("no-mouse"), help: "Leave the mouse to the terminal (for selecting text).")
    var noMouse = false

    @Flag(name: .customLong("read-only"), help: "No recording or undo from the dashboard.")
    var readOnly = false

    @Flag(help: "Open in presentation mode, read-only: a board walkthrough, one area per page.")
    var present = false

    @Option(help: SinceDate.help, transform: CommonOptions.parseDay)
    var since: Day?

    func validate() throws {
        _ = try replay.day(common)
        try SinceDate.check(since, asOf: common.day, asOfGiven: common.asOf != nil)
    }

    func run() throws {
        // A dashboard stays open for hours: what its loads free should leave the process.
        FreedMemory.returnLargeBlocksToTheSystem()
        guard let (terminal, state) = try open() else { return }
        var loop = DashboardLoop(terminal: terminal, state: state, store: try common.store())
        loop.run()
    }

    /// The terminal and the first state, or nil when the report was printed instead (not a
    /// terminal). The first frame needs every file but projects.csv; the rest is read behind it
    /// (`DashboardState.startingEffects`). A folder with errors, or one whose report is printed,
    /// is read whole at once, so that every problem is listed. What was read goes out of scope
    /// here: the state keeps only what it shows.
    private func open() throws -> (CursesTerminal, DashboardState)? {
        var loaded = try loadFolder(common.folder, firstLook: CursesTerminal.standardStreamsAreTerminals)
        if loaded.grants == nil && !loaded.isComplete { loaded = try loadFolder(common.folder) }
        if let replayDay = try replay.day(common) { loaded = loaded.asRecorded(on: replayDay, from: try common.store()) }
        if let grants = loaded.grants { try period.checkFunder(in: grants) }
        let terminal: CursesTerminal
        do {
            terminal = try CursesTerminal.open(TerminalOptions(mouse: !noMouse, theme: chosenTheme))
        } catch .notATerminal {
            try printReport(loaded)
            return nil
        } catch {
            printError("csdash: \(error.description)")
            throw ExitCode(ExitStatus.usage)
        }
        // The audit log matters only to the changes since a last board; `B` has it read when set.
        let store = try common.store()
        let since = lastBoard(of: store)
        let audit = since.flatMap { _ in loaded.grants.map { store.auditTrail(for: $0).changes } } ?? []
        // A walkthrough shows the data; nothing on a projected screen should be able to change it.
        // A replay shows history, which a change made today would not alter.
        let mayWrite = store.mayWrite
        var state = DashboardState(loaded: loaded.contents, folder: common.shownLocation, asOf: common.day, size: terminal.size,
                                   glyphs: terminal.glyphs, mouseEnabled: !noMouse,
                                   year: period.year, quarter: period.quarter, funderID: period.funder,
                                   asRecorded: replay.asRecorded,
                                   readOnly: readOnly || present || replay.asRecorded || !mayWrite,
                                   today: Day.today(), presenting: present,
                                   since: since, audit: audit)
        state.connectedAsViewer = !mayWrite
        return (terminal, state)
    }

    /// `--since`, else the date last set with `B` for this folder, when it is not after the as-of date.
    /// `B` remembers a database by its name without the password (`EffectRunner`), so it is found so.
    private func lastBoard(of store: any GrantDataStore) -> Day? {
        if let since { return since }
        return LastBoardMemory().day(for: store.folderPath ?? store.name).flatMap { $0 <= common.day ? $0 : nil }
    }

    private var chosenTheme: Theme {
        switch theme {
        case .color: return .color
        case .mono: return .mono
        case .highContrast: return .highContrast
        case nil:
            let noColor = ProcessInfo.processInfo.environment["NO_COLOR"] ?? ""
            if !noColor.isEmpty { return .mono }
            return present ? .highContrast : .color
        }
    }

    private func printReport(_ loaded: LoadedFolder) throws {
        printDiagnostics(loaded.diagnostics)
        guard let grants = loaded.grants else { throw ExitCode(ExitStatus.dataError) }
        let chosen = period.period(for: grants, asOf: common.day)
        print(Report.render(grants, period: chosen, funder: period.funder, format: .table,
                            options: ReportOptions(asRecorded: replay.asRecorded)), terminator: "")
    }
}
