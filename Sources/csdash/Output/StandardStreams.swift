#if canImport(Glibc)
import Glibc
#endif

/// Standard input, output and error as csdash finds them, made safe before anything is opened.
///
/// A descriptor closed by the caller (`>&-`, `2>&-`) would be the next one `open` returns: a data
/// file or a lock would become standard output, and a report would be written into it. Each closed
/// one is held by a harmless stand-in instead: /dev/null for input and error (diagnostics are
/// then dropped, never trapping), /dev/full for output, which `StandardOutput` reports as closed.
/// SIGPIPE is ignored, so that a reader that stops early (`| head -1`) is an EPIPE to handle
/// quietly rather than a signal that could come between two steps of a write.
enum StandardStreams {
    nonisolated(unsafe) static var outputWasClosed = false

    static func prepare() {
        signal(SIGPIPE, SIG_IGN)
        if !isOpen(STDIN_FILENO) { hold(STDIN_FILENO, with: "/dev/null", O_RDONLY) }
        if !isOpen(STDOUT_FILENO) {
            outputWasClosed = true
            hold(STDOUT_FILENO, with: "/dev/full", O_WRONLY)
        }
        if !isOpen(STDERR_FILENO) { hold(STDERR_FILENO, with: "/dev/null", O_WRONLY) }
        // What ArgumentParser prints (help, version) goes through C's stdout: checked at exit.
        atexit { StandardOutput.checkBufferedStdio() }
    }

    private static func isOpen(_ descriptor: Int32) -> Bool {
        fcntl(descriptor, F_GETFD) >= 0 || errno != EBADF
    }

    private static func hold(_ descriptor: Int32, with device: String, _ flags: Int32) {
        var stand = open(device, flags | O_CLOEXEC)
        if stand < 0 { stand = open("/dev/null", flags | O_CLOEXEC) }
        guard stand >= 0 else { return }
        if stand != descriptor {
            dup2(stand, descriptor)
            close(stand)
        }
    }

    /// True when standard output is a pipe whose reader has gone (`| head -1` after its line).
    static func readerHasGone() -> Bool {
        var status = stat()
        guard fstat(STDOUT_FILENO, &status) == 0, (status.st_mode & S_IFMT) == S_IFIFO else { return false }
        var probe = pollfd(fd: STDOUT_FILENO, events: 0, revents: 0)
        return poll(&probe, 1, 0) == 1 && (probe.revents & Int16(POLLERR)) != 0
    }
}

/// Everything csdash prints, through `write(2)`, every write checked: output that was lost (a full
/// disk, /dev/full, a closed descriptor) is never reported as success (`finish`: exit 74); a pipe
/// whose reader stopped early is not a failure, and stays quiet.
enum StandardOutput {
    nonisolated(unsafe) private static var pending: [UInt8] = []
    /// The first write's failure (its errno), after which nothing more is written.
    nonisolated(unsafe) private static var failure: Int32?
    private static let toTerminal = isatty(STDOUT_FILENO) == 1
    /// What the message about lost output adds once a command has changed the data folder: the
    /// change stands (and is audited) whatever becomes of the text that describes it.
    nonisolated(unsafe) static var writtenNote: String?

    static func write(_ text: String) {
        guard failure == nil else { return }
        pending.append(contentsOf: text.utf8)
        // A terminal sees each line as it comes, in order with the diagnostics on standard error.
        if toTerminal || pending.count >= 1 << 16 { flush() }
    }

    static func flush() {
        defer { pending.removeAll(keepingCapacity: true) }
        if StandardStreams.outputWasClosed && !pending.isEmpty { failure = EBADF }
        var written = 0
        while failure == nil && written < pending.count {
            let count = pending.withUnsafeBytes { Glibc.write(STDOUT_FILENO, $0.baseAddress! + written, pending.count - written) }
            if count < 0 && errno == EINTR { continue }
            if count <= 0 { failure = count < 0 ? errno : ENOSPC } else { written += count }
        }
    }

    /// Writes what is left; when output was lost, says so on standard error, and exits 74 if the
    /// command was about to succeed (a failing command keeps its own code: it says what happened
    /// to the data). `closing`: the command's output is all written, so standard output is closed,
    /// since its last error can come only then (a file on NFS); not when ArgumentParser has help
    /// or an error still to print.
    static func finish(exitCode: Int32, closing: Bool) {
        flush()
        if closing && failure == nil && !StandardStreams.outputWasClosed {
            if fflush(nil) != 0 { failure = errno }
            if failure == nil, close(STDOUT_FILENO) != 0, errno != EINTR { failure = errno }
        }
        guard let failure, failure != EPIPE, !StandardStreams.readerHasGone() else { return }
        report(failure)
        if exitCode == 0 { exit(ExitStatus.ioError) }
    }

    /// At exit: C's buffered stdout (ArgumentParser's help and version), flushed and checked.
    static func checkBufferedStdio() {
        // Every C stream (`stdout` itself is not for Swift 6 to name): only stdout buffers anything.
        guard fflush(nil) != 0 else { return }
        let reason = errno
        guard reason != EPIPE, !StandardStreams.readerHasGone() else { return }
        report(reason)
        _exit(ExitStatus.ioError)
    }

    private static func report(_ reason: Int32) {
        let why = StandardStreams.outputWasClosed ? "standard output is closed" : "cannot write standard output: \(String(cString: strerror(reason)))"
        StandardError.write("csdash: error: \(why); the output is incomplete" + (writtenNote.map { " (\($0))" } ?? ""))
    }
}

/// Diagnostics, straight to descriptor 2 with `write(2)`: never buffered, never trapping (a
/// FileHandle traps on a closed descriptor). A warning that cannot be printed is dropped: what was
/// written to the data folder, and the exit code that says so, do not depend on it.
enum StandardError {
    static func write(_ line: String) {
        let bytes = Array((line + "\n").utf8)
        var written = 0
        while written < bytes.count {
            let count = bytes.withUnsafeBytes { Glibc.write(STDERR_FILENO, $0.baseAddress! + written, bytes.count - written) }
            if count < 0 && errno == EINTR { continue }
            if count <= 0 { return }
            written += count
        }
    }
}

/// Every `print` of csdash with text goes to `StandardOutput`: a command added later cannot
/// forget to check its output.
func print(_ text: String, terminator: String = "\n") {
    // Two writes rather than one concatenation: the text may be an import's every change.
    StandardOutput.write(text)
    StandardOutput.write(terminator)
}
