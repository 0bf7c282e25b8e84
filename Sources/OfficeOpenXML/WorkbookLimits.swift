/// How much of a workbook csdash reads: enough for any return form or table of returns many times
/// over, and small enough that a hostile file (a zip bomb, a sheet of a million rows) is refused
/// in a moment, with a message, instead of filling the memory or the afternoon.
public struct WorkbookLimits: Hashable, Sendable {
    /// The .xlsx file itself, compressed.
    public var fileBytes: Int
    /// Entries in the zip archive.
    public var parts: Int
    /// One part (a sheet, the shared strings) once inflated, declared and actual.
    public var partBytes: Int
    /// Every part read, inflated, together.
    public var totalBytes: Int
    /// The rows of a sheet that hold a value, and the cells.
    public var rows: Int
    public var cells: Int

    public init(fileBytes: Int = 64 << 20, parts: Int = 10_000, partBytes: Int = 64 << 20, totalBytes: Int = 256 << 20,
                rows: Int = 100_000, cells: Int = 1_000_000) {
        self.fileBytes = fileBytes
        self.parts = parts
        self.partBytes = partBytes
        self.totalBytes = totalBytes
        self.rows = rows
        self.cells = cells
    }

    public static let standard = WorkbookLimits()
}

extension WorkbookLimits {
    /// `64 MiB`, `100 KiB`, `512 bytes`.
    static func describe(bytes: Int) -> String {
        if bytes >= 1 << 20, bytes % (1 << 20) == 0 { return "\(bytes >> 20) MiB" }
        if bytes >= 1 << 10, bytes % (1 << 10) == 0 { return "\(bytes >> 10) KiB" }
        return "\(bytes) bytes"
    }
}
