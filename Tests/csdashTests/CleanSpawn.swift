import Foundation

/// Starts programs as a shell would, not as `Process` does from inside the test runner.
///
/// Two things leak from a `Process` started by a test: the signal mask of the calling thread (a
/// dispatch worker blocks nearly every signal, SIGCHLD, SIGHUP and SIGTERM included), and every
/// descriptor not marked close-on-exec (the pipes of tests running alongside). A tmux server
/// started that way keeps both for its whole life: it never hears that its children ended, and
/// it holds other tests' pipes open, so their reads never see the end. Here the child gets an
/// empty signal mask, default signal actions, and descriptors 0-2 only.
enum CleanSpawn {
    /// Starts `executable` with `arguments`; `stdio[n]` becomes descriptor n (nil: /dev/null).
    static func spawn(_ executable: String, _ arguments: [String], environment: [String: String],
                      stdio: [Int32?] = [nil, nil, nil]) throws -> pid_t {
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var none = sigset_t(), all = sigset_t()
        sigemptyset(&none)
        sigfillset(&all)
        posix_spawnattr_setsigmask(&attributes, &none)
        posix_spawnattr_setsigdefault(&attributes, &all)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))

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
        // Closing a descriptor that is not open is not an error for glibc's posix_spawn, so the
        // range may be generous: it also covers descriptors other threads open meanwhile.
        let limit = Int32(clamping: sysconf(Int32(_SC_OPEN_MAX)))
        for fd in Int32(3)..<min(limit, max(1024, highestOpenDescriptor() + 64)) {
            posix_spawn_file_actions_addclose(&actions, fd)
        }

        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            argv.forEach { free($0) }
            envp.forEach { free($0) }
        }
        var pid: pid_t = 0
        let status = posix_spawn(&pid, executable, &actions, &attributes, argv, envp)
        guard status == 0 else {
            throw EndToEndFailure(description: "cannot start \(executable): \(String(cString: strerror(status)))")
        }
        return pid
    }

    /// Waits for `pid` and returns its status as a shell gives it: the exit code, or 128 plus the
    /// signal that ended it.
    static func wait(_ pid: pid_t) -> Int {
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        let signal = status & 0x7f
        return Int(signal == 0 ? (status >> 8) & 0xff : 128 + signal)
    }

    /// Runs `executable` to the end, its output through files (which no other child can hold open).
    static func run(_ executable: String, _ arguments: [String], environment: [String: String])
        throws -> (status: Int, stdout: String, stderr: String) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("csdash-spawn-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let outPath = folder.appendingPathComponent("stdout").path, errPath = folder.appendingPathComponent("stderr").path
        let out = open(outPath, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o600)
        let err = open(errPath, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o600)
        defer {
            close(out)
            close(err)
        }
        guard out >= 0, err >= 0 else { throw EndToEndFailure(description: "cannot create output files in \(folder.path)") }
        let pid = try spawn(executable, arguments, environment: environment, stdio: [nil, out, err])
        let status = wait(pid)
        return (status, try String(contentsOfFile: outPath, encoding: .utf8), try String(contentsOfFile: errPath, encoding: .utf8))
    }

    /// Runs `executable` with its standard output a pipe, read to the end; standard error is discarded.
    static func runPiped(_ executable: String, _ arguments: [String], environment: [String: String])
        throws -> (status: Int, stdout: Data) {
        var ends: [Int32] = [-1, -1]
        guard pipe(&ends) == 0 else { throw EndToEndFailure(description: "pipe: errno \(errno)") }
        _ = fcntl(ends[0], F_SETFD, FD_CLOEXEC)
        _ = fcntl(ends[1], F_SETFD, FD_CLOEXEC)
        let reading = FileHandle(fileDescriptor: ends[0], closeOnDealloc: true)
        let pid: pid_t
        do {
            pid = try spawn(executable, arguments, environment: environment, stdio: [nil, ends[1], nil])
        } catch {
            close(ends[1])
            throw error
        }
        close(ends[1])
        let data = reading.readDataToEndOfFile()
        return (wait(pid), data)
    }

    private static func highestOpenDescriptor() -> Int32 {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: "/proc/self/fd")) ?? []
        return names.compactMap { Int32($0) }.max() ?? 0
    }
}
