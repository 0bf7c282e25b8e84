import GrantStore
import Testing

/// Every typed column with a bad value: one error, at the field, naming the column and the value.
struct TypedColumnDiagnosticsTests {
    static let money: [ErrorCase] = [
        .init(.replaceLine("allocations.csv", 3, "solihull,2016/17,12a,0,Police grant,,"),
              "allocations.csv:3:18", "allocation \"12a\" is not an amount of money"),
        .init(.replaceLine("allocations.csv", 3, "solihull,2016/17,1.2.3,0,Police grant,,"),
              "allocations.csv:3:18", "allocation \"1.2.3\" is not an amount of money", "more than one decimal point"),
        .init(.replaceLine("allocations.csv", 3, "solihull,2016/17,\"18,73,187\",0,Police grant,,"),
              "allocations.csv:3:18", "allocation \"18,73,187\" is not an amount of money"),
        .init(.replaceLine("allocations.csv", 3, "solihull,2016/17,5.123,0,Police grant,,"),
              "allocations.csv:3:18", "allocation \"5.123\" is not an amount of money"),
        .init(.replaceLine("allocations.csv", 3, "solihull,2016/17,-500,0,Police grant,,"),
              "allocations.csv:3:18", "allocation \"-500\" is negative"),
        .init(.replaceLine("allocations.csv", 3, "solihull,2016/17,£-500,0,Police grant,,"),
              "allocations.csv:3:18", "is negative"),
        .init(.replaceLine("allocations.csv", 3, "solihull,2016/17,€5,0,Police grant,,"),
              "allocations.csv:3:18", "allocation \"€5\" is in €", "currency is GBP (£)"),
        .init(.replaceLine("allocations.csv", 3, "solihull,2016/17,500,x1,Police grant,,"),
              "allocations.csv:3:22", "carry_forward \"x1\" is not an amount of money"),
        .init(.replaceLine("allocations.csv", 3, "solihull,2016/17,500,-1,Police grant,,"),
              "allocations.csv:3:22", "carry_forward \"-1\" is negative"),
        .init(.replaceLine("allocations.csv", 3, "solihull,2016/17,,0,Police grant,,"),
              "allocations.csv:3:18", "allocation is empty: an amount is required"),
        .init(.replaceLine("returns.csv", 3, "solihull,2016/17,Q1,2016-07-21,12a,50,"),
              "returns.csv:3:32", "planned \"12a\" is not an amount of money"),
        .init(.replaceLine("returns.csv", 3, "solihull,2016/17,Q1,2016-07-21,200,-50,"),
              "returns.csv:3:36", "spend \"-50\" is negative"),
        .init(.replaceLine("returns.csv", 3, "solihull,2016/17,Q1,2016-07-21,200,$50,"),
              "returns.csv:3:36", "spend \"$50\" is in $", "GBP"),
        .init(.replaceLine("projects.csv", 2, "bham,2016/17,P1,Youth diversion,Youth,3OO,50,"),
              "projects.csv:2:39", "budget \"3OO\" is not an amount of money"),
        .init(.replaceLine("projects.csv", 2, "bham,2016/17,P1,Youth diversion,Youth,300,-50,"),
              "projects.csv:2:43", "spend \"-50\" is negative"),
        .init(.replaceLine("decisions.csv", 2, "PCC/D/2016/01,wm,2016-04-01,Birmingham grant,bham,€1000,2016/17,1,Police grant,,,"),
              "decisions.csv:2:51", "amount \"€1000\" is in €", "GBP"),
        .init(.replaceLine("decisions.csv", 2, "PCC/D/2016/01,wm,2016-04-01,Birmingham grant,bham,1000,2016/17,1,Police grant,lots,,"),
              "decisions.csv:2:79", "match_funding \"lots\" is not an amount of money"),
        .init(.replaceLine("reserves.csv", 2, "wm,General reserve,5k,2016-04-01,"),
              "reserves.csv:2:20", "balance \"5k\" is not an amount of money"),
    ]

    static let dates: [ErrorCase] = [
        .init(.replaceLine("returns.csv", 3, "solihull,2016/17,Q1,2016-02-30,200,50,"),
              "returns.csv:3:21", "received \"2016-02-30\" is not a date that exists"),
        .init(.replaceLine("returns.csv", 3, "solihull,2016/17,Q1,21st July,200,50,"),
              "returns.csv:3:21", "received \"21st July\" is not a date"),
        .init(.replaceLine("returns.csv", 3, "solihull,2016/17,Q1,31/06/2016,200,50,"),
              "returns.csv:3:21", "received \"31/06/2016\" is not a date that exists"),
        .init(.replaceLine("decisions.csv", 2, "PCC/D/2016/01,wm,2016-02-30,Birmingham grant,bham,1000,2016/17,1,Police grant,,,"),
              "decisions.csv:2:18", "date \"2016-02-30\" is not a date that exists"),
        .init(.replaceLine("decisions.csv", 2, "PCC/D/2016/01,wm,,Birmingham grant,bham,1000,2016/17,1,Police grant,,,"),
              "decisions.csv:2:18", "date is empty: a date is required"),
        .init(.replaceLine("reserves.csv", 2, "wm,General reserve,5000,June 2016,"),
              "reserves.csv:2:25", "as_of \"June 2016\" is not a date"),
    ]

    static let yearsAndQuarters: [ErrorCase] = [
        .init(.replaceLine("allocations.csv", 3, "solihull,2016/18,500,0,Police grant,,"),
              "allocations.csv:3:10", "year \"2016/18\" does not name a financial year", "consecutive"),
        .init(.replaceLine("allocations.csv", 3, "solihull,16/17,500,0,Police grant,,"),
              "allocations.csv:3:10", "year \"16/17\" is not a financial year: write e.g. 2016/17"),
        .init(.replaceLine("returns.csv", 3, "solihull,2016,Q1,2016-07-21,200,50,"),
              "returns.csv:3:10", "year \"2016\" is not a financial year"),
        .init(.replaceLine("returns.csv", 3, "solihull,2016/17,Q5,2016-07-21,200,50,"),
              "returns.csv:3:18", "quarter \"Q5\" is not a quarter: write Q1, Q2, Q3 or Q4"),
        .init(.replaceLine("returns.csv", 3, "solihull,2016/17,,2016-07-21,200,50,"),
              "returns.csv:3:18", "quarter is empty"),
        .init(.replaceLine("decisions.csv", 2, "PCC/D/2016/01,wm,2016-04-01,Birmingham grant,bham,1000,2016/18,1,Police grant,,,"),
              "decisions.csv:2:56", "first_year \"2016/18\" does not name a financial year"),
        .init(.replaceLine("decisions.csv", 2, "PCC/D/2016/01,wm,2016-04-01,Birmingham grant,bham,1000,2016/17,0,Police grant,,,"),
              "decisions.csv:2:64", "years \"0\" is not a number of years"),
    ]

    static let otherColumns: [ErrorCase] = [
        .init(.append("funders.csv", "wm2,Second PCC,GBP,abc,"),
              "funders.csv:3:20", "return_due_days \"abc\" is not a number of days"),
        .init(.append("funders.csv", "wm2,Second PCC,GBP,400,"),
              "funders.csv:3:20", "return_due_days \"400\" is not a number of days", "from 0 to 366"),
        .init(.append("funders.csv", "wm2,Second PCC,GBP,-1,"),
              "funders.csv:3:20", "return_due_days \"-1\" is not a number of days"),
        .init(.append("funders.csv", "wm2,Second PCC,GBP,,"),
              "funders.csv:3:20", "return_due_days is empty"),
        .init(.append("funders.csv", "wm2,Second PCC,XYZ,30,"),
              "funders.csv:3:16", "currency \"XYZ\" is not one csdash knows"),
        .init(.append("areas.csv", "extra,wm,Extra,village,,"),
              "areas.csv:4:16", "kind \"village\" is not one of csp, council, lpa, partnership"),
        .init(.append("areas.csv", "extra,wm,,csp,,"),
              "areas.csv:4:10", "name is empty: a value is required"),
    ]

    @Test(arguments: money) func badMoney(_ spec: ErrorCase) throws { try checkOnlyError(spec) }
    @Test(arguments: dates) func badDate(_ spec: ErrorCase) throws { try checkOnlyError(spec) }
    @Test(arguments: yearsAndQuarters) func badYearOrQuarter(_ spec: ErrorCase) throws { try checkOnlyError(spec) }
    @Test(arguments: otherColumns) func badOtherColumn(_ spec: ErrorCase) throws { try checkOnlyError(spec) }

    @Test func controlCharactersInAValueAreEscapedInTheMessage() throws {
        // A tab is allowed by the reader; the message must still show it escaped.
        let folder = try DataFolderFixture([.replaceLine("allocations.csv", 3, "solihull,2016/17,5\t0x,0,Police grant,,")])
        let loaded = try folder.load()
        let diagnostic = expectOnlyError(loaded, in: folder, at: "allocations.csv:3:18", containing: ["\"5\\t0x\""])
        #expect(diagnostic?.message.contains("\t") == false)
    }
}
