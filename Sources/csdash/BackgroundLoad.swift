import Dispatch
import GrantModel
import Synchronization

/// The complete load of a folder on another thread, after the first frame was drawn from a first
/// look: the loop asks `finished()` on each turn and hands the result to the reducer.
final class BackgroundLoad: Sendable {
    private let result = Mutex<FolderContents?>(nil)

    init(folder: String, asRecordedOn replayDay: Day?) {
        DispatchQueue.global(qos: .userInitiated).async {
            let loaded = DashboardLoop.load(folder, asRecordedOn: replayDay)
            self.result.withLock { $0 = loaded }
        }
    }

    /// The load, once it has finished; nil until then.
    func finished() -> FolderContents? {
        result.withLock { $0 }
    }
}
