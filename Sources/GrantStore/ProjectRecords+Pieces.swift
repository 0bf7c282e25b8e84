import GrantModel

extension ProjectRecords {
    /// The bytes read for each piece of projects.csv: about ten thousand rows, enough to read in
    /// two halves at once; and a tenth of a national folder's projects.csv, whose bytes and
    /// offsets then weigh little beside the projects themselves.
    static let pieceSize = 1 << 20

    /// projects.csv at `path`, a piece at a time: only the projects stay, each piece's bytes and
    /// offsets let go once its rows are read and checked. nil when the file must be read whole
    /// instead, for its problems to be reported as they always are: when it cannot be read or
    /// scanned, has no header row or a header with problems, or may have a key that two rows
    /// share (see `KeyRuns`). Anything else is found as `init(table:...)` finds it, in the same
    /// words at the same lines and columns.
    init?(path: String, pieceSize: Int = ProjectRecords.pieceSize, readers: RecordReaders, knownAreas: Set<String>?,
          amounts: inout AmountTotal) {
        guard let file = CSVPieces(path: path, pieceSize: pieceSize) else { return nil }
        var tables = PieceTables(pieces: file, path: path)
        var reading = PieceReading(readers: readers, checks: ProjectRecords.checks(knownAreas), amounts: amounts)
        var list = ProjectList()
        tables.readNext()
        // Room for the rows the file is likely to hold, if the rest is like the first piece (room
        // never written costs no memory): growing by doubling would hold the old rows and twice
        // as many at once. A piece is let go before the next is read: only one is ever held.
        list.reserveCapacity(tables.likelyRows)
        while let table = tables.waiting {
            tables.clearWaiting()
            // Read into memory of its own and moved from there into the list: a piece array's
            // values would be copied out, and then released, text by text.
            let piece = UnsafeMutableBufferPointer<Project>.allocate(capacity: table.rows.count)
            let count = reading.read(table, into: piece)
            let read = UnsafeMutableBufferPointer(rebasing: piece[..<count])
            if reading.mayShareKeys {
                read.deinitialize()
                piece.deallocate()
                return nil
            }
            list.append(moving: read)
            piece.deallocate()
            tables.readNext()
        }
        guard tables.finished else { return nil }
        values = list
        rowProblems = reading.rowProblems
        unknownAreas = reading.checks.diagnostics
        amounts = reading.amounts
    }
}

/// The pieces of projects.csv as tables of their data rows, each with the file's header row.
private struct PieceTables {
    let pieces: CSVPieces
    let path: String
    /// The piece read and not yet taken.
    private(set) var waiting: CSVTable?
    /// True when the file is read to its end, and has a header row.
    private(set) var finished = false
    private var header: [CSVField]?
    private var rowsRead = 0

    init(pieces: CSVPieces, path: String) {
        self.pieces = pieces
        self.path = path
    }

    /// Reads the next piece into `waiting`; leaves it nil at the end of the file (and then
    /// `finished` true), or when the file must be read whole.
    mutating func readNext() {
        waiting = nil
        while true {
            let piece = pieces.next()
            guard case .piece(let scan) = piece else {
                // A file with no header row is reported (as empty) on the whole file's path.
                if case .finished = piece, header != nil { finished = true }
                return
            }
            // As `CSVTable.parse`: blank rows left out, the first of the others the header.
            var rows = (0..<scan.recordCount).filter { !scan.isBlank($0) }.map(UInt32.init)
            guard let header = header ?? rows.first.map({ CSVTable.headerFields(scan, Int($0)) }) else { continue }
            if self.header == nil { rows.removeFirst() }
            let table = CSVTable(path: path, header: header, rows: CSVRows(scan: scan, records: rows))
            if self.header == nil {
                guard FileSchema.projects.check(table).isEmpty else { return }
                self.header = header
            }
            rowsRead += table.rows.count
            waiting = table
            return
        }
    }

    /// Lets the waiting piece go (whoever took it holds it now).
    mutating func clearWaiting() {
        waiting = nil
    }

    /// The rows the file is likely to hold from the waiting piece on, if the rest is like what
    /// is read so far, with a quarter more to spare.
    var likelyRows: Int {
        let left = pieces.fileSize - pieces.bytesHandedOut, waitingRows = waiting?.rows.count ?? 0
        guard left > 0 else { return waitingRows }
        let perByte = Double(rowsRead) / Double(max(pieces.bytesHandedOut, 1))
        return waitingRows + Int(Double(left) * perByte * 1.25) + 16
    }
}

/// What reading projects.csv carries from one piece to the next: the checks made row by row, and
/// their findings.
private struct PieceReading {
    let readers: RecordReaders
    var checks: CrossReferences
    var amounts: AmountTotal
    var rowProblems: [Diagnostic] = []
    private var keys = KeyRuns<Grants.AllocationKey, String>()
    private var knownArea: AreaID?
    private(set) var mayShareKeys = false

    init(readers: RecordReaders, checks: CrossReferences, amounts: AmountTotal) {
        self.readers = readers
        self.checks = checks
        self.amounts = amounts
    }

    /// Reads the rows of `table` into `values` (which has room for them all) and checks each, as
    /// `ProjectRecords.init(table:...)` does: the count read. Stops at a key that may be shared.
    mutating func read(_ table: CSVTable, into values: UnsafeMutableBufferPointer<Project>) -> Int {
        var rows = [UInt32](repeating: 0, count: table.rows.count)
        let (count, problems) = rows.withUnsafeMutableBufferPointer { rows in
            LocatedRecords.read(table, readers.project, into: values, rows: rows)
        }
        rowProblems += problems
        // Each project's fields are read in place: a copy of the whole would count a reference
        // to its title and theme, row after row.
        for index in 0..<count {
            guard keys.add(group: ProjectRecords.group(values[index]), item: values[index].projectID) else {
                mayShareKeys = true
                break
            }
            func located() -> Located<Project> { Located(value: values[index], row: RowReader(table: table, checkedRow: Int(rows[index]))) }
            checks.area(inRun: &knownArea, values[index].areaID, located())
            amounts.add(located(), "budget", values[index].budget)
            amounts.add(located(), "spend", values[index].spend)
        }
        return count
    }
}
