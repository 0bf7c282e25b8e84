import Foundation
import GrantModel

/// Why a data folder could not be read at all (as opposed to problems inside its files).
public enum DataFolderError: Error, Equatable, Sendable, CustomStringConvertible {
    case notFound(path: String)
    case notADataFolder(path: String, missing: [String])
    case unreadable(path: String, reason: String)
    /// A database that cannot be reached (exit 69): `source` is its URL without the password.
    case unavailable(source: String, reason: String)

    public var description: String {
        message.terminalSafe
    }

    private var message: String {
        switch self {
        case .notFound(let path):
            return "\(path): error: no such data folder (name one, or set CSDASH_DATA)"
        case .notADataFolder(let path, let missing):
            return "\(path): error: not a csdash data folder: it has none of \(missing.joined(separator: ", "))"
        case .unreadable(let path, let reason):
            return "\(path): error: cannot be read: \(reason)"
        case .unavailable(let source, let reason):
            return "\(source): error: cannot reach the database server: \(reason)"
        }
    }
}

/// What reading a folder found: the data when it is valid, and every problem either way.
public struct LoadedFolder: Sendable {
    /// nil when any file has an error: nothing half-read is ever shown as if it were whole.
    public var grants: Grants?
    public var diagnostics: [Diagnostic]
    /// The tables as read, kept so that a writer can preserve unknown columns and row order: every
    /// file's but projects.csv's, which nothing writes (it is read a piece at a time, and its
    /// bytes let go as soon as they are read).
    public var tables: [String: CSVTable]
    /// Files present but not read yet: a first look (`DataFolder.firstLook`) leaves them, and its
    /// warnings, to the complete load that follows it.
    public var unread: [String]

    public init(grants: Grants?, diagnostics: [Diagnostic], tables: [String: CSVTable] = [:], unread: [String] = []) {
        self.grants = grants
        self.diagnostics = diagnostics
        self.tables = tables
        self.unread = unread
    }

    /// Every file read and every check made: nothing is left for a complete load to find.
    public var isComplete: Bool { unread.isEmpty }

    public var errors: [Diagnostic] { diagnostics.filter { $0.severity == .error } }
    public var warnings: [Diagnostic] { diagnostics.filter { $0.severity == .warning } }
}

/// A data folder in format v1: reading and validating it.
public enum DataFolder {
    /// Reads every file of the folder at `path` and checks all of it. Throws only when there is no
    /// folder to speak of; every problem inside the files is a diagnostic in the result.
    /// `replacing` gives the contents some files would have after a change, so that a writer can
    /// validate the folder as it will be before writing anything.
    public static func load(_ path: String, replacing: [String: [UInt8]] = [:]) throws(DataFolderError) -> LoadedFolder {
        try load(path, replacing: replacing, leaving: [])
    }

    /// The files that are not needed to draw the overview, the board or the outstanding returns:
    /// a first look leaves them for later.
    public static let readAfterFirstLook: Set<String> = [FileSchema.projects.fileName]

    /// What the dashboard draws its first frame from: every file but projects.csv, read and checked
    /// as `load` does (every error found in them is found), without the warnings. A national
    /// folder's projects are nine tenths of its bytes, so this is a tenth of the work; the
    /// complete `load` follows, and its result replaces this one. When a folder has no
    /// projects.csv, this is the complete load.
    public static func firstLook(_ path: String) throws(DataFolderError) -> LoadedFolder {
        try load(path, replacing: [:], leaving: readAfterFirstLook)
    }

    /// As `load(_:replacing:)`, with projects.csv read in blocks of `blockSize` bytes.
    static func load(_ path: String, replacing: [String: [UInt8]] = [:], blockSize: Int) throws(DataFolderError) -> LoadedFolder {
        try load(path, replacing: replacing, leaving: [], blockSize: blockSize)
    }

    private static func load(_ path: String, replacing: [String: [UInt8]], leaving: Set<String>,
                             blockSize: Int = ProjectRecords.blockSize) throws(DataFolderError) -> LoadedFolder {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw .notFound(path: path)
        }
        let requiredFiles = FileSchema.all.filter { !$0.mayBeAbsent }
        let present = requiredFiles.filter { FileManager.default.fileExists(atPath: filePath(path, $0.fileName)) }
        if present.isEmpty { throw .notADataFolder(path: path, missing: requiredFiles.map(\.fileName)) }

        // projects.csv, nine tenths of a national folder, is read a block at a time as it is
        // checked (unless a writer gives its bytes); should it have to be read whole after all,
        // its problems as a file go where they would have gone had it been read whole at first.
        let projects = FileSchema.projects.fileName, projectsFile = filePath(path, projects)
        let projectsInBlocks = replacing[projects] == nil && !leaving.contains(projects)
            && FileManager.default.fileExists(atPath: projectsFile)
        var files = FilesRead(requiredFiles: requiredFiles)
        var projectsProblemsAt = 0
        for schema in FileSchema.all {
            let file = filePath(path, schema.fileName)
            if leaving.contains(schema.fileName) {
                if FileManager.default.fileExists(atPath: file) { files.unread.append(schema.fileName) }
            } else if projectsInBlocks && schema.fileName == projects {
                projectsProblemsAt = files.diagnostics.count
            } else {
                files.readWhole(schema, at: file, replacement: replacing[schema.fileName])
            }
        }
        let warnings = files.unread.isEmpty
        var validation = Validation(tables: files.tables, unreadable: files.unreadable, warnings: warnings,
                                    projectsFile: projectsInBlocks ? projectsFile : nil, blockSize: blockSize)
        if validation.projectsMustBeReadWhole {
            let later = files.diagnostics[projectsProblemsAt...]
            files.diagnostics.removeSubrange(projectsProblemsAt...)
            files.readWhole(.projects, at: projectsFile, replacement: nil)
            files.diagnostics += later
            validation = Validation(tables: files.tables, unreadable: files.unreadable, warnings: warnings)
        }
        files.tables[projects] = nil
        var diagnostics = files.diagnostics + validation.diagnostics
        if warnings, let pending = CommitJournal.pendingWarning(in: path, tables: files.tables) {
            diagnostics.append(pending)
        }
        let hasErrors = diagnostics.contains { $0.severity == .error }
        return LoadedFolder(grants: hasErrors ? nil : validation.grants, diagnostics: diagnostics, tables: files.tables,
                            unread: files.unread)
    }

    /// The files of a folder as read so far, and the problems of each as a file.
    struct FilesRead {
        let requiredFiles: [FileSchema]
        var diagnostics: [Diagnostic] = []
        var tables: [String: CSVTable] = [:]
        /// Files that exist (or are required) but could not be read at all.
        var unreadable: Set<String> = []
        var unread: [String] = []

        /// Reads the file at `path` whole (or takes `replacement` as its bytes) into `tables`, or
        /// notes why it cannot.
        mutating func readWhole(_ schema: FileSchema, at path: String, replacement: [UInt8]?) {
            guard replacement != nil || FileManager.default.fileExists(atPath: path) else {
                if !schema.mayBeAbsent {
                    unreadable.insert(schema.fileName)
                    diagnostics.append(Diagnostic(path: path, message: "missing file: a data folder needs \(requiredFiles.map(\.fileName).joined(separator: ", "))"))
                }
                return
            }
            let bytes: [UInt8]
            switch replacement.map({ Result.success($0) }) ?? FileBytes.read(path) {
            case .success(let read): bytes = read
            case .failure(let problem):
                diagnostics.append(Diagnostic(path: path, message: "cannot be read: \(problem.reason)"))
                unreadable.insert(schema.fileName)
                return
            }
            switch CSVTable.parse(path: path, bytes: bytes) {
            case .failure(let problem):
                diagnostics.append(problem)
                unreadable.insert(schema.fileName)
            case .success(let table):
                let headerProblems = schema.check(table)
                diagnostics += headerProblems
                if headerProblems.isEmpty { tables[schema.fileName] = table } else { unreadable.insert(schema.fileName) }
            }
        }
    }

    /// `DIR/name`, written as the user named DIR (so diagnostics name files the way they typed them).
    public static func filePath(_ folder: String, _ name: String) -> String {
        folder.hasSuffix("/") ? folder + name : folder + "/" + name
    }
}
