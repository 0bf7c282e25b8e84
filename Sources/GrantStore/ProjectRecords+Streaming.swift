import GrantModel

extension ProjectRecords {
    /// The bytes read for each block of projects.csv: about five thousand rows, enough to read in
    /// two halves at once; and a twentieth of a national folder's projects.csv, whose bytes and
    /// offsets (as many bytes again: an offset takes eight) then weigh little beside the projects
    /// themselves.
    static let blockSize = 1 << 19

    /// projects.csv at `path`, a block at a time: only the projects stay, each block's bytes and
    /// offsets let go once its rows are read and checked. nil when the file must be read whole
    /// instead, for its problems to be reported as they always are: when it cannot be read or
    /// is refused, has no header row or a header with problems, or may have a key that two rows
    /// share (see `GroupedUniqueKeys`). Anything else is found as `init(table:...)` finds it, in
    /// the same words at the same lines and columns.
    init?(path: String, blockSize: Int = ProjectRecords.blockSize, readers: RecordReaders, knownAreas: Set<String>?,
          amounts: inout AmountTotal) {
        guard let file = CSVStreamingReader(path: path, blockSize: blockSize) else { return nil }
        var tables = BlockTables(reader: file, path: path)
        var checks = ProjectChecks(knownAreas: knownAreas, amounts: amounts)
        var list = ProjectList()
        tables.readNext()
        // Room for the rows the file is likely to hold, if the rest is like the first block (room
        // never written costs no memory): growing by doubling would hold the old rows and twice
        // as many at once. A block is let go before the next is read: only one is ever held.
        list.reserveCapacity(tables.likelyRows)
        while let table = tables.waiting {
            tables.clearWaiting()
            // Read into memory of its own and moved from there into the list: a block array's
            // values would be copied out, and then released, text by text.
            let block = UnsafeMutableBufferPointer<Project>.allocate(capacity: table.rowCount)
            var rows = [Int](repeating: 0, count: table.rowCount)
            let (count, problems) = rows.withUnsafeMutableBufferPointer { rows in
                LocatedRecords.read(table, readers.project, into: block, rows: rows)
            }
            rowProblems += problems
            // Each project's fields are read in place: a copy of the whole would count a reference
            // to its title and theme, row after row.
            for index in 0..<count where !checks.mayShareKeys {
                checks.check(block[index], Located(value: block[index], row: RowReader(table: table, checkedRow: rows[index])))
            }
            let read = UnsafeMutableBufferPointer(rebasing: block[..<count])
            if checks.mayShareKeys {
                read.deinitialize()
                block.deallocate()
                return nil
            }
            list.append(moving: read)
            block.deallocate()
            tables.readNext()
        }
        guard tables.finished else { return nil }
        values = list
        unknownAreas = checks.references.diagnostics
        amounts = checks.amounts
    }
}

/// The blocks of projects.csv as tables of their data rows, each with the file's header row.
private struct BlockTables {
    let reader: CSVStreamingReader
    let path: String
    /// The block read and not yet taken.
    private(set) var waiting: CSVTable?
    /// True when the file is read to its end, and has a header row.
    private(set) var finished = false
    private var header: [CSVField]?
    private var headerWidth = 0
    private var rowsRead = 0

    init(reader: CSVStreamingReader, path: String) {
        self.reader = reader
        self.path = path
    }

    /// Reads the next block into `waiting`; leaves it nil at the end of the file (and then
    /// `finished` true), or when the file must be read whole.
    mutating func readNext() {
        waiting = nil
        while true {
            let next = reader.next()
            guard case .block(let scan) = next else {
                // A file with no header row is reported (as empty) on the whole file's path.
                if case .finished = next, header != nil { finished = true }
                return
            }
            // As `CSVTable.parse`: blank rows left out, the first of the others the header.
            // The first block's rows say which empty columns at the header's end to leave out.
            var rows = (0..<scan.recordCount).filter { !scan.isBlank($0) }
            guard let header = header ?? rows.first.map({ CSVTable.namedHeader(scan, $0, rows: Array(rows.dropFirst())) }) else { continue }
            if self.header == nil {
                headerWidth = scan.fieldCount(rows.removeFirst())
            }
            // A value under a column the first block left out names that column after all, as a
            // whole read would have it: the header's problem is reported when the file is read whole.
            if self.header != nil, CSVTable.leftOutColumnsHoldValues(scan, header: header, width: headerWidth, rows: rows) { return }
            let table = CSVTable(path: path, scan: scan, header: header, headerWidth: headerWidth, rowRecords: rows)
            if self.header == nil {
                guard FileSchema.projects.check(table).isEmpty else { return }
                self.header = header
            }
            rowsRead += table.rowCount
            waiting = table
            return
        }
    }

    /// Lets the waiting block go (whoever took it holds it now).
    mutating func clearWaiting() {
        waiting = nil
    }

    /// The rows the file is likely to hold from the waiting block on, if the rest is like what
    /// is read so far, with a quarter more to spare.
    var likelyRows: Int {
        let left = reader.fileSize - reader.bytesHandedOut, waitingRows = waiting?.rowCount ?? 0
        guard left > 0 else { return waitingRows }
        let perByte = Double(rowsRead) / Double(max(reader.bytesHandedOut, 1))
        return waitingRows + Int(Double(left) * perByte * 1.25) + 16
    }
}
