import GrantModel

/// The records read from one table and the row each came from, made into `Located` values only
/// as they are visited: an array of `Located` for a national folder's 120,000 projects would copy
/// every project, and hold a reader for every row, for as long as the checks run.
struct LocatedRecords<Value>: RandomAccessCollection {
    let table: CSVTable?
    /// The records, in file order: what goes into `Grants` as it is.
    private(set) var values: [Value] = []
    /// The row in `table` of each record.
    private var rows: [Int] = []

    init(table: CSVTable?) {
        self.table = table
    }

    /// Reads every row of `table` with `make`, leaving out rows with errors; and the problems of
    /// every row, in file order.
    static func read(_ table: CSVTable, _ make: (inout RowReader) -> Value?) -> (LocatedRecords, [Diagnostic]) {
        let count = table.rowCount
        var rowsRead = [Int](repeating: 0, count: count)
        var problems: [Diagnostic] = []
        let values = [Value](unsafeUninitializedCapacity: count) { values, initialized in
            rowsRead.withUnsafeMutableBufferPointer { rows in
                (initialized, problems) = read(table, make, into: values, rows: rows)
            }
        }
        rowsRead.removeLast(count - values.count)
        var result = LocatedRecords(table: table)
        result.values = values
        result.rows = rowsRead
        return (result, problems)
    }

    /// Reads every row of `table` into the start of `values` (which has room for them all), and
    /// the row of each into `rows`: how many were read without error, and every problem. A large
    /// table is read in two halves at once, each half writing its records into its own part of
    /// `values` (then closed up), so none is copied.
    static func read(_ table: CSVTable, _ make: (inout RowReader) -> Value?, into values: UnsafeMutableBufferPointer<Value>,
                     rows: UnsafeMutableBufferPointer<Int>) -> (count: Int, problems: [Diagnostic]) {
        let count = table.rowCount
        let middle = count >= halvingCount ? count / 2 : count
        let (first, second) = middle < count
            ? forkJoin({ read(table, 0..<middle, make, into: values, rows: rows) },
                       { read(table, middle..<count, make, into: values, rows: rows) })
            : (read(table, 0..<count, make, into: values, rows: rows), (count: 0, problems: []))
        if second.count > 0 {
            (values.baseAddress! + first.count).moveInitialize(from: values.baseAddress! + middle, count: second.count)
            (rows.baseAddress! + first.count).update(from: rows.baseAddress! + middle, count: second.count)
        }
        return (first.count + second.count, first.problems + second.problems)
    }

    /// Tables from this many rows are read in two halves at once: a block of projects.csv
    /// (`ProjectRecords`) has about five thousand. (Computed: a generic type has no stored statics.)
    private static var halvingCount: Int { 4_096 }

    /// Reads the rows in `range` into `values` and `rows` from the range's lower bound on: how
    /// many were read without error, and every problem.
    private static func read(_ table: CSVTable, _ range: Range<Int>, _ make: (inout RowReader) -> Value?,
                             into values: UnsafeMutableBufferPointer<Value>,
                             rows: UnsafeMutableBufferPointer<Int>) -> (count: Int, problems: [Diagnostic]) {
        var next = range.lowerBound
        var problems: [Diagnostic] = []
        table.walkRows(range) { row in
            // A row with the wrong number of fields has its values in the wrong columns: one
            // error for the row says it all.
            guard row.isValid else {
                problems += row.problems
                return
            }
            let made = make(&row)
            problems += row.problems
            if row.isValid, let value = consume made {
                (values.baseAddress! + next).initialize(to: value)
                rows[next] = row.row
                next += 1
            }
        }
        return (next - range.lowerBound, problems)
    }

    var startIndex: Int { 0 }
    var endIndex: Int { values.count }

    subscript(position: Int) -> Located<Value> {
        // Only rows that were read without error are here, so a table is there.
        Located(value: values[position], row: RowReader(table: table!, checkedRow: rows[position]))
    }

    /// As `sharingKeys(_:)` for a key of a group and an item (an area and year, and a project_id),
    /// quicker when the records of each group stand together (`GroupedUniqueKeys`); when they do not,
    /// every record goes to `sharingKeys(_:)`.
    @inline(__always)
    func sharingKeys<Group: Hashable, Item: Hashable>(group: (Value) -> Group, item: (Value) -> Item) -> [Located<Value>] {
        var runs = GroupedUniqueKeys<Group, Item>()
        // Through a buffer, so that each value is read in place rather than copied.
        let together = values.withUnsafeBufferPointer { values in
            values.allSatisfy { runs.add(group: group($0), item: item($0)) }
        }
        return together ? [] : sharingKeys { KeyPair(group: group($0), item: item($0)) }
    }

    /// The records whose key another record shares, in file order: all that a check for unique
    /// keys has to see, found without making a `Located` for every record.
    func sharingKeys<Key: Hashable>(_ key: (Value) -> Key) -> [Located<Value>] {
        var shared: [Key: Bool] = [:]
        shared.reserveCapacity(values.count)
        var anyShared = false
        values.withUnsafeBufferPointer { values in
            for index in values.indices {
                let value = key(values[index])
                if shared.updateValue(false, forKey: value) != nil {
                    shared[value] = true
                    anyShared = true
                }
            }
        }
        guard anyShared else { return [] }
        return indices.filter { shared[key(values[$0])] == true }.map { self[$0] }
    }
}

/// Two parts of a key as one.
struct KeyPair<Group: Hashable, Item: Hashable>: Hashable {
    var group: Group
    var item: Item
}
