import Foundation
import GrantModel
import GrantStore
import Testing

/// An area's return file for `csdash import`: every bad row reported at FILE:line:column.
struct ReturnFileTests {
    /// A return file beside the sample data (not inside the folder), and the sample's grants.
    final class ImportFile {
        let url: URL
        let grants: Grants
        var path: String { url.path }
        let lines: [String]

        init(_ text: String) throws {
            url = FileManager.default.temporaryDirectory.appendingPathComponent("csdash-import-\(UUID().uuidString).csv")
            try Data(text.utf8).write(to: url)
            lines = text.components(separatedBy: "\n")
            grants = try #require(try DataFolder.load(sampleDataPath).grants)
        }

        /// `FILE:line:column: error: ` for the first `value` on 1-based `line` (unquoted fields).
        func location(line: Int, _ value: String, after prefix: String = "") -> String {
            let text = lines[line - 1]
            let start = text.range(of: prefix).map(\.upperBound) ?? text.startIndex
            let found = text.range(of: value, range: start..<text.endIndex)!
            return "\(path):\(line):\(text.distance(from: text.startIndex, to: found.lowerBound) + 1): error: "
        }

        /// The edits and the warnings, imported on `today`.
        func read(today: Day = ReturnFileTests.today) throws(WriteError) -> (edits: [ReturnEdit], warnings: [Diagnostic]) {
            var warnings: [Diagnostic] = []
            let edits = try ReturnFile.edits(from: path, for: grants, today: today, warnings: &warnings)
            return (edits, warnings)
        }

        func edits() throws(WriteError) -> [ReturnEdit] { try read().edits }

        /// Every problem of a file that is refused; a file that is not is a test failure.
        func refusal(today: Day = ReturnFileTests.today, sourceLocation: SourceLocation = #_sourceLocation) -> [String] {
            do {
                let edits = try read(today: today).edits
                Issue.record("expected the file to be refused; got \(edits)", sourceLocation: sourceLocation)
            } catch {
                guard case .invalid(let problems) = error else {
                    Issue.record("expected .invalid, got \(error)", sourceLocation: sourceLocation)
                    return []
                }
                return problems.map(\.description)
            }
            return []
        }

        deinit { try? FileManager.default.removeItem(at: url) }
    }

    static let header = "area_id,year,quarter,received,planned,spend,notes"
    /// The real date the files are imported on: after every date of the sample data.
    static let today = d("2026-12-04")

    @Test func aGoodFileGivesOneEditPerRowWithItsColumnsOnly() throws {
        let file = try ImportFile("""
            area_id,quarter,year,received,spend
            solihull,Q2,2016/17,08/12/2016,"£160,000"
            solihull,q3,2016-17,2017-01-20,180000.50

            """)
        let edits = try file.edits()
        #expect(edits == [
            ReturnEdit(areaID: "solihull", year: fy("2016/17"), quarter: .q2, fields: ["received": "2016-12-08", "spend": "160000"]),
            ReturnEdit(areaID: "solihull", year: fy("2016/17"), quarter: .q3, fields: ["received": "2017-01-20", "spend": "180000.50"]),
        ])
    }

    @Test func everyBadRowIsReportedAtItsLineAndColumn() throws {
        let file = try ImportFile("""
            \(Self.header)
            solihull,2016/17,Q2,2016-12-05,214454,160000,good
            atlantis,2016/17,Q2,2016-10-20,1,1,unknown area
            solihull,2016/17,Q7,2016-10-20,1,1,no such quarter
            solihull,2016/17,Q3,2016-09-30,1,1,before the quarter
            solihull,2016/17,Q4,,100,50,figures without received
            solihull,2016/17,Q1,2016-07-25,€100,50,euros
            solihull,2016/17,Q2,2016-12-06,1,1,twice

            """)
        let problems: [Diagnostic]
        do {
            let edits = try file.edits()
            Issue.record("expected the file to be refused; got \(edits)")
            return
        } catch {
            guard case .invalid(let found) = error else {
                Issue.record("expected .invalid, got \(error)")
                return
            }
            problems = found
        }
        let text = problems.map(\.description)
        func expectProblem(_ prefix: String, _ phrases: String..., sourceLocation: SourceLocation = #_sourceLocation) {
            #expect(text.contains { $0.hasPrefix(prefix) && phrases.allSatisfy($0.contains) },
                    "no \(prefix)…\(phrases) among:\n\(text.joined(separator: "\n"))", sourceLocation: sourceLocation)
        }
        expectProblem(file.location(line: 3, "atlantis"), "atlantis", "not an area")
        expectProblem(file.location(line: 4, "Q7"), "Q7")
        expectProblem(file.location(line: 5, "2016-09-30"), "before Q3 2016/17 began")
        expectProblem(file.location(line: 6, "100"), "planned", "received is empty")
        expectProblem(file.location(line: 6, "50"), "spend", "received is empty")
        expectProblem(file.location(line: 7, "€100"), "€")
        expectProblem(file.location(line: 8, "solihull"), "appears twice", "line 2")
        #expect(!text.contains { $0.contains(":2:") }, "the good row has no problem:\n\(text.joined(separator: "\n"))")
        #expect(problems.allSatisfy { $0.path == file.path })
    }

    @Test func aFileWithAHeaderButNoRowsIsRefused() throws {
        let file = try ImportFile(Self.header + "\n")
        do {
            _ = try file.edits()
            Issue.record("expected a refusal")
        } catch {
            guard case .invalid(let problems) = error else { Issue.record("expected .invalid, got \(error)"); return }
            #expect(problems.map(\.description) == ["\(file.path):1:1: error: the file has a header but no returns"])
        }
    }

    @Test func aFileMissingARequiredColumnIsRefused() throws {
        let file = try ImportFile("area_id,year,received\nsolihull,2016/17,2016-12-05\n")
        do {
            _ = try file.edits()
            Issue.record("expected a refusal")
        } catch {
            guard case .invalid(let problems) = error else { Issue.record("expected .invalid, got \(error)"); return }
            #expect(problems.contains { $0.path == file.path && $0.line == 1 && $0.message.contains("quarter") }, "\(problems)")
        }
    }

    /// No input, not bad input: a missing file is `noFolder` (exit 66), and says "no such file".
    @Test func aMissingFileIsRefusedByName() throws {
        let grants = try #require(try DataFolder.load(sampleDataPath).grants)
        do {
            var warnings: [Diagnostic] = []
            _ = try ReturnFile.edits(from: "/nonexistent/solihull.csv", for: grants, today: Self.today, warnings: &warnings)
            Issue.record("expected a refusal")
        } catch {
            guard case .noFolder(let problem) = error else { Issue.record("expected .noFolder, got \(error)"); return }
            #expect(problem.description == "/nonexistent/solihull.csv: error: cannot be read: no such file", "\(problem)")
        }
    }

    @Test func aFileWithoutReceivedCorrectsTheFiguresOfAReturnAlreadyReceived() throws {
        // Solihull's Q1 arrived on 25 July 2016; the file corrects its spend and leaves the date be.
        let file = try ImportFile("""
            area_id,year,quarter,spend
            solihull,2016/17,Q1,140000

            """)
        #expect(try file.edits() == [
            ReturnEdit(areaID: "solihull", year: fy("2016/17"), quarter: .q1, fields: ["spend": "140000"]),
        ])
    }

    @Test func figuresWithoutReceivedForAReturnNotReceivedAreRefusedAtTheirColumn() throws {
        // Solihull's Q2 has not arrived: without a received column there is no date to count it from.
        let file = try ImportFile("""
            area_id,year,quarter,planned,spend
            solihull,2016/17,Q2,214454,160000

            """)
        let problems = file.refusal()
        #expect(problems.contains { $0.hasPrefix(file.location(line: 2, "214454")) && $0.contains("has not been received") }, "\(problems)")
        #expect(problems.contains { $0.hasPrefix(file.location(line: 2, "160000")) && $0.contains("no received column") }, "\(problems)")
    }

    @Test func columnsReturnsCsvDoesNotHaveAreIgnoredWithAWarningNamingThem() throws {
        let file = try ImportFile("""
            area_id,year,quarter,spend,officer,Spend to date
            solihull,2016/17,Q1,140000,J. Smith,140000

            """)
        let (edits, warnings) = try file.read()
        #expect(edits == [ReturnEdit(areaID: "solihull", year: fy("2016/17"), quarter: .q1, fields: ["spend": "140000"])])
        #expect(warnings.map(\.description) == [
            "\(file.path):1:28: warning: ignored columns \"officer\", \"Spend to date\": returns.csv has no such column (import sets received, planned, spend, notes)",
        ])
    }

    @Test func aFileOfReturnsCsvsColumnsOnlyHasNoWarning() throws {
        let file = try ImportFile("\(Self.header)\nsolihull,2016/17,Q1,2016-07-25,214454,140000,corrected\n")
        #expect(try file.read().warnings.isEmpty)
    }

    @Test func aReceivedDateAfterTodayIsRefusedAtItsLineAndColumn() throws {
        let file = try ImportFile("""
            area_id,year,quarter,received,planned,spend
            solihull,2016/17,Q2,2016-12-05,214454,160000
            solihull,2016/17,Q3,2052-01-20,214454,175000

            """)
        #expect(file.refusal(today: d("2026-12-04")) == [
            "\(file.location(line: 3, "2052-01-20"))received 2052-01-20 is after today (2026-12-04): a return cannot have arrived yet; check the year",
        ])
        #expect(try file.read(today: d("2052-01-20")).edits.count == 2)
    }
}
