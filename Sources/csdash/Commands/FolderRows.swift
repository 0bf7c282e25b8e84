import ArgumentParser
import Foundation
import GrantModel
import GrantStore

/// A data folder's files as header and rows, for `db push`, and files written into a folder, for
/// `db pull`.
enum FolderRows {
    /// Every file of the folder that exists (file name to its header and rows) and audit.csv's
    /// rows without its header. The folder has been checked: a file that cannot be read now is 66.
    static func read(_ folder: String) throws -> (tables: [String: [[String]]], audit: [[String]]) {
        var tables: [String: [[String]]] = [:]
        for schema in FileSchema.all {
            if let rows = try rows(DataFolder.filePath(folder, schema.fileName)) { tables[schema.fileName] = rows }
        }
        let audit = try rows(DataFolder.filePath(folder, AuditLog.fileName)) ?? []
        return (tables, Array(audit.dropFirst()))
    }

    private static func rows(_ path: String) throws -> [[String]]? {
        guard FileManager.default.fileExists(atPath: path) else { return nil }
        let parsed: Result<CSVTable, Diagnostic>
        switch FileBytes.read(path) {
        case .success(let bytes): parsed = CSVTable.parse(path: path, bytes: bytes)
        case .failure(let problem): parsed = .failure(Diagnostic(path: path, message: "cannot be read: \(problem.reason)"))
        }
        switch parsed {
        case .success(let table): return [table.columnNames] + table.records.map { $0.fields.map(\.value) }
        case .failure(let problem):
            printError(problem.description)
            throw ExitCode(ExitStatus.noInput)
        }
    }

    /// Creates the folder (and its parents) and writes each file into it.
    static func write(_ files: [String: [UInt8]], to folder: String) throws {
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        } catch {
            printError("\(folder): error: cannot create: \(error.localizedDescription)")
            throw ExitCode(ExitStatus.cannotCreate)
        }
        for (name, bytes) in files.sorted(by: { $0.key < $1.key }) {
            try replaceOutputFile(DataFolder.filePath(folder, name), with: bytes)
        }
    }
}
