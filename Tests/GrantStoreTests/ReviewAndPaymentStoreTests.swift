import Foundation
import GrantModel
import GrantStore
import Testing

/// Whole pounds.
private func gbp(_ pounds: Int64) -> Money { Money(pounds: pounds) }

private let reviewHeader = "area_id,year,quarter,received,planned,spend,notes,review,reviewed,query"

/// returns.csv with the review columns: bham's Q1 row as given, solihull's Q1 unreviewed.
private func returns(_ bham: String, _ more: String...) -> ChangeSpec {
    .replace("returns.csv", ([reviewHeader, bham, "solihull,2016/17,Q1,2016-07-21,200,50,,,,"] + more + [""]).joined(separator: "\n"))
}

private let paymentsHeader = "area_id,year,quarter,amount,paid,ref,notes"

private func payments(_ rows: String...) -> FolderChange {
    .replace("payments.csv", ([paymentsHeader] + rows + [""]).joined(separator: "\n"))
}

@Suite("returns.csv's review columns: read, and refused where a review cannot stand")
struct ReviewColumnTests {
    static let errors: [ErrorCase] = [
        ErrorCase(returns("bham,2016/17,Q1,2016-07-20,400,100,,queried,2016-07-25,"), "returns.csv:2:56",
                  "review is queried but query is empty"),
        ErrorCase(returns("bham,2016/17,Q1,2016-07-20,400,100,,approved,2016-07-25,"), "returns.csv:2:37",
                  "review \"approved\" is not one of accepted, queried"),
        ErrorCase(returns("bham,2016/17,Q1,2016-07-20,400,100,,accepted,,"), "returns.csv:2:46",
                  "reviewed is empty: a review needs the date"),
        ErrorCase(returns("bham,2016/17,Q1,2016-07-20,400,100,,accepted,2016-07-19,"), "returns.csv:2:46",
                  "reviewed 2016-07-19 is before the return was received on 2016-07-20"),
        ErrorCase(returns("bham,2016/17,Q1,2016-07-20,400,100,,,2016-07-25,"), "returns.csv:2:38",
                  "reviewed is given but review is empty"),
        ErrorCase(returns("bham,2016/17,Q1,2016-07-20,400,100,,,,why?"), "returns.csv:2:39",
                  "query is given but review is empty"),
        ErrorCase(returns("bham,2016/17,Q1,2016-07-20,400,100,,,,", "bham,2016/17,Q2,,,,,accepted,2016-10-25,"),
                  "returns.csv:4:21", "only a received return can be reviewed"),
    ]

    @Test(arguments: errors) func refused(_ spec: ErrorCase) throws {
        try checkOnlyError(spec)
    }

    @Test func aReviewOnTheDayTheReturnArrivedIsRead() throws {
        let folder = try DataFolderFixture([returns("bham,2016/17,Q1,2016-07-20,400,100,,Queried,2016-07-20,\"spend by project, missing\"").change])
        let loaded = try folder.load()
        #expect(loaded.diagnostics.isEmpty, "\(listing(loaded))")
        let item = try #require(loaded.grants?.monitoringReturn(for: "bham", in: fy("2016/17"), quarter: .q1))
        #expect(item.review == Review(outcome: .queried, date: d("2016-07-20"), query: "spend by project, missing"))
        #expect(loaded.grants?.monitoringReturn(for: "solihull", in: fy("2016/17"), quarter: .q1)?.review == nil)
    }
}

@Suite("payments.csv: read, refused and warned about")
struct PaymentsFileTests {
    /// bham's Q1 return accepted on 2016-07-25.
    private let acceptedQ1 = returns("bham,2016/17,Q1,2016-07-20,400,100,,accepted,2016-07-25,").change

    @Test func readWithItsAmountsDatesAndRefs() throws {
        let folder = try DataFolderFixture([acceptedQ1, payments("bham,2016/17,Q1,£250,2016-07-26,BACS 1,", "bham,2016/17,Q2,250,,,")])
        let loaded = try folder.load()
        #expect(loaded.diagnostics.isEmpty, "\(listing(loaded))")
        let grants = try #require(loaded.grants)
        #expect(grants.payments == [
            Payment(areaID: "bham", year: fy("2016/17"), quarter: .q1, amount: gbp(250), paid: d("2016-07-26"), ref: "BACS 1"),
            Payment(areaID: "bham", year: fy("2016/17"), quarter: .q2, amount: gbp(250)),
        ])
        #expect(grants.paid(to: "bham", in: fy("2016/17"), asOf: d("2016-12-06")) == gbp(250))
    }

    @Test func aFolderWithoutPaymentsIsStillValid() throws {
        #expect(try DataFolderFixture().load().diagnostics.isEmpty)
    }

    @Test func errorsAtTheirColumn() throws {
        let cases: [(FolderChange, String, String)] = [
            (payments("bhm,2016/17,Q1,250,,,"), "payments.csv:2:1", "area_id \"bhm\" is not an area_id in areas.csv"),
            (payments("bham,2016/17,Q1,,,,"), "payments.csv:2:17", "amount is empty"),
            (payments("bham,2016/17,Q1,-5,,,"), "payments.csv:2:17", "is negative"),
            (payments("bham,2016/17,Q1,250,2016-13-01,,"), "payments.csv:2:21", "paid \"2016-13-01\" is not a date that exists"),
            (payments("bham,2016/17,Q1,250,,,", "bham,2016/17,Q1,100,,,"), "payments.csv:3:1", "duplicate area_id + year + quarter"),
            (.replace("payments.csv", "area_id,year,quarter,paid\n"), "payments.csv:1:1", "missing required column \"amount\""),
        ]
        for (change, location, phrase) in cases {
            let folder = try DataFolderFixture([change])
            expectOnlyError(try folder.load(), in: folder, at: location, containing: [phrase])
        }
    }

    @Test func warnings() throws {
        let cases: [([FolderChange], String, [String])] = [
            ([payments("bham,2016/17,Q1,250,2016-07-24,,")], "payments.csv:2:21",
             ["paid 2016-07-24 before the 2016/17 Q1 return was accepted", "(it has not been accepted)"]),
            ([acceptedQ1, payments("bham,2016/17,Q1,250,2016-07-24,,")], "payments.csv:2:21",
             ["(it was accepted on 2016-07-25)"]),
            ([payments("bham,2016/17,Q1,600,,,", "bham,2016/17,Q2,501,,,")], "payments.csv:3:17",
             ["come to £1,101 with this one, above the total allocation £1,100"]),
            ([payments("bham,2015/16,Q1,250,,,")], "payments.csv:2:6", ["bham has no allocation for 2015/16"]),
        ]
        for (changes, location, phrases) in cases {
            let folder = try DataFolderFixture(changes)
            let loaded = try folder.load()
            #expect(loaded.errors.isEmpty && loaded.warnings.count == 1, "\(listing(loaded))")
            expectDiagnostic(loaded, in: folder, at: location, .warning, containing: phrases)
        }
        // Paid on the day of acceptance, within the allocation: nothing to say.
        let fine = try DataFolderFixture([acceptedQ1, payments("bham,2016/17,Q1,1100,2016-07-25,,")])
        #expect(try fine.load().diagnostics.isEmpty)
    }

    @Test func reviewedAndPaidDatesAfterTodayAreWarnedAboutByCheck() throws {
        let folder = try DataFolderFixture([returns("bham,2016/17,Q1,2016-07-20,400,100,,accepted,2052-07-25,").change,
                                            payments("bham,2016/17,Q1,250,2052-07-26,,")])
        let loaded = try folder.load()
        let warnings = FutureDates.warnings(in: loaded, today: d("2025-01-01")).map(\.description)
        #expect(warnings == [
            "\(folder.path)/returns.csv:2:46: warning: reviewed 2052-07-25 is after today (2025-01-01): a return cannot have been reviewed yet; check the year",
            "\(folder.path)/payments.csv:2:21: warning: paid 2052-07-26 is after today (2025-01-01): a payment cannot have been made yet (leave paid out for a scheduled instalment); check the year",
        ])
    }
}

@Suite("Reviews and payments written through the locked, atomic, audited path")
struct ReviewAndPaymentWriterTests {
    @Test func aQueryLaterAcceptedLeavesBothInTheAuditLog() throws {
        let folder = try DataFolderFixture()
        let query = Review(outcome: .queried, date: d("2016-07-25"), query: "spend by project missing")
        _ = try ReturnsWriter.apply([.reviewing(areaID: "bham", year: fy("2016/17"), quarter: .q1, query)],
                                    to: folder.path, command: "review")
        let accept = Review(outcome: .accepted, date: d("2016-08-01"))
        let outcome = try ReturnsWriter.apply([.reviewing(areaID: "bham", year: fy("2016/17"), quarter: .q1, accept)],
                                              to: folder.path, command: "review")
        #expect(outcome.folder.grants?.monitoringReturn(for: "bham", in: fy("2016/17"), quarter: .q1)?.review == accept)
        #expect(try folder.read("returns.csv").hasPrefix("area_id,year,quarter,received,planned,spend,notes,review,reviewed,query\n"))
        let rows = try FolderBytes.auditRows(folder.path).dropFirst().map { Array($0.suffix(4)) }
        #expect(rows == [
            ["bham 2016/17 Q1", "query", "", "spend by project missing"],
            ["bham 2016/17 Q1", "review", "", "queried"],
            ["bham 2016/17 Q1", "reviewed", "", "2016-07-25"],
            ["bham 2016/17 Q1", "query", "spend by project missing", ""],
            ["bham 2016/17 Q1", "review", "queried", "accepted"],
            ["bham 2016/17 Q1", "reviewed", "2016-07-25", "2016-08-01"],
        ])
    }

    @Test func aReviewThatCannotStandChangesNothing() throws {
        let folder = try DataFolderFixture()
        let before = try FolderBytes.snapshot(folder.path)
        let early = Review(outcome: .accepted, date: d("2016-07-01"))
        let error = WriterFixture.writeError { () throws(WriteError) in
            try ReturnsWriter.apply([.reviewing(areaID: "bham", year: fy("2016/17"), quarter: .q1, early)], to: folder.path, command: "review")
        }
        guard case .invalid(let problems) = error else { Issue.record("\(String(describing: error))"); return }
        #expect(problems.map(\.message).contains { $0.contains("reviewed 2016-07-01 is before the return was received") })
        try FolderBytes.expectUnchanged(folder.path, since: before)
    }

    @Test func aPaymentMakesPaymentsCsvAndLogsEachField() throws {
        let folder = try DataFolderFixture()
        let scheduled = ReturnEdit.paying(areaID: "bham", year: fy("2016/17"), quarter: .q1, amount: gbp(250), paid: nil, ref: nil)
        _ = try PaymentsWriter.apply([scheduled], to: folder.path, command: "pay")
        #expect(try folder.read("payments.csv") == "area_id,year,quarter,amount,paid,ref,notes\nbham,2016/17,Q1,250,,,\n")
        let made = ReturnEdit.paying(areaID: "bham", year: fy("2016/17"), quarter: .q1, amount: gbp(250), paid: d("2016-07-20"),
                                     ref: "BACS 1")
        let outcome = try PaymentsWriter.apply([made], to: folder.path, command: "pay")
        #expect(outcome.folder.grants?.paid(to: "bham", in: fy("2016/17"), asOf: d("2016-07-20")) == gbp(250))
        #expect(outcome.warnings.map(\.message).contains { $0.contains("before the 2016/17 Q1 return was accepted") })
        let rows = try FolderBytes.auditRows(folder.path).dropFirst().map { Array($0.suffix(6)) }
        #expect(rows == [
            ["pay", "payments.csv", "bham 2016/17 Q1", "amount", "", "250"],
            ["pay", "payments.csv", "bham 2016/17 Q1", "paid", "", "2016-07-20"],
            ["pay", "payments.csv", "bham 2016/17 Q1", "ref", "", "BACS 1"],
        ])
    }

    @Test func aPaymentThatCannotStandChangesNothing() throws {
        let folder = try DataFolderFixture()
        let before = try FolderBytes.snapshot(folder.path)
        let error = WriterFixture.writeError { () throws(WriteError) in
            try PaymentsWriter.apply([.paying(areaID: "nowhere", year: fy("2016/17"), quarter: .q1, amount: gbp(1), paid: nil, ref: nil)],
                                     to: folder.path, command: "pay")
        }
        guard case .invalid(let problems) = error else { Issue.record("\(String(describing: error))"); return }
        #expect(problems.map(\.message).contains { $0.contains("area_id \"nowhere\" is not an area_id") })
        try FolderBytes.expectUnchanged(folder.path, since: before)
    }

    @Test func anUndoOfAPaymentPutsItBackUnlessItChangedSince() throws {
        let folder = try DataFolderFixture()
        let made = ReturnEdit.paying(areaID: "bham", year: fy("2016/17"), quarter: .q1, amount: gbp(250), paid: d("2016-07-20"),
                                     ref: "BACS 1")
        let first = try PaymentsWriter.apply([made], to: folder.path, command: "dashboard")
        #expect(first.undo.map(\.removesRow) == [true])
        // Put back: the row goes, as it came (the file keeps its header).
        _ = try PaymentsWriter.apply(first.undo, to: folder.path, command: "undo")
        #expect(try folder.read("payments.csv") == "area_id,year,quarter,amount,paid,ref,notes\n")

        // Made again, then corrected by someone else: the undo would erase their amount.
        let again = try PaymentsWriter.apply([made], to: folder.path, command: "dashboard")
        _ = try PaymentsWriter.apply([.paying(areaID: "bham", year: fy("2016/17"), quarter: .q1, amount: gbp(300), paid: nil, ref: nil)],
                                     to: folder.path, command: "pay")
        let before = try FolderBytes.snapshot(folder.path)
        let error = WriterFixture.writeError { () throws(WriteError) in
            try PaymentsWriter.apply(again.undo, to: folder.path, command: "undo")
        }
        guard case .conflict(let conflicts) = error else { Issue.record("\(String(describing: error))"); return }
        #expect(conflicts.map(\.field) == ["amount", "paid"])
        #expect(conflicts.first?.lastChange?.command == "pay")
        try FolderBytes.expectUnchanged(folder.path, since: before)
    }
}
