import Foundation
import ZIPFoundation

/// The zip container of a workbook, read within `WorkbookLimits`: parts are found by name (as
/// OPC says, without regard to case) and inflated one at a time, each checked against the limits
/// on what its header declares and on what actually comes out, and against its checksum.
struct PartArchive {
    let file: String
    private let archive: Archive
    private let entries: [String: Entry]
    private let limits: WorkbookLimits
    /// Bytes inflated so far, for the limit on the whole workbook.
    private var inflated = 0

    init(bytes: [UInt8], file: String, limits: WorkbookLimits) throws(WorkbookError) {
        self.file = file
        self.limits = limits
        try FileSignature.check(bytes, file: file)
        let archive: Archive
        do {
            archive = try Archive(data: Data(bytes), accessMode: .read)
        } catch {
            throw WorkbookError(file: file, message: "is not a readable .xlsx workbook: its zip archive is damaged or cut short")
        }
        var entries: [String: Entry] = [:]
        var count = 0
        for entry in archive {
            count += 1
            guard count <= limits.parts else {
                throw WorkbookError(file: file, message: "has more than \(limits.parts) parts in its zip archive, more than csdash reads (a workbook has a few dozen)")
            }
            let name = entry.path.lowercased()
            if entries[name] == nil { entries[name] = entry }
        }
        self.archive = archive
        self.entries = entries
    }

    func contains(_ name: String) -> Bool { entries[PartArchive.key(name)] != nil }

    /// The part's bytes, or nil when there is no such part.
    mutating func read(_ name: String) throws(WorkbookError) -> [UInt8]? {
        guard let entry = entries[PartArchive.key(name)] else { return nil }
        let allowed = min(limits.partBytes, limits.totalBytes - inflated)
        guard entry.uncompressedSize <= UInt64(max(allowed, 0)) else { throw tooLarge(name, declared: true) }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(Int(entry.uncompressedSize))
        let checksum: CRC32
        do {
            checksum = try archive.extract(entry, bufferSize: 64 << 10) { chunk in
                guard bytes.count + chunk.count <= allowed else { throw LimitReached() }
                chunk.withUnsafeBytes { bytes.append(contentsOf: $0) }
            }
        } catch is LimitReached {
            throw tooLarge(name, declared: false)
        } catch {
            throw WorkbookError(file: file, message: "has a part \(name) that cannot be inflated: the zip archive is damaged")
        }
        guard checksum == entry.checksum, bytes.count == Int(entry.uncompressedSize) else {
            throw WorkbookError(file: file, message: "has a part \(name) whose contents do not match its checksum or size: the zip archive is damaged")
        }
        inflated += bytes.count
        return bytes
    }

    private func tooLarge(_ name: String, declared: Bool) -> WorkbookError {
        let how = declared ? "declares" : "inflates to"
        let limit = inflated + limits.partBytes > limits.totalBytes
            ? "\(WorkbookLimits.describe(bytes: limits.totalBytes)) for the whole workbook"
            : "\(WorkbookLimits.describe(bytes: limits.partBytes)) for one part"
        return WorkbookError(file: file, message: "has a part \(name) that \(how) more than csdash reads (\(limit)): a zip bomb, or not a return")
    }

    /// `/xl/workbook.xml` and `xl/workbook.xml` name the same part.
    private static func key(_ name: String) -> String {
        (name.hasPrefix("/") ? String(name.dropFirst()) : name).lowercased()
    }

    private struct LimitReached: Error {}
}
