import Foundation
import Testing
@testable import Dashboard

/// Compares a frame's text with `__Snapshots__/<name>.txt`. Set CSDASH_RECORD_SNAPSHOTS=1 to
/// write the snapshots anew after an intended change, then review the diff in git.
func expectSnapshot(_ frame: Frame, named name: String, sourceLocation: SourceLocation = #_sourceLocation) {
    let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("__Snapshots__")
    let file = directory.appendingPathComponent(name + ".txt")
    let actual = frame.grid.lines.map { $0.trimmingTrailingSpaces() }.joined(separator: "\n") + "\n"
    let recording = ProcessInfo.processInfo.environment["CSDASH_RECORD_SNAPSHOTS"] == "1"
    guard !recording, let expected = try? String(contentsOf: file, encoding: .utf8) else {
        try? FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        try? actual.write(to: file, atomically: true, encoding: .utf8)
        if !recording {
            Issue.record("no snapshot \(name).txt: recorded it now; review it and run again", sourceLocation: sourceLocation)
        }
        return
    }
    if expected != actual {
        Issue.record("screen differs from \(name).txt (CSDASH_RECORD_SNAPSHOTS=1 re-records)\n--- expected\n\(expected)--- actual\n\(actual)",
                     sourceLocation: sourceLocation)
    }
}

extension String {
    func trimmingTrailingSpaces() -> String {
        var result = self
        while result.last == " " { result.removeLast() }
        return result
    }
}
