import Glibc

/// The sleep of `CursesTerminal.nextEvent` when the caller gave a wake descriptor: poll(2) on the
/// keyboard and that descriptor together, since curses can wait on its own descriptor only.
enum InputWait {
    enum Outcome: Equatable {
        /// The keyboard has bytes (or poll failed: curses' own timed read takes over).
        case input
        /// The wake descriptor is readable.
        case woken
        case timedOut
        /// A signal arrived: a quit signal, or a resize that curses turns into a key.
        case interrupted
    }

    static func wait(input: Int32, wake: Int32, milliseconds: Int) -> Outcome {
        var descriptors = [pollfd(fd: input, events: Int16(POLLIN), revents: 0),
                           pollfd(fd: wake, events: Int16(POLLIN), revents: 0)]
        let result = poll(&descriptors, nfds_t(descriptors.count), Int32(clamping: milliseconds))
        if result < 0 { return errno == EINTR ? .interrupted : .input }
        if result == 0 { return .timedOut }
        return descriptors[1].revents != 0 ? .woken : .input
    }
}
