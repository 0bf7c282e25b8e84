import Foundation
import GrantModel
import GrantStore

/// A copy of sample-data's West Midlands 2016/17 as an office that reviews and pays in csdash
/// would have it on the board date (6 Dec 2016): every Q1 return accepted and paid; in Q2
/// Birmingham's and Walsall's returns awaiting review, Coventry's accepted with its instalment
/// ready to release, Dudley's queried (held), Solihull's overdue (held), Sandwell's and
/// Wolverhampton's accepted and paid. Written over whatever reviews and payments the folder has,
/// so that it reads the same whatever sample-data comes to hold; no audit log is left behind.
public enum ReviewedSample {
    public static let areas = ["birmingham", "coventry", "dudley", "sandwell", "solihull", "walsall", "wolverhampton"]

    /// (area, quarter) to its review; every other quarter of 2016/17 is left unreviewed.
    public static let reviews: [String: Review] = [
        "birmingham Q1": Review(outcome: .accepted, date: d("2016-08-22")),
        "coventry Q1": Review(outcome: .accepted, date: d("2016-07-29")),
        "dudley Q1": Review(outcome: .accepted, date: d("2016-08-03")),
        "sandwell Q1": Review(outcome: .accepted, date: d("2016-08-05")),
        "solihull Q1": Review(outcome: .accepted, date: d("2016-08-01")),
        "walsall Q1": Review(outcome: .accepted, date: d("2016-08-04")),
        "wolverhampton Q1": Review(outcome: .accepted, date: d("2016-07-15")),
        "coventry Q2": Review(outcome: .accepted, date: d("2016-11-02")),
        "dudley Q2": Review(outcome: .queried, date: d("2016-11-04"), query: "spend by project missing"),
        "sandwell Q2": Review(outcome: .accepted, date: d("2016-11-21")),
        "wolverhampton Q2": Review(outcome: .accepted, date: d("2016-10-14")),
    ]

    public static let payments = """
        area_id,year,quarter,amount,paid,ref,notes
        birmingham,2016/17,Q1,468297,2016-08-31,BACS 4410,
        birmingham,2016/17,Q2,468297,,,
        coventry,2016/17,Q1,128058,2016-08-05,BACS 4402,
        coventry,2016/17,Q2,128058,,,
        dudley,2016/17,Q1,79944,2016-08-10,BACS 4405,
        dudley,2016/17,Q2,79944,,,
        sandwell,2016/17,Q1,120723,2016-08-12,BACS 4406,
        sandwell,2016/17,Q2,120723,2016-11-30,BACS 4471,
        solihull,2016/17,Q1,53613,2016-08-08,BACS 4404,
        solihull,2016/17,Q2,53613,,,
        walsall,2016/17,Q1,88483,2016-08-11,BACS 4407,
        wolverhampton,2016/17,Q1,134502,2016-07-20,BACS 4399,
        wolverhampton,2016/17,Q2,134502,2016-10-20,BACS 4440,

        """

    /// Writes the reviews into `folder`'s returns.csv (through the store, which keeps every other
    /// column) and replaces its payments.csv.
    public static func write(into folder: String) throws {
        let year = FinancialYear(startYear: 2016)
        var edits: [ReturnEdit] = []
        for area in areas {
            for quarter in Quarter.allCases {
                if let review = reviews["\(area) \(quarter)"] {
                    edits.append(.reviewing(areaID: area, year: year, quarter: quarter, review))
                } else {
                    edits.append(ReturnEdit(areaID: area, year: year, quarter: quarter, fields: ["review": "", "reviewed": "", "query": ""]))
                }
            }
        }
        _ = try ReturnsWriter.apply(edits, to: folder, command: "fixture")
        try Data(payments.utf8).write(to: URL(fileURLWithPath: folder).appendingPathComponent("payments.csv"))
        try? FileManager.default.removeItem(atPath: folder + "/audit.csv")
    }
}
