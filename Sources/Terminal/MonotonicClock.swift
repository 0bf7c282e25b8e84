import Glibc

/// Milliseconds on a clock that never jumps (unlike the wall clock), for mouse timestamps and
/// the input deadline.
public enum MonotonicClock {
    public static func milliseconds() -> Int {
        var now = timespec()
        clock_gettime(CLOCK_MONOTONIC, &now)
        return now.tv_sec * 1000 + now.tv_nsec / 1_000_000
    }
}
