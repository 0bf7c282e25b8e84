#if PostgreSQL
import Foundation

/// Runs a store's call on a thread of its own. A store's calls wait for the server as a command's
/// do (`blocking`), and the client they wait on runs on Swift's task pool: a test, itself a task,
/// that waited there would hold one of that pool's threads, and with two such tests on a machine
/// of two cores nothing is left to run the client, so both wait for ever.
func offThePool<T: Sendable>(_ body: @escaping @Sendable () throws -> T) async throws -> T {
    try await withCheckedThrowingContinuation { continuation in
        Thread { continuation.resume(with: Result { try body() }) }.start()
    }
}
#endif
