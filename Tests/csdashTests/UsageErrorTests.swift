import Testing

/// Bad usage exits 64 with a message naming the problem; nothing goes to stdout.
struct UsageErrorTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var arguments: [String]
        var phrase: String
        var testDescription: String { arguments.joined(separator: " ") }
    }

    static let cases: [Case] = [
        .init(arguments: ["report", "sample-data", "--as-of", "2016-02-30"], phrase: "'2016-02-30' is not a date that exists"),
        .init(arguments: ["report", "sample-data", "--as-of", "6 Dec 2016"], phrase: "is not a date"),
        .init(arguments: ["report", "sample-data", "--quarter", "Q5"], phrase: "'Q5' is not a quarter"),
        .init(arguments: ["report", "sample-data", "--year", "2016/18"], phrase: "'2016/18' is not a financial year"),
        .init(arguments: ["report", "sample-data", "--funder", "west-mids"], phrase: "--funder 'west-mids' is not a funder_id"),
        .init(arguments: ["report", "sample-data", "--format", "pdf"], phrase: "pdf"),
        .init(arguments: ["report", "sample-data", "--bogus"], phrase: "Unknown option '--bogus'"),
        .init(arguments: ["returns", "sample-data", "--status", "late"], phrase: "late"),
        .init(arguments: ["returns", "sample-data", "--funder", "nowhere"], phrase: "--funder 'nowhere' is not a funder_id"),
        .init(arguments: ["returns", "sample-data", "--as-of", "2016-13-01"], phrase: "2016-13-01"),
        .init(arguments: ["check", "sample-data", "--as-of", "2016-02-30"], phrase: "'2016-02-30' is not a date that exists"),
        .init(arguments: ["check", "sample-data", "--bogus"], phrase: "Unknown option '--bogus'"),
        .init(arguments: ["check", "sample-data", "extra"], phrase: "extra"),
        .init(arguments: ["sample-data", "--as-of", "yesterday"], phrase: "yesterday"),
    ]

    @Test(arguments: cases) func exits64(_ spec: Case) throws {
        let result = try csdash(spec.arguments)
        #expect(result.status == 64, "\(result)")
        #expect(result.stderr.contains(spec.phrase), "\(result)")
        #expect(result.stdout.isEmpty, "\(result)")
    }
}
