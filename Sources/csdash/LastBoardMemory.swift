import Foundation
import GrantModel

/// The last board's date of each data folder, remembered for the user between sessions in
/// `$XDG_STATE_HOME/csdash/last-board` (`~/.local/state/csdash/last-board` by default), never in
/// the data folder, which others share. One line per folder: the date, a tab, the folder's
/// absolute path (or a database's name). Written whole to a temporary file and renamed over the old one, so that a
/// crash never leaves half a file.
struct LastBoardMemory {
    static let fileName = "last-board"

    let directory: String

    /// The user's state directory for csdash: `XDG_STATE_HOME` when it is an absolute path (the
    /// XDG rule), else `~/.local/state`.
    init(environment: [String: String] = ProcessInfo.processInfo.environment) {
        let stateHome = environment["XDG_STATE_HOME"].flatMap { $0.hasPrefix("/") ? $0 : nil }
            ?? (environment["HOME"] ?? NSHomeDirectory()) + "/.local/state"
        directory = stateHome + "/csdash"
    }

    var path: String { directory + "/" + LastBoardMemory.fileName }

    /// The folder as one key whichever way it was named: absolute, without `..` or symbolic links.
    /// A database is its name (a URL without its password), the same from any current folder.
    static func key(_ folder: String) -> String {
        guard !isDatabaseURL(folder) else { return folder }
        return URL(fileURLWithPath: folder).standardizedFileURL.resolvingSymlinksInPath().path
    }

    /// The date remembered for `folder`; nil when none is, or the file cannot be read.
    func day(for folder: String) -> Day? {
        let key = LastBoardMemory.key(folder)
        return entries().first { $0.folder == key }?.day
    }

    /// Remembers `day` for `folder`, keeping every other folder's date.
    func remember(_ day: Day, for folder: String) throws {
        let key = LastBoardMemory.key(folder)
        // A path with a line break cannot be one line of the file: such a folder is not remembered.
        guard !key.contains("\n") else { return }
        let kept = entries().filter { $0.folder != key } + [(day, key)]
        let text = kept.map { "\($0.day)\t\($0.folder)\n" }.joined()
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        let temporary = path + ".\(ProcessInfo.processInfo.processIdentifier).tmp"
        try Data(text.utf8).write(to: URL(fileURLWithPath: temporary))
        guard rename(temporary, path) == 0 else {
            let problem = String(cString: strerror(errno))
            try? FileManager.default.removeItem(atPath: temporary)
            throw CocoaError(.fileWriteUnknown, userInfo: [NSLocalizedDescriptionKey: "\(path): \(problem)"])
        }
    }

    /// The file's lines that read as a date and a folder; anything else is skipped, not fatal.
    private func entries() -> [(day: Day, folder: String)] {
        guard let data = FileManager.default.contents(atPath: path) else { return [] }
        return String(decoding: data, as: UTF8.self).split(separator: "\n").compactMap { line in
            let parts = line.split(separator: "\t", maxSplits: 1)
            guard parts.count == 2, case .success(let day) = Day.parse(String(parts[0])) else { return nil }
            return (day, String(parts[1]))
        }
    }
}
