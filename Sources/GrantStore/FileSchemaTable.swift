/// The one table of data format v1: every file's columns, required first, each with what it
/// holds and an example. Validation reads the names; `csdash init` writes the header rows and the
/// folder's README from the same entries, so the three cannot disagree.
extension FileSchema {
    public static let funders = FileSchema(
        fileName: "funders.csv",
        requiredColumns: [
            Column("funder_id", "a short name of your own for the funder, used by the other files", example: "west-midlands"),
            Column("name", "the funder's name as reports show it", example: "West Midlands Police and Crime Commissioner"),
            Column("currency", "the currency of every amount: GBP, EUR or USD", example: "GBP"),
            Column("return_due_days", "a quarter's return is due this many days after the quarter ends (0-366)", example: "30"),
        ],
        optionalColumns: [
            Column("notes", "free text", example: "return_due_days agreed at the March board"),
            Column("org_id", "the funder's org-id.guide identifier, for open data", example: "GB-GOR-PC000123"),
            Column("prefix_360g", "the funder's registered 360Giving prefix", example: "360G-wmpcc"),
            Column("behind_profile_points", "an area is behind profile when its % spend is more than this many points below 25% a quarter (0-100; empty: 10)", example: "10"),
            Column("forecast_threshold_pct", "a forecast underspend above this percent of the total allocation is flagged (0-100; empty: 10)", example: "10"),
        ],
        mayBeAbsent: false, rowMeaning: "one row per funder (a PCC office)")

    public static let areas = FileSchema(
        fileName: "areas.csv",
        requiredColumns: [
            Column("area_id", "a short name of your own for the area, used by the other files", example: "birmingham"),
            Column("funder_id", "the funder that pays it (a funder_id of funders.csv)", example: "west-midlands"),
            Column("name", "the area's name as reports show it", example: "Birmingham CC"),
        ],
        optionalColumns: [
            Column("kind", "csp, council, lpa or partnership", example: "csp"),
            Column("part_of", "the area_id of an area this one is part of", example: "worcestershire"),
            Column("contact", "who to ask for a missing return", example: "Karen Samuels, 01902 551341"),
            Column("notes", "free text", example: "accountable body: the city council"),
            Column("org_id", "the recipient's org-id.guide identifier", example: "GB-LAE-BIR"),
            Column("geo_code", "the area's ONS code", example: "E08000025"),
        ],
        mayBeAbsent: false, rowMeaning: "one row per area (a CSP, council or local policing area) that receives money")

    public static let allocations = FileSchema(
        fileName: "allocations.csv",
        requiredColumns: [
            Column("area_id", "the area (an area_id of areas.csv)", example: "birmingham"),
            Column("year", "the financial year, April to March", example: "2016/17"),
            Column("allocation", "the year's allocation", example: "1873187"),
        ],
        optionalColumns: [
            Column("carry_forward", "what the area brought into this year from the year before (empty: unknown)", example: "102504"),
            Column("source", "where the money comes from", example: "Police main grant"),
            Column("decision_ref", "the decision behind it (a decision_ref of decisions.csv)", example: "PCC/D/2021/06"),
            Column("notes", "free text", example: "25% reduction on 2015/16"),
        ],
        mayBeAbsent: false, rowMeaning: "one row per area and year: the money the area is given")

    public static let returns = FileSchema(
        fileName: "returns.csv",
        requiredColumns: [
            Column("area_id", "the area (an area_id of areas.csv)", example: "solihull"),
            Column("year", "the financial year", example: "2016/17"),
            Column("quarter", "Q1 (Apr-Jun), Q2, Q3 or Q4 (Jan-Mar)", example: "Q2"),
        ],
        optionalColumns: [
            Column("received", "the day the return arrived (empty: not received)", example: "2016-10-26"),
            Column("planned", "money committed to activities, year to date", example: "1630367"),
            Column("spend", "money spent, year to date", example: "508449"),
            Column("notes", "free text", example: "figures confirmed by phone"),
            Column("review", "accepted or queried (empty: not reviewed)", example: "accepted"),
            Column("reviewed", "the day of the review", example: "2016-11-02"),
            Column("query", "what is wrong with a queried return", example: "spend does not match the ledger"),
        ],
        mayBeAbsent: false, rowMeaning: "one row per area, year and quarter: the quarterly monitoring return")

    public static let projects = FileSchema(
        fileName: "projects.csv",
        requiredColumns: [
            Column("area_id", "the area (an area_id of areas.csv)", example: "wolverhampton"),
            Column("year", "the financial year", example: "2017/18"),
            Column("project_id", "a short name of your own for the project", example: "RR1"),
            Column("title", "what the project does", example: "Reducing reoffending strategy"),
            Column("theme", "the priority it serves", example: "Reducing Reoffending"),
            Column("budget", "its budget for the year", example: "10000"),
        ],
        optionalColumns: [
            Column("spend", "spent so far", example: "2500"),
            Column("notes", "free text", example: "delivered through the YOT"),
        ],
        mayBeAbsent: true, rowMeaning: "one row per project an area funds in a year")

    public static let decisions = FileSchema(
        fileName: "decisions.csv",
        requiredColumns: [
            Column("decision_ref", "the decision's reference", example: "PCC/D/2021/06"),
            Column("funder_id", "the funder that made it", example: "west-mercia"),
            Column("date", "the day it was made", example: "2021-02-19"),
            Column("title", "what it is about", example: "Telford & Wrekin Safer Communities"),
            Column("amount", "the whole amount it commits over all its years", example: "500000"),
            Column("first_year", "the first financial year it pays for", example: "2021/22"),
        ],
        optionalColumns: [
            Column("area_id", "the area it funds", example: "telford-wrekin"),
            Column("years", "how many years it runs (1-50; empty: 1)", example: "2"),
            Column("source", "the funding source, e.g. a reserve", example: "Revenue budget"),
            Column("match_funding", "money a partner adds", example: "1000000"),
            Column("match_partner", "who adds it", example: "Telford & Wrekin Borough Council"),
            Column("notes", "free text", example: "approved by the CEO"),
        ],
        mayBeAbsent: true, rowMeaning: "one row per decision of the commissioner that commits money")

    public static let reserves = FileSchema(
        fileName: "reserves.csv",
        requiredColumns: [
            Column("funder_id", "the funder that holds it", example: "west-mercia"),
            Column("reserve", "the reserve's name", example: "Budget equalisation reserve"),
            Column("balance", "what is left in it", example: "1057000"),
            Column("as_of", "the day of that balance", example: "2023-06-08"),
        ],
        optionalColumns: [Column("notes", "free text", example: "not committed for the next 2 years")],
        mayBeAbsent: true, rowMeaning: "one row per reserve a funder draws on")

    public static let payments = FileSchema(
        fileName: "payments.csv",
        requiredColumns: [
            Column("area_id", "the area paid", example: "birmingham"),
            Column("year", "the financial year", example: "2016/17"),
            Column("quarter", "the quarter whose instalment it is", example: "Q1"),
            Column("amount", "the instalment", example: "468296.75"),
        ],
        optionalColumns: [
            Column("paid", "the day it was paid (empty: scheduled, not paid yet)", example: "2016-09-15"),
            Column("ref", "the payment's reference", example: "BACS-BIR-1617-Q1"),
            Column("notes", "free text", example: "released after the Q1 review"),
        ],
        mayBeAbsent: true, rowMeaning: "one row per area, year and quarter: the instalment, scheduled or paid")
}
