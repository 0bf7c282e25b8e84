import Foundation
import GrantModel
import GrantStore
import Testing

/// The large folder that `KillDurabilityTests` kills writers on, the writes it kills, and how it
/// checks what is left: the files' bytes and fields, and the audit log that must explain them.
enum KillDurabilityFolder {
    /// Synthetic West Midlands areas added to the sample data, each allocated four years with four
    /// returns a year (received and accepted), and four instalments scheduled in the first year:
    /// 250 areas give 4,000 more rows in returns.csv and 1,000 in payments.csv (so that a payment
    /// is sometimes a new row, sometimes a change). 20,000 rows would make each run of a debug
    /// build take over 3 s, leaving too few kills in the time this test may take.
    static let syntheticAreas = 250
    static let totalReturns = 42 + syntheticAreas * 16
    static let years = 2016...2019
    /// The data files the writes change.
    static let files = ["returns.csv", "payments.csv"]

    static func areaID(_ number: Int) -> String { String(format: "syn-%04d", number) }

    static func yearText(_ start: Int) -> String { String(format: "%d/%02d", start, (start + 1) % 100) }

    /// A copy of sample-data with the synthetic areas, their allocations, returns and instalments.
    /// Each return arrives 20 days after its quarter ends and is accepted 7 days later, after any
    /// date `write` records it as received; each instalment is a quarter of the allocation.
    static func largeFolder() throws -> SampleDataCopy {
        let folder = try SampleDataCopy()
        var areas = "", allocations = "", returns = "", payments = ""
        for number in 0..<syntheticAreas {
            let area = areaID(number)
            areas += "\(area),west-midlands,Synthetic Area \(number),csp,,,,,\n"
            for start in years {
                allocations += "\(area),\(yearText(start)),100000,0,Police main grant,,\n"
                let year = FinancialYear(startYear: start)
                for quarter in Quarter.allCases {
                    let received = year.lastDay(of: quarter).adding(days: 20)
                    returns += "\(area),\(yearText(start)),\(quarter),\(received),\(20_000 * quarter.rawValue),"
                        + "\(10_000 * quarter.rawValue),,accepted,\(received.adding(days: 7)),\n"
                    if start == years.lowerBound { payments += "\(area),\(yearText(start)),\(quarter),25000,,,\n" }
                }
            }
        }
        for (file, rows) in [("areas.csv", areas), ("allocations.csv", allocations), ("returns.csv", returns), ("payments.csv", payments)] {
            let handle = try FileHandle(forWritingTo: folder.url.appendingPathComponent(file))
            try handle.seekToEnd()
            try handle.write(contentsOf: Data(rows.utf8))
            try handle.close()
        }
        return folder
    }

    /// One write the test kills: its command line, the edit it makes, and the file it writes.
    struct Write {
        enum Command: String, CaseIterable { case record, review, pay }
        var command: Command
        var arguments: [String]
        var edit: ReturnEdit
        var file: String { command == .pay ? "payments.csv" : "returns.csv" }

        /// The same edit through the same write path, on `folder` (the mirror).
        func apply(to folder: String) throws {
            if command == .pay {
                _ = try PaymentsWriter.apply([edit], to: folder, command: "mirror")
            } else {
                _ = try ReturnsWriter.apply([edit], to: folder, command: "mirror")
            }
        }
    }

    /// The write of iteration `number`: record, review and pay in turn, a different quarter each
    /// time, so that each run changes its file. A review is dated after any received date a record
    /// gives; a payment after the synthetic acceptance.
    static func write(_ folder: String, _ number: Int) -> Write {
        let command = Write.Command.allCases[number % 3]
        let area = areaID((number * 37) % syntheticAreas)
        let start = years.lowerBound + number % years.count
        let year = FinancialYear(startYear: start)
        let quarter = Quarter.allCases[number % 4]
        let quarterEnd = year.lastDay(of: quarter)
        let key = ["--area", area, "--year", yearText(start), "--quarter", "\(quarter)"]
        switch command {
        case .record:
            let received = quarterEnd.adding(days: 5 + number % 20)
            let planned = Money(pounds: Int64(90_000 + number)), spend = Money(pounds: Int64(50_000 + number))
            return Write(command: command, arguments: ["record", folder] + key + ["--received", "\(received)", "--planned",
                                                                                 planned.plainAmount(), "--spend", spend.plainAmount()],
                         edit: .recording(areaID: area, year: year, quarter: quarter, received: received, planned: planned,
                                          spend: spend, note: nil))
        case .review:
            let date = quarterEnd.adding(days: 30 + number % 20)
            let review = number % 2 == 0 ? Review(outcome: .accepted, date: date, query: "")
                : Review(outcome: .queried, date: date, query: "spend by project missing (\(number))")
            let outcome = review.outcome == .accepted ? ["--accept"] : ["--query", review.query]
            return Write(command: command, arguments: ["review", folder] + key + outcome + ["--date", "\(date)"],
                         edit: .reviewing(areaID: area, year: year, quarter: quarter, review))
        case .pay:
            // Never above the quarter's 25,000, so never above the year's allocation.
            let amount = Money(pounds: Int64(24_000 + number % 1_000)), paid = quarterEnd.adding(days: 40 + number % 20)
            let ref = "BACS-\(number)"
            return Write(command: command, arguments: ["pay", folder] + key + ["--amount", amount.plainAmount(), "--paid", "\(paid)",
                                                                              "--ref", ref],
                         edit: .paying(areaID: area, year: year, quarter: quarter, amount: amount, paid: paid, ref: ref))
        }
    }

    /// Inode, size and modification time: changes when the file is written in place or replaced.
    static func signature(_ path: String) -> [Int] {
        var status = stat()
        guard stat(path, &status) == 0 else { return [] }
        return [Int(status.st_ino), Int(status.st_size), Int(status.st_mtim.tv_sec), Int(status.st_mtim.tv_nsec)]
    }

    static func bytes(_ folder: URL, _ file: String) throws -> [UInt8] {
        [UInt8](try Data(contentsOf: folder.appendingPathComponent(file)))
    }

    /// Every field of every row of `file` (returns.csv or payments.csv), by file, audit key
    /// (`syn-0001 2016/17 Q1`) and column: `returns.csv|syn-0001 2016/17 Q1|spend`.
    static func fields(_ folder: URL, _ file: String) throws -> [String: String] {
        let table = try CSVTable.parse(path: file, bytes: bytes(folder, file)).get()
        var fields: [String: String] = [:]
        for record in table.records {
            let values = record.fields.map(\.value)
            let key = "\(file)|\(values[0]) \(values[1]) \(values[2])"
            for (column, value) in zip(table.columnNames, values).dropFirst(3) { fields["\(key)|\(column)"] = value }
        }
        return fields
    }

    /// The fields of both files (see `fields(_:_:)`).
    static func fields(_ folder: URL) throws -> [String: String] {
        try files.reduce(into: [:]) { all, file in all.merge(try fields(folder, file)) { $1 } }
    }

    /// Expects audit.csv to account for every difference between `original` and `now`: for each
    /// field, its lines in order go from the original value to the current one, each starting where
    /// the one before ended; a field with no line is unchanged.
    static func expectAuditExplains(_ now: [String: String], from original: [String: String], in folder: String,
                                    _ context: String) throws {
        var replayed = original
        for line in try FolderBytes.auditRows(folder).dropFirst() {
            let field = "\(line[3])|\(line[4])|\(line[5])"
            #expect((replayed[field] ?? "") == line[6], "\(context): audit line \(line) starts from \(replayed[field] ?? "nothing")")
            replayed[field] = line[7]
        }
        for field in Set(now.keys).union(original.keys) where (now[field] ?? "") != (original[field] ?? "") {
            #expect((replayed[field] ?? "") == (now[field] ?? ""),
                    "\(context): \(field) is \(now[field] ?? "absent") but its audit lines end at \(replayed[field] ?? "nothing")")
        }
        for field in replayed.keys where (replayed[field] ?? "") != (now[field] ?? "") && now[field] != nil {
            #expect(Bool(false), "\(context): the audit says \(field) became \(replayed[field]!), but it is \(now[field]!)")
        }
    }
}
