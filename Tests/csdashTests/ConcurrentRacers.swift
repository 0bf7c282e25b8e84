import Foundation

/// One of the writers that `ConcurrentWritersTests` races on a copy of the sample: a `record` of a
/// return the sample does not have, a `review` of a 2015/16 return the sample has not reviewed,
/// or a `pay` of a 2015/16 instalment the sample does not schedule. Each changes its own row.
struct Racer: Sendable, CustomStringConvertible {
    var command: String
    var key: (area: String, year: String, quarter: String)
    var options: [String]
    /// The file it writes and its row there once written, whole.
    var file: String
    var row: String
    /// The fields it changes, each from empty to this value: what its audit lines say.
    var values: [String: String]

    var auditKey: String { "\(key.area) \(key.year) \(key.quarter)" }
    var description: String { "\(command) \(auditKey)" }

    func arguments(_ folder: String) -> [String] {
        [command, folder, "--area", key.area, "--year", key.year, "--quarter", key.quarter] + options
    }

    func isWritten(in text: String) -> Bool { text.contains("\n\(row)\n") }

    static let areas = ["birmingham", "coventry", "dudley", "sandwell", "solihull", "walsall", "wolverhampton"]

    /// Twenty returns with allocations in the sample data, none with a return yet.
    static let records: [Racer] = {
        let keys: [(area: String, year: String, quarter: String, received: String)] = areas.flatMap { area in
            [(area, "2016/17", "Q3", "2017-01-1"), (area, "2016/17", "Q4", "2017-04-1")]
        } + ["Q1", "Q2", "Q3", "Q4"].map { ("wolverhampton", "2017/18", $0, "2018-04-1") }
          + [("telford-wrekin", "2021/22", "Q1", "2021-07-1"), ("telford-wrekin", "2021/22", "Q2", "2021-10-1")]
        return keys.enumerated().map { number, key in
            let received = key.received + "\(number % 10)"
            return Racer(command: "record", key: (key.area, key.year, key.quarter),
                         options: ["--received", received, "--planned", "\(1000 + number)", "--spend", "\(500 + number)",
                                   "--note", "racer \(number)"],
                         file: "returns.csv",
                         row: "\(key.area),\(key.year),\(key.quarter),\(received),\(1000 + number),\(500 + number),racer \(number),,,",
                         values: ["received": received, "planned": "\(1000 + number)", "spend": "\(500 + number)",
                                  "notes": "racer \(number)"])
        }
    }()

    /// The sample's rows of returns.csv, by their first three fields.
    static let sampleReturnRows: [String: String] = {
        let text = (try? String(contentsOf: sampleDataURL.appendingPathComponent("returns.csv"), encoding: .utf8)) ?? ""
        var rows: [String: String] = [:]
        for line in text.split(separator: "\n") { rows[line.split(separator: ",").prefix(3).joined(separator: ",")] = String(line) }
        return rows
    }()

    /// Ten 2015/16 returns (received, not reviewed), accepted and queried in turn. The sample's row
    /// ends with the three empty review columns; a review fills them in, and changes nothing else.
    static let reviews: [Racer] = areas.flatMap { area in [(area, "Q1"), (area, "Q2")] }.prefix(10).enumerated().map { number, key in
        let date = "2015-11-1\(number % 10)"
        let query = number % 2 == 0 ? "" : "racer review \(number)"
        let sample = sampleReturnRows["\(key.0),2015/16,\(key.1)"] ?? "missing \(key)"
        return Racer(command: "review", key: (key.0, "2015/16", key.1),
                     options: (query.isEmpty ? ["--accept"] : ["--query", query]) + ["--date", date],
                     file: "returns.csv",
                     row: String(sample.dropLast(",,,".count)) + ",\(query.isEmpty ? "accepted" : "queried"),\(date),\(query)",
                     values: ["review": query.isEmpty ? "accepted" : "queried", "reviewed": date, "query": query].filter { !$0.value.isEmpty })
    }

    /// Ten 2015/16 instalments, none in the sample: scheduled, with a reference.
    static let pays: [Racer] = areas.flatMap { area in [(area, "Q3"), (area, "Q4")] }.prefix(10).enumerated().map { number, key in
        Racer(command: "pay", key: (key.0, "2015/16", key.1),
              options: ["--amount", "\(2000 + number)", "--ref", "racer pay \(number)"],
              file: "payments.csv",
              row: "\(key.0),2015/16,\(key.1),\(2000 + number),,racer pay \(number),",
              values: ["amount": "\(2000 + number)", "ref": "racer pay \(number)"])
    }

    /// Every racer, the three commands in turn.
    static let all: [Racer] = {
        var all: [Racer] = []
        for index in records.indices {
            all.append(records[index])
            if index < reviews.count { all.append(reviews[index]) }
            if index < pays.count { all.append(pays[index]) }
        }
        return all
    }()
}
