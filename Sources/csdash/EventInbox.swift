import Dashboard
import Foundation
import Synchronization

/// Where what the worker thread has done waits for the UI thread: events behind a lock, and a pipe
/// whose read end the terminal's input wait watches (`wakeDescriptor`), so that a result wakes
/// the loop the moment it is posted rather than at its next look.
final class EventInbox: Sendable {
    private let events = Mutex<[Event]>([])
    /// Readable while an event may be waiting. -1 when no pipe could be made: poll(2) then
    /// ignores it, and events are taken at the loop's next tick instead.
    let wakeDescriptor: Int32
    private let wakeWriter: Int32

    init() {
        var ends: [Int32] = [-1, -1]
        if pipe(&ends) == 0 {
            for end in ends {
                _ = fcntl(end, F_SETFD, FD_CLOEXEC)
                _ = fcntl(end, F_SETFL, fcntl(end, F_GETFL) | O_NONBLOCK)
            }
        }
        wakeDescriptor = ends[0]
        wakeWriter = ends[1]
    }

    deinit {
        for end in [wakeDescriptor, wakeWriter] where end >= 0 { close(end) }
    }

    /// From any thread.
    func post(_ event: Event) {
        events.withLock { $0.append(event) }
        var byte: UInt8 = 1
        // A full pipe already wakes the loop: the byte is not needed.
        _ = write(wakeWriter, &byte, 1)
    }

    /// Every event posted so far, oldest first. The pipe is emptied before the events are taken,
    /// so that an event posted meanwhile leaves its byte behind to wake the next wait.
    func take() -> [Event] {
        var buffer = [UInt8](repeating: 0, count: 64)
        while read(wakeDescriptor, &buffer, buffer.count) > 0 {}
        return events.withLock { taken in
            defer { taken = [] }
            return taken
        }
    }
}
