#if PostgreSQL
import Dispatch
import Synchronization

/// Runs async work to its end from synchronous code: the commands and the dashboard's worker
/// thread are synchronous, and the PostgreSQL client is not. Never called from a task.
func blocking<T: Sendable>(_ work: @escaping @Sendable () async throws -> T) throws -> T {
    let outcome = Outcome<T>()
    Task {
        let result: Result<T, any Error>
        do { result = .success(try await work()) } catch { result = .failure(error) }
        outcome.finish(result)
    }
    return try outcome.wait().get()
}

/// Where the task leaves its result for the waiting thread.
private final class Outcome<T: Sendable>: Sendable {
    private let result = Mutex<Result<T, any Error>?>(nil)
    private let finished = DispatchSemaphore(value: 0)

    func finish(_ value: Result<T, any Error>) {
        result.withLock { $0 = value }
        finished.signal()
    }

    func wait() -> Result<T, any Error> {
        finished.wait()
        return result.withLock { $0! }
    }
}
#endif
