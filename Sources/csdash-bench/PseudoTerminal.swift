import Glibc

/// Nanoseconds on the monotonic clock.
func now() -> UInt64 {
    var time = timespec()
    clock_gettime(CLOCK_MONOTONIC, &time)
    return UInt64(time.tv_sec) * 1_000_000_000 + UInt64(time.tv_nsec)
}

struct BenchError: Error, CustomStringConvertible {
    var description: String
}

/// Spawns `path` with `arguments` and `environment`; `stdio` gives the descriptor for each of 0, 1
/// and 2 (nil: /dev/null). Every other descriptor of ours is closed in the child.
func spawn(_ path: String, _ arguments: [String], environment: [String], stdio: [Int32?], closing: [Int32] = []) throws -> pid_t {
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    for (target, source) in stdio.enumerated() {
        if let source {
            posix_spawn_file_actions_adddup2(&actions, source, Int32(target))
        } else {
            posix_spawn_file_actions_addopen(&actions, Int32(target), "/dev/null", O_RDWR, 0)
        }
    }
    for fd in closing { posix_spawn_file_actions_addclose(&actions, fd) }
    let argv = ([path] + arguments).map { strdup($0) } + [nil]
    let envp = environment.map { strdup($0) } + [nil]
    defer {
        argv.forEach { free($0) }
        envp.forEach { free($0) }
    }
    var pid: pid_t = 0
    let status = posix_spawn(&pid, path, &actions, nil, argv, envp)
    guard status == 0 else { throw BenchError(description: "cannot run \(path): \(String(cString: strerror(status)))") }
    return pid
}

/// Waits for `pid` and returns its exit code, or 128 plus the signal that ended it.
func waitForExit(_ pid: pid_t) -> Int32 { waitForExitAndPeak(pid).status }

/// The exit code (as `waitForExit`) and the child's peak resident memory in bytes (ru_maxrss).
func waitForExitAndPeak(_ pid: pid_t) -> (status: Int32, peakBytes: Int) {
    var status: Int32 = 0
    var usage = rusage()
    while wait4(pid, &status, 0, &usage) < 0 && errno == EINTR {}
    let signal = status & 0x7f
    return (signal == 0 ? (status >> 8) & 0xff : 128 + signal, usage.ru_maxrss * 1024)
}

/// Runs a program to its end and returns its exit code and what it wrote to standard output.
func capture(_ path: String, _ arguments: [String], environment: [String]) throws -> (status: Int32, output: String) {
    var pipeEnds: [Int32] = [-1, -1]
    guard pipe(&pipeEnds) == 0 else { throw BenchError(description: "pipe failed") }
    let pid: pid_t
    do {
        pid = try spawn(path, arguments, environment: environment, stdio: [nil, pipeEnds[1], nil], closing: [pipeEnds[0]])
    } catch {
        close(pipeEnds[0])
        close(pipeEnds[1])
        throw error
    }
    close(pipeEnds[1])
    var output: [UInt8] = []
    var buffer = [UInt8](repeating: 0, count: 65536)
    while true {
        let count = buffer.withUnsafeMutableBytes { Glibc.read(pipeEnds[0], $0.baseAddress, $0.count) }
        if count < 0 && errno == EINTR { continue }
        if count <= 0 { break }
        output.append(contentsOf: buffer[..<count])
    }
    close(pipeEnds[0])
    return (waitForExit(pid), String(decoding: output, as: UTF8.self))
}

/// A program running in a pseudo-terminal of `width` x `height` that we read and type into, as a
/// terminal emulator would (without answering anything: ncurses asks nothing by default).
final class PseudoTerminalProcess {
    let master: Int32
    let pid: pid_t
    /// When the program was spawned (nanoseconds, `now()`): just before its exec.
    let spawnedAt: UInt64
    /// Every byte the program has written to its terminal.
    private(set) var output: [UInt8] = []
    private(set) var reachedEnd = false

    init(_ path: String, _ arguments: [String], width: Int, height: Int, environment: [String]) throws {
        var master: Int32 = -1, slave: Int32 = -1
        var size = winsize(ws_row: UInt16(height), ws_col: UInt16(width), ws_xpixel: 0, ws_ypixel: 0)
        guard openpty(&master, &slave, nil, nil, &size) == 0 else { throw BenchError(description: "openpty failed") }
        defer { close(slave) }
        _ = fcntl(master, F_SETFD, FD_CLOEXEC)
        spawnedAt = now()
        do {
            pid = try spawn(path, arguments, environment: environment, stdio: [slave, slave, slave], closing: [master, slave])
        } catch {
            close(master)
            throw error
        }
        self.master = master
    }

    deinit {
        close(master)
    }

    /// Reads what is there, waiting at most `milliseconds` for something. Returns the byte count
    /// read: 0 when nothing came in time or the program has closed the terminal.
    @discardableResult
    func read(waitingAtMost milliseconds: Int) -> Int {
        guard !reachedEnd else { return 0 }
        var poller = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
        let ready = poll(&poller, 1, Int32(milliseconds))
        guard ready > 0 else { return 0 }
        var buffer = [UInt8](repeating: 0, count: 65536)
        let count = buffer.withUnsafeMutableBytes { Glibc.read(master, $0.baseAddress, $0.count) }
        if count <= 0 {
            // EIO once the program has closed the slave side.
            if count == 0 || errno != EINTR && errno != EAGAIN { reachedEnd = true }
            return 0
        }
        output.append(contentsOf: buffer[..<count])
        return count
    }

    /// Reads until `text` has appeared after byte `offset` of the output; false on timeout or end.
    func readUntil(_ text: String, after offset: Int = 0, timeoutMilliseconds: Int = 10_000) -> Bool {
        let needle = Array(text.utf8)
        let deadline = now() + UInt64(timeoutMilliseconds) * 1_000_000
        var searchedUpTo = offset
        while true {
            if contains(needle, from: searchedUpTo) { return true }
            searchedUpTo = max(offset, output.count - needle.count + 1)
            if reachedEnd || now() >= deadline { return false }
            read(waitingAtMost: 10)
        }
    }

    /// Reads until the program has written nothing for `quietMilliseconds`; returns the bytes read.
    func readUntilQuiet(quietMilliseconds: Int = 400, timeoutMilliseconds: Int = 10_000) -> Int {
        let start = output.count
        let deadline = now() + UInt64(timeoutMilliseconds) * 1_000_000
        while now() < deadline && !reachedEnd {
            if read(waitingAtMost: quietMilliseconds) == 0 { break }
        }
        return output.count - start
    }

    func type(_ bytes: [UInt8]) {
        _ = bytes.withUnsafeBytes { write(master, $0.baseAddress, $0.count) }
    }

    /// Reads to the end of the output and returns the exit status.
    func finish(timeoutMilliseconds: Int = 10_000) -> Int32 { finishWithPeak(timeoutMilliseconds: timeoutMilliseconds).status }

    /// Reads to the end of the output; the exit status and the program's peak resident memory.
    func finishWithPeak(timeoutMilliseconds: Int = 10_000) -> (status: Int32, peakBytes: Int) {
        let deadline = now() + UInt64(timeoutMilliseconds) * 1_000_000
        while !reachedEnd && now() < deadline { read(waitingAtMost: 50) }
        if !reachedEnd { kill(pid, SIGKILL) }
        return waitForExitAndPeak(pid)
    }

    /// Whether `text` has appeared anywhere in the output so far.
    func outputContains(_ text: String) -> Bool { contains(Array(text.utf8), from: 0) }

    /// Where the output after the first `text` begins; nil while `text` has not appeared.
    func offset(after text: String) -> Int? {
        let needle = Array(text.utf8)
        return firstIndex(of: needle, from: 0).map { $0 + needle.count }
    }

    private func contains(_ needle: [UInt8], from start: Int) -> Bool { firstIndex(of: needle, from: start) != nil }

    private func firstIndex(of needle: [UInt8], from start: Int) -> Int? {
        guard output.count >= needle.count, start <= output.count - needle.count else { return nil }
        var index = start
        while index <= output.count - needle.count {
            if output[index] == needle[0] && output[index..<index + needle.count].elementsEqual(needle) { return index }
            index += 1
        }
        return nil
    }
}
