#if PostgreSQL
import GrantStore
import PostgresNIO
import Synchronization

/// Hears every committed change (LISTEN on `DatabaseSchema.changesChannel`, which each write's
/// transaction NOTIFYs) on a connection of its own, for the dashboard's watch: a change made on
/// any machine shows within a second. When the server goes away it tries again every second,
/// and once back it reports a change, since one may have been missed meanwhile.
final class ChangeListener: StoreWatcher {
    /// What the listening task has heard, shared with the polling thread.
    private final class Heard: Sendable {
        private struct State {
            var changed = false
            var connectionLost = false
        }

        private let state = Mutex(State())

        func changed() { state.withLock { $0.changed = true } }

        func connected() {
            state.withLock { current in
                if current.connectionLost { current.changed = true }
                current.connectionLost = false
            }
        }

        func lost() { state.withLock { $0.connectionLost = true } }

        func takeChanged() -> Bool {
            state.withLock { current in
                defer { current.changed = false }
                return current.changed
            }
        }

        var connectionLost: Bool { state.withLock { $0.connectionLost } }
    }

    private let heard = Heard()
    private let listening: Task<Void, Never>

    init(settings: ConnectionSettings) {
        let heard = self.heard
        listening = Task.detached {
            while !Task.isCancelled {
                do {
                    // Closed also when the server goes away mid-listen: PostgresNIO asserts that a
                    // connection is closed before it is released, and a debug build stops there.
                    try await DatabaseSession.with(settings) { session in
                        heard.connected()
                        try await session.connection.listen(on: DatabaseSchema.changesChannel) { notifications in
                            for try await _ in notifications { heard.changed() }
                        }
                    }
                } catch {
                    heard.lost()
                }
                try? await Task.sleep(for: .seconds(1))
            }
        }
    }

    deinit {
        listening.cancel()
    }

    func poll() -> Bool { heard.takeChanged() }

    func acceptCurrent() {}

    /// True while the server cannot be reached; the last data read stays shown.
    var connectionLost: Bool { heard.connectionLost }
}
#endif
