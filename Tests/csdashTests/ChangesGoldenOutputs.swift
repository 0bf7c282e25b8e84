/// `csdash changes sample-data --since 2016-10-27 --as-of 2016-11-03` in each format, and the
/// West Mercia window of June 2023 (a reserve and a decision: the JSON's nulls), byte for byte.
enum ChangesGoldenOutputs {
    static let window = ["--since", "2016-10-27", "--as-of", "2016-11-03"]

    static let table = """
        Changes since 27 Oct 2016, as of 3 Nov 2016

        Date        Event            Area           Period      Detail
        ----------  ---------------  -------------  ----------  -------------------------------------------------------
        2016-10-28  return accepted  Coventry CC    2016/17 Q2  Accepted
        2016-10-28  return received  Dudley MBC     2016/17 Q2  Received on time: planned £295,842, spend £158,183
        2016-10-31  return overdue   Sandwell MBC   2016/17 Q2  Not received by its due date, 30 Oct 2016: payment held
        2016-10-31  return overdue   Solihull MBC   2016/17 Q2  Not received by its due date, 30 Oct 2016: payment held
        2016-11-02  return accepted  Birmingham CC  2016/17 Q2  Accepted
        2016-11-03  return accepted  Walsall MBC    2016/17 Q2  Accepted

        """

    static let markdown = """
        ## Changes since 27 Oct 2016, as of 3 Nov 2016

        | Date | Event | Area | Period | Detail |
        |---|---|---|---|---|
        | 2016-10-28 | return accepted | Coventry CC | 2016/17 Q2 | Accepted |
        | 2016-10-28 | return received | Dudley MBC | 2016/17 Q2 | Received on time: planned £295,842, spend £158,183 |
        | 2016-10-31 | return overdue | Sandwell MBC | 2016/17 Q2 | Not received by its due date, 30 Oct 2016: payment held |
        | 2016-10-31 | return overdue | Solihull MBC | 2016/17 Q2 | Not received by its due date, 30 Oct 2016: payment held |
        | 2016-11-02 | return accepted | Birmingham CC | 2016/17 Q2 | Accepted |
        | 2016-11-03 | return accepted | Walsall MBC | 2016/17 Q2 | Accepted |

        """

    static let csv = """
        date,kind,funder_id,area_id,year,quarter,detail,area_name
        2016-10-28,return_accepted,west-midlands,coventry,2016/17,Q2,Accepted,Coventry CC
        2016-10-28,return_received,west-midlands,dudley,2016/17,Q2,"Received on time: planned £295,842, spend £158,183",Dudley MBC
        2016-10-31,return_overdue,west-midlands,sandwell,2016/17,Q2,"Not received by its due date, 30 Oct 2016: payment held",Sandwell MBC
        2016-10-31,return_overdue,west-midlands,solihull,2016/17,Q2,"Not received by its due date, 30 Oct 2016: payment held",Solihull MBC
        2016-11-02,return_accepted,west-midlands,birmingham,2016/17,Q2,Accepted,Birmingham CC
        2016-11-03,return_accepted,west-midlands,walsall,2016/17,Q2,Accepted,Walsall MBC

        """

    static func jsonEvent(_ date: String, _ kind: String, _ area: String, _ detail: String) -> String {
        """
          {
            "date": "\(date)",
            "kind": "\(kind)",
            "funder_id": "west-midlands",
            "area_id": "\(area)",
            "year": "2016/17",
            "quarter": "Q2",
            "detail": "\(detail)"
          }
        """
    }

    static let json = "[\n" + [
        jsonEvent("2016-10-28", "return_accepted", "coventry", "Accepted"),
        jsonEvent("2016-10-28", "return_received", "dudley", "Received on time: planned £295,842, spend £158,183"),
        jsonEvent("2016-10-31", "return_overdue", "sandwell", "Not received by its due date, 30 Oct 2016: payment held"),
        jsonEvent("2016-10-31", "return_overdue", "solihull", "Not received by its due date, 30 Oct 2016: payment held"),
        jsonEvent("2016-11-02", "return_accepted", "birmingham", "Accepted"),
        jsonEvent("2016-11-03", "return_accepted", "walsall", "Accepted"),
    ].joined(separator: ",\n") + "\n]\n"

    static let westMerciaWindow = ["--since", "2023-06-01", "--as-of", "2023-06-30"]

    static let westMerciaJSON = """
        [
          {
            "date": "2023-06-08",
            "kind": "reserve",
            "funder_id": "west-mercia",
            "area_id": null,
            "year": null,
            "quarter": null,
            "detail": "Budget equalisation reserve: balance £1,057,000"
          },
          {
            "date": "2023-06-13",
            "kind": "decision",
            "funder_id": "west-mercia",
            "area_id": "worcs-districts",
            "year": "2023/24",
            "quarter": null,
            "detail": "PCC/D/2023/18 Worcestershire district partnership working: £200,000 over 2 years from 2023/24"
          }
        ]

        """
}
