import GrantModel

/// Reads typed values from one record, noting every problem with its file, line and column.
/// `isValid` turns false at the first error so that the row is left out of the data.
struct RowReader {
    let table: CSVTable
    /// The row's index among the table's data rows.
    private(set) var row: Int
    private let scan: CSVScan
    /// The scan's record of the row, the entry of its first field, and its field count.
    private var record: Int
    private var first: Int
    private var fieldCount: Int
    private let walk: TableWalk?
    private(set) var problems: [Diagnostic] = []
    private(set) var isValid = true

    init(table: CSVTable, row: Int) {
        self.init(table: table, checkedRow: row)
        checkFieldCount()
    }

    /// A row already read without error: its field count is not checked again. `walk`: what one
    /// reader moved along many rows of the table keeps (`CSVTable.walkRows`).
    init(table: CSVTable, checkedRow row: Int, walk: TableWalk? = nil) {
        self.table = table
        self.row = row
        self.walk = walk
        scan = table.scan
        record = table.record(ofRow: row)
        first = scan.firstEntry(record)
        fieldCount = scan.fieldCount(record)
    }

    /// The currency of `areaID`'s funder, by `lookUp`, remembered from row to row on a walk.
    func currency(forArea areaID: String, _ lookUp: (String) -> Currency?) -> Currency? {
        guard let walk else { return lookUp(areaID) }
        return walk.currency(forArea: areaID, lookUp)
    }

    /// The same reader on another row of its table, with no problems yet.
    mutating func move(to row: Int) {
        self.row = row
        record = table.record(ofRow: row)
        first = scan.firstEntry(record)
        fieldCount = scan.fieldCount(record)
        problems.removeAll()
        isValid = true
        checkFieldCount()
    }

    private mutating func checkFieldCount() {
        let count = fieldCount
        guard count != table.header.count else { return }
        if count > table.header.count && count <= table.headerWidth {
            // The empty columns a spreadsheet saves right of the header's names: empty here too.
            if let filled = (table.header.count..<count).first(where: { !scan.trimmedValue(first + $0).isEmpty }) {
                fail(at: scan.position(record, entry: first + filled),
                     "this row has a value in a column with no name in the header row: name the column, or clear the value")
            }
            return
        }
        fail(at: count > 0 ? scan.position(record, entry: first + count - 1) : (line, 1),
             "this row has \(count) field\(count == 1 ? "" : "s") but the header has \(table.header.count): check for a missing or extra comma, or a comma that should be inside quotes")
    }

    var line: Int { scan.recordLines[record] }

    /// Where `column` is in this row; nil when the header has no such column or the row is short.
    @inline(__always)
    private func index(of column: String) -> Int? {
        guard let found = walk.map({ $0.column(column) }) ?? table.column(column), found < fieldCount else { return nil }
        return found
    }

    func field(_ column: String) -> CSVField? {
        index(of: column).map { index in
            let place = scan.position(record, entry: first + index)
            return CSVField(value: scan.value(first + index), line: place.line, column: place.column)
        }
    }

    /// The trimmed text of `column`, "" when the column is absent or empty.
    @inline(__always)
    func text(_ column: String) -> String {
        guard let index = index(of: column) else { return "" }
        if let walk, let bytes = walk.view.trimmedBytes(first + index) { return walk.string(bytes) }
        return scan.trimmedValue(first + index)
    }

    /// Calls `body` with the UTF-8 of `text(column)`, without making a `String` for a plain field.
    @inline(__always)
    func withText<Result>(_ column: String, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        guard let index = index(of: column) else { return body(UnsafeBufferPointer(start: nil, count: 0)) }
        if let bytes = walk?.view.trimmedBytes(first + index) { return body(bytes) }
        if let result = scan.withView({ view in view.trimmedBytes(first + index).map(body) }) { return result }
        var text = scan.trimmedValue(first + index)
        return text.withUTF8(body)
    }

    /// Where `column`'s field starts, or the row's start when the field is missing.
    func location(of column: String) -> (line: Int, column: Int) {
        guard let index = index(of: column) else { return (line, 1) }
        return scan.position(record, entry: first + index)
    }

    mutating func fail(_ column: String, _ message: String) {
        let place = location(of: column)
        problems.append(Diagnostic(path: table.path, line: place.line, column: place.column, message: message))
        isValid = false
    }

    mutating func warn(_ column: String, _ message: String) {
        let place = location(of: column)
        problems.append(Diagnostic(path: table.path, line: place.line, column: place.column, severity: .warning, message: message))
    }

    private mutating func fail(at place: (line: Int, column: Int), _ message: String) {
        problems.append(Diagnostic(path: table.path, line: place.line, column: place.column, message: message))
        isValid = false
    }

    /// Non-empty text, else an error.
    mutating func required(_ column: String) -> String? {
        let value = text(column)
        if value.isEmpty {
            fail(column, "\(column) is empty: a value is required")
            return nil
        }
        return value
    }

    mutating func money(_ column: String, currency: Currency?, required: Bool) -> Money? {
        let failure: MoneyParser.Failure
        switch withText(column, { MoneyParser.parse(utf8: $0, currency: currency) }) {
        case .success(let money): return money
        case .failure(let found): failure = found
        }
        let value = text(column)
        switch failure {
        case .empty:
            if required { fail(column, "\(column) is empty: an amount is required, e.g. 1873187 or £1,873,187") }
        case .negative:
            fail(column, "\(column) \(quoted(value)) is negative: amounts may not be negative; write zero or more")
        case .negativeInParentheses:
            fail(column, "\(column) \(quoted(value)) is negative (a figure in brackets is negative, as Excel's Accounting format writes it): amounts may not be negative; write zero or more")
        case .wrongCurrency(let found, let expected):
            fail(column, "\(column) \(quoted(value)) is in \(found) but this funder's currency is \(expected.code) (\(expected.symbol)): write the amount in \(expected.symbol), or with no symbol")
        case .tooLarge:
            fail(column, "\(column) \(quoted(value)) is too large to be an amount of money: at most 15 digits before the decimal point")
        case .malformed(let why):
            let reason = RowReader.strayCharacter(inAmount: value).map { "\(quoted(String($0))) cannot be part of an amount" } ?? why
            fail(column, "\(column) \(quoted(value)) is not an amount of money (\(reason)); write e.g. 1873187, 1873187.50, 1,873,187 or £1,873,187")
        }
        return nil
    }

    mutating func day(_ column: String, required: Bool) -> Day? {
        guard let parsed = withText(column, { $0.isEmpty ? nil : Day.parse(utf8: $0) }) else {
            if required { fail(column, "\(column) is empty: a date is required, e.g. 2016-12-06") }
            return nil
        }
        let failure: Day.ParseFailure
        switch parsed {
        case .success(let day): return day
        case .failure(let found): failure = found
        }
        let value = text(column)
        switch failure {
        case .doesNotExist:
            fail(column, "\(column) \(quoted(value)) is not a date that exists: \(RowReader.whyNoSuchDate(value))")
        case .malformed:
            fail(column, "\(column) \(quoted(value)) is not a date: write 2016-12-06 (or 06/12/2016, day first)")
        }
        return nil
    }

    mutating func year(_ column: String) -> FinancialYear? {
        let parsed = withText(column) { $0.isEmpty ? nil : FinancialYear.parse(utf8: $0) }
        if case .success(let year) = parsed, RowReader.years.contains(year.startYear) { return year }
        guard let value = required(column), let parsed else { return nil }
        switch parsed {
        case .success:
            fail(column, "\(column) \(quoted(value)) is outside the financial years csdash reads, \(FinancialYear(startYear: RowReader.years.lowerBound)) to \(FinancialYear(startYear: RowReader.years.upperBound)): is it a typo?")
        case .failure(.notConsecutive):
            fail(column, "\(column) \(quoted(value)) does not name a financial year: its two years must be consecutive, e.g. 2016/17")
        case .failure(.malformed):
            fail(column, "\(column) \(quoted(value)) is not a financial year: write e.g. 2016/17")
        }
        return nil
    }

    mutating func quarter(_ column: String) -> Quarter? {
        if let quarter = withText(column, Quarter.init(utf8:)) { return quarter }
        guard let value = required(column) else { return nil }
        fail(column, "\(column) \(quoted(value)) is not a quarter: write Q1, Q2, Q3 or Q4")
        return nil
    }

    /// A whole number in `range`; nil (with no error) when empty and not required.
    mutating func wholeNumber(_ column: String, in range: ClosedRange<Int>, required: Bool, meaning: String) -> Int? {
        let value = text(column)
        if value.isEmpty {
            if required { fail(column, "\(column) is empty: \(meaning) is required") }
            return nil
        }
        guard value.allSatisfy({ $0.isASCII && $0.isNumber }), let number = Int(value), range.contains(number) else {
            fail(column, "\(column) \(quoted(value)) is not \(meaning): expected a whole number from \(range.lowerBound) to \(range.upperBound)")
            return nil
        }
        return number
    }

    /// Shows a value in a message, escaped so that it can never drive the terminal.
    func quoted(_ value: String) -> String { "\"\(value.terminalSafe)\"" }

    /// The first years of the financial years read. Far outside them is a typo, and near the ends
    /// of the calendar (year 9999/00) a year's quarters would have no days to fall on.
    static let years = 1900...2199

    /// The first character that is neither a digit, a separator, a sign nor a currency symbol:
    /// the `O` of `18731O7`, said plainly rather than as a grammar of amounts.
    static func strayCharacter(inAmount text: String) -> Character? {
        let allowed = Set("0123456789,.-() ").union(Currency.known.flatMap(\.symbol))
        return text.first { !allowed.contains($0) }
    }

    /// Why a well-formed date does not exist: `February 2016 has 29 days`.
    static func whyNoSuchDate(_ text: String) -> String {
        let numbers = text.trimmingSpaces().split(whereSeparator: { $0 == "-" || $0 == "/" }).compactMap { Int($0) }
        guard numbers.count == 3 else { return "check the day and month" }
        let (year, month, day) = text.contains("-") ? (numbers[0], numbers[1], numbers[2]) : (numbers[2], numbers[1], numbers[0])
        guard (1...12).contains(month) else { return "there is no month \(month) (write the day first in 06/12/2016, the year first in 2016-12-06)" }
        guard (1...9999).contains(year) else { return "there is no year \(year)" }
        guard day > 0 else { return "there is no day 0" }
        return "\(Day.monthNames[month - 1]) \(year) has \(Day.daysIn(month: month, year: year)) days"
    }
}
