import GrantModel

/// One thread's walk along the rows of a table, with one `RowReader` moved from row to row, and
/// what the walk keeps from row to row: the file's bytes and offsets lent as a view, where the
/// next column asked for is likely to be, the funder's currency of the area last read, and the
/// long texts already made. Reading a field through it changes no reference count shared with
/// another thread (two threads reading halves of a file would fight over every one).
final class TableWalk {
    /// Valid for as long as the `withView` call that lent it: the walk lives inside that call.
    let view: CSVScanView
    /// The header's names, copied for this walk alone.
    private let columns: ColumnNames
    private var nextColumn = 0
    private let texts = InternedTexts()

    init(header: [CSVField], view: CSVScanView) {
        self.view = view
        columns = ColumnNames(header)
    }

    /// The first column named `name`, as `CSVTable.column` finds it.
    @inline(__always)
    func column(_ name: String) -> Int? {
        let found = columns.index(of: name, guess: nextColumn)
        if let found { nextColumn = found + 1 }
        return found
    }

    /// The area last asked about and its funder's currency: rows come in runs of one area, and
    /// two dictionary lookups a row cost more than reading the row's money.
    private var lastArea: String?
    private var lastCurrency: Currency?

    func currency(forArea areaID: String, _ lookUp: (String) -> Currency?) -> Currency? {
        if areaID != lastArea {
            lastArea = areaID
            lastCurrency = lookUp(areaID)
        }
        return lastCurrency
    }

    @inline(__always)
    func string(_ bytes: UnsafeBufferPointer<UInt8>) -> String { texts.string(bytes) }
}

extension CSVTable {
    /// Calls `body` with a reader on each row in `range`, in order, its field count checked: the
    /// one loop that reads the rows of a table. One reader is moved along the rows, which spares a
    /// reference to the table for every row (shared by two threads, a count that both change
    /// costs more than the row).
    func walkRows(_ range: Range<Int>, _ body: (inout RowReader) -> Void) {
        guard !range.isEmpty else { return }
        scan.withView { view in
            var row = RowReader(table: self, checkedRow: range.lowerBound, walk: TableWalk(header: header, view: view))
            for index in range {
                row.move(to: index)
                body(&row)
            }
        }
    }

    func walkRows(_ body: (inout RowReader) -> Void) {
        walkRows(0..<rowCount, body)
    }
}
