import Foundation
import Testing

/// `tmux` on PATH, or nil. The end-to-end tests need it and are skipped without it (CI installs it).
let tmuxExecutable: URL? = {
    let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
    return path.split(separator: ":").map { URL(fileURLWithPath: String($0)).appendingPathComponent("tmux") }
        .first { FileManager.default.isExecutableFile(atPath: $0.path) }
}()

/// Why an end-to-end step failed: what it waited for and the screen as it was, so that a failure
/// shows what the user would have seen.
struct EndToEndFailure: Error, CustomStringConvertible {
    var description: String
}

/// The built csdash running in a pty of its own private tmux server (`tmux -L csdash-e2e-<uuid>`),
/// driven as a user would: keys in, screen text out.
///
/// tmux is started through `CleanSpawn`, so that its server hears its children end and holds no
/// descriptor of the tests. The pane runs csdash under a small `sh` that outlives it: csdash's
/// pid goes to a file, and when csdash ends the shell prints `csdash exited with status N`
/// (128 + the signal for a signal) and keeps the pane open. tmux 3.3 cannot be trusted to report
/// the end itself: it closes a dead pane's pty without reading what is left in it (csdash's last
/// bytes, which leave the alternate screen), and its libutempter can swallow the SIGCHLD, leaving
/// `pane_dead_status` empty. With the shell, the status line comes after csdash's last byte on
/// the same pty, so once it shows, the pane's modes (`alternate_on`, the mouse, the keypad) are
/// those csdash left behind. `remain-on-exit` stays on in case the shell itself dies.
final class TmuxDashboard {
    static let defaultTimeout: Duration = .seconds(15)
    static let pollInterval: Duration = .milliseconds(50)

    let socketName = "csdash-e2e-\(UUID().uuidString)"
    let scratch: URL
    private var pidFile: URL { scratch.appendingPathComponent("csdash.pid") }
    /// The server's socket, which tmux 3.3 leaves behind when the server is killed.
    private var socketPath: String?
    private var isClosed = false

    /// Starts `csdash arguments` in `directory` at `width`x`height` with `env LANG=C.UTF-8
    /// TERM=term` (the pane would otherwise inherit the environment of the tmux server, i.e. of
    /// the tests).
    init(_ arguments: [String], in directory: URL = packageRoot, width: Int, height: Int,
         term: String = "tmux-256color") throws {
        scratch = FileManager.default.temporaryDirectory.appendingPathComponent(socketName)
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        let command = ["env", "-u", "LC_ALL", "-u", "LC_CTYPE", "-u", "NO_COLOR", "-u", "CSDASH_DATA",
                       "LANG=C.UTF-8", "TERM=\(term)", csdashBinary.path] + arguments
        // The inner sh writes its own pid and execs env, which execs csdash: csdash keeps that pid.
        let inner = #"echo $$ > "$0"; exec "$@""#
        let outer = #"inner=$1; shift; sh -c "$inner" "$@"; echo "csdash exited with status $?"; exec sleep 3600"#
        do {
            // One tmux invocation: the server reads the whole command list before csdash can run.
            try tmux(["new-session", "-d", "-s", "e2e", "-x", "\(width)", "-y", "\(height)", "-c", directory.path,
                      "sh", "-c", outer, "sh", inner, pidFile.path] + command
                     + [";", "set-option", "-g", "remain-on-exit", "on"])
            socketPath = try format("#{socket_path}")
        } catch {
            close()
            throw error
        }
    }

    deinit { close() }

    /// Kills the server (and with it the pane and csdash, if still running) and removes its
    /// socket and the scratch folder.
    func close() {
        guard !isClosed else { return }
        isClosed = true
        _ = try? tmux(["kill-server"])
        if let socketPath { try? FileManager.default.removeItem(atPath: socketPath) }
        try? FileManager.default.removeItem(at: scratch)
    }

    /// The pane's text now, one line per row.
    func screen() throws -> String {
        try tmux(["capture-pane", "-p", "-t", "e2e"])
    }

    /// Polls the screen until `condition` holds, and returns that screen.
    @discardableResult
    func waitForScreen(_ what: String, timeout: Duration = defaultTimeout,
                       until condition: (String) -> Bool) async throws -> String {
        let clock = ContinuousClock()
        let deadline = clock.now + timeout
        var text = ""
        while true {
            text = try screen()
            if condition(text) { return text }
            if clock.now >= deadline { break }
            try await Task.sleep(for: TmuxDashboard.pollInterval)
        }
        throw EndToEndFailure(description: "waited \(timeout) for \(what); the screen was:\n\(text)")
    }

    /// Polls until every one of `texts` is on the screen.
    @discardableResult
    func waitFor(_ texts: String..., timeout: Duration = defaultTimeout) async throws -> String {
        try await waitForScreen(texts.map { "\"\($0)\"" }.joined(separator: ", "), timeout: timeout) { screen in
            texts.allSatisfy(screen.contains)
        }
    }

    /// Polls until `text` has gone from the screen.
    @discardableResult
    func waitForAbsence(of text: String, timeout: Duration = defaultTimeout) async throws -> String {
        try await waitForScreen("\"\(text)\" to go", timeout: timeout) { !$0.contains(text) }
    }

    /// Sends keys by tmux name (`Enter`, `Escape`) or as the characters themselves (`2`, `?`).
    func press(_ key: String) throws {
        try tmux(["send-keys", "-t", "e2e", key])
    }

    /// Sends `key` `count` times in one go (`send-keys -N`), as a key held down does.
    func press(_ key: String, times count: Int) throws {
        try tmux(["send-keys", "-t", "e2e", "-N", "\(count)", key])
    }

    /// Sends raw bytes to the pane (`send-keys -H`), whatever they are.
    func send(bytes: [UInt8]) throws {
        try tmux(["send-keys", "-t", "e2e", "-H"] + bytes.map { String(format: "%02x", $0) })
    }

    /// Pastes `text` as a terminal does (`paste-buffer -p`): bracketed by ESC[200~ and ESC[201~
    /// only while the program in the pane has asked for bracketed paste; line feeds sent as CR.
    func paste(_ text: String) throws {
        try tmux(["set-buffer", "-b", "e2e-paste", "--", text])
        try tmux(["paste-buffer", "-p", "-d", "-b", "e2e-paste", "-t", "e2e"])
    }

    func resize(width: Int, height: Int) throws {
        try tmux(["resize-window", "-t", "e2e", "-x", "\(width)", "-y", "\(height)"])
    }

    /// A tmux format (`#{alternate_on}`) evaluated for the pane.
    func format(_ format: String) throws -> String {
        try tmux(["display-message", "-p", "-t", "e2e", format]).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// The pid of csdash, once it has started.
    func csdashPID(timeout: Duration = defaultTimeout) async throws -> pid_t {
        let clock = ContinuousClock()
        let deadline = clock.now + timeout
        while clock.now < deadline {
            if let text = try? String(contentsOf: pidFile, encoding: .utf8),
               let pid = pid_t(text.trimmingCharacters(in: .whitespacesAndNewlines)) {
                return pid
            }
            try await Task.sleep(for: TmuxDashboard.pollInterval)
        }
        throw EndToEndFailure(description: "csdash did not start within \(timeout)")
    }

    /// True while csdash runs (the line its shell prints when it ends is not on the screen).
    func isRunning() throws -> Bool {
        try exitStatus(in: screen()) == nil
    }

    /// Waits for csdash to end and returns its status as a shell gives it: the exit code, or 128
    /// plus the signal that ended it.
    func waitForExit(timeout: Duration = defaultTimeout) async throws -> Int {
        let screen = try await waitForScreen("csdash to exit", timeout: timeout) { self.exitStatus(in: $0) != nil }
        return exitStatus(in: screen)!
    }

    private func exitStatus(in screen: String) -> Int? {
        guard let match = screen.firstMatch(of: /csdash exited with status (\d+)/) else { return nil }
        return Int(match.1)
    }

    /// The pane's modes that csdash changes and must give back, as `name=value` pairs.
    func terminalModes() throws -> String {
        try format("alternate_on=#{alternate_on} cursor_flag=#{cursor_flag} keypad_flag=#{keypad_flag} "
                   + "keypad_cursor_flag=#{keypad_cursor_flag} mouse_any_flag=#{mouse_any_flag} "
                   + "mouse_standard_flag=#{mouse_standard_flag} mouse_button_flag=#{mouse_button_flag} "
                   + "mouse_sgr_flag=#{mouse_sgr_flag}")
    }

    /// The modes of a pane whose program never touched them: what csdash must leave behind.
    static let restoredModes = "alternate_on=0 cursor_flag=1 keypad_flag=0 keypad_cursor_flag=0 mouse_any_flag=0 "
        + "mouse_standard_flag=0 mouse_button_flag=0 mouse_sgr_flag=0"

    /// Runs `tmux -L <socket> -f /dev/null arguments` and returns its standard output.
    @discardableResult
    private func tmux(_ arguments: [String]) throws -> String {
        guard let tmuxExecutable else { throw EndToEndFailure(description: "tmux is not installed") }
        var environment = ProcessInfo.processInfo.environment
        // Inside a tmux session these name the user's server; -L already picks ours.
        environment["TMUX"] = nil
        environment["TMUX_PANE"] = nil
        let result = try CleanSpawn.run(tmuxExecutable.path, ["-L", socketName, "-f", "/dev/null"] + arguments,
                                        environment: environment)
        guard result.status == 0 else {
            throw EndToEndFailure(description: "tmux \(arguments.joined(separator: " ")) exited \(result.status): \(result.stderr)")
        }
        return result.stdout
    }
}
