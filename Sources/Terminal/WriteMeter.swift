import Glibc

/// Counts the bytes curses writes to the terminal, by asking the kernel how many bytes this
/// thread has passed to write(2) (`wchar` in /proc/thread-self/io) before and after each curses
/// call that can write.
///
/// A counting `FILE*` (fopencookie) handed to `newterm` does not work: ncurses 6 uses only the
/// stream's descriptor and calls write(2) on it, and a cookie stream has none, so nothing was
/// drawn and the terminal modes could not be set. Where the kernel does not offer the figure,
/// the count stays 0.
///
/// Off unless asked for (`TerminalOptions.measuresWrites`): two reads of /proc around every
/// draw and every read of a key are the tests' business, not the user's.
struct WriteMeter {
    let isOn: Bool

    /// Runs `body` and returns it with the bytes this thread wrote meanwhile (0 when off).
    func measure<Result>(_ body: () -> Result) -> (result: Result, bytes: Int) {
        guard isOn else { return (body(), 0) }
        let before = Self.bytesWrittenByThisThread()
        let result = body()
        guard let before, let after = Self.bytesWrittenByThisThread() else { return (result, 0) }
        return (result, after - before)
    }

    private static func bytesWrittenByThisThread() -> Int? {
        let fd = open("/proc/thread-self/io", O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var buffer = [UInt8](repeating: 0, count: 512)
        let count = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
        guard count > 0 else { return nil }
        return wchar(in: buffer[..<count])
    }

    /// The number on the `wchar:` line of the kernel's per-task I/O counters.
    static func wchar(in text: ArraySlice<UInt8>) -> Int? {
        let lines = text.split(separator: UInt8(ascii: "\n"))
        let label = Array("wchar:".utf8)
        guard let line = lines.first(where: { $0.starts(with: label) }) else { return nil }
        let digits = line.dropFirst(label.count).drop { $0 == UInt8(ascii: " ") }
        return Int(String(decoding: digits, as: UTF8.self))
    }
}
