/// The records of a data folder, as domain values. Identifiers are the strings users wrote.
public typealias FunderID = String
public typealias AreaID = String
public typealias DecisionRef = String

/// A PCC office that passes money to areas.
public struct Funder: Hashable, Sendable {
    public var id: FunderID
    public var name: String
    public var currency: Currency
    /// A quarter's return is due this many calendar days after the quarter ends.
    public var returnDueDays: Int
    public var notes: String
    /// The funder's org-id.guide identifier (`GB-GOR-PC000123`), for open data; nil when not given.
    public var orgID: String?
    /// The funder's registered 360Giving prefix (`360G-wmpcc`), under which its grants are named.
    public var prefix360G: String?
    /// The behind-profile margin and the forecast threshold its screens and reports use.
    public var thresholds: Thresholds

    public init(id: FunderID, name: String, currency: Currency = .gbp, returnDueDays: Int, notes: String = "",
                orgID: String? = nil, prefix360G: String? = nil, thresholds: Thresholds = .standard) {
        self.id = id
        self.name = name
        self.currency = currency
        self.returnDueDays = returnDueDays
        self.notes = notes
        self.orgID = orgID
        self.prefix360G = prefix360G
        self.thresholds = thresholds
    }
}

/// What kind of body receives the money.
public enum AreaKind: String, CaseIterable, Hashable, Sendable {
    case csp, council, lpa, partnership
}

/// A CSP, council or local policing area that receives money.
public struct Area: Hashable, Sendable {
    public var id: AreaID
    public var funderID: FunderID
    public var name: String
    public var kind: AreaKind?
    public var partOf: AreaID?
    /// Who to chase for a missing return (the optional `contact` column).
    public var contact: String
    public var notes: String
    /// The recipient's org-id.guide identifier (`GB-LAE-BIR`, Birmingham City Council); nil when not given.
    public var orgID: String?
    /// The area's ONS (GSS) code (`E08000025`), for the 360Giving beneficiary location.
    public var geoCode: String?

    public init(id: AreaID, funderID: FunderID, name: String, kind: AreaKind? = nil,
                partOf: AreaID? = nil, contact: String = "", notes: String = "", orgID: String? = nil, geoCode: String? = nil) {
        self.id = id
        self.funderID = funderID
        self.name = name
        self.kind = kind
        self.partOf = partOf
        self.contact = contact
        self.notes = notes
        self.orgID = orgID
        self.geoCode = geoCode
    }
}

/// An area's money for one financial year.
public struct Allocation: Hashable, Sendable {
    public var areaID: AreaID
    public var year: FinancialYear
    public var allocation: Money
    /// The carry forward from last year as the data states it; nil when `carry_forward` is empty
    /// (unknown: the year-on-year view shows `—`, the arithmetic counts it as zero).
    public var statedCarryForward: Money?
    public var source: String
    public var decisionRef: DecisionRef?
    public var notes: String

    public init(areaID: AreaID, year: FinancialYear, allocation: Money, carryForward: Money? = nil,
                source: String = "", decisionRef: DecisionRef? = nil, notes: String = "") {
        self.areaID = areaID
        self.year = year
        self.allocation = allocation
        self.statedCarryForward = carryForward
        self.source = source
        self.decisionRef = decisionRef
        self.notes = notes
    }

    /// The carry forward from last year; zero when the data does not state it.
    public var carryForward: Money {
        get { statedCarryForward ?? .zero }
        set { statedCarryForward = newValue }
    }

    /// Allocation plus carry forward from last year.
    public var total: Money { allocation + carryForward }
}

/// A quarterly monitoring return. `planned` and `spend` are cumulative to the quarter; either may be
/// nil on a received return whose figures were not stated (the 6 December 2016 board report gives no Q1 planned figures).
public struct MonitoringReturn: Hashable, Sendable {
    public var areaID: AreaID
    public var year: FinancialYear
    public var quarter: Quarter
    public var received: Day?
    public var planned: Money?
    public var spend: Money?
    public var notes: String
    /// The office's review of it (returns.csv's `review`, `reviewed`, `query`); nil: not reviewed.
    public var review: Review?

    public init(areaID: AreaID, year: FinancialYear, quarter: Quarter, received: Day?,
                planned: Money? = nil, spend: Money? = nil, notes: String = "", review: Review? = nil) {
        self.areaID = areaID
        self.year = year
        self.quarter = quarter
        self.received = received
        self.planned = planned
        self.spend = spend
        self.notes = notes
        self.review = review
    }

    /// Received by `day`: a return received after the as-of date counts as not received then.
    public func isReceived(asOf day: Day) -> Bool {
        guard let received else { return false }
        return received <= day
    }
}

/// An activity in an area's costed plan for a year.
public struct Project: Hashable, Sendable {
    public var areaID: AreaID
    public var year: FinancialYear
    public var projectID: String
    public var title: String
    public var theme: String
    public var budget: Money
    public var spend: Money?
    public var notes: String

    public init(areaID: AreaID, year: FinancialYear, projectID: String, title: String, theme: String,
                budget: Money, spend: Money? = nil, notes: String = "") {
        self.areaID = areaID
        self.year = year
        self.projectID = projectID
        self.title = title
        self.theme = theme
        self.budget = budget
        self.spend = spend
        self.notes = notes
    }
}

/// A PCC decision record committing money over one or more years.
public struct Decision: Hashable, Sendable {
    public var ref: DecisionRef
    public var funderID: FunderID
    public var date: Day
    public var title: String
    public var areaID: AreaID?
    /// The whole amount the decision commits, across all its years.
    public var amount: Money
    public var firstYear: FinancialYear
    public var years: Int
    public var source: String
    public var matchFunding: Money?
    public var matchPartner: String
    public var notes: String

    public init(ref: DecisionRef, funderID: FunderID, date: Day, title: String, areaID: AreaID? = nil,
                amount: Money, firstYear: FinancialYear, years: Int = 1, source: String = "",
                matchFunding: Money? = nil, matchPartner: String = "", notes: String = "") {
        self.ref = ref
        self.funderID = funderID
        self.date = date
        self.title = title
        self.areaID = areaID
        self.amount = amount
        self.firstYear = firstYear
        self.years = years
        self.source = source
        self.matchFunding = matchFunding
        self.matchPartner = matchPartner
        self.notes = notes
    }

    /// The financial years the decision covers.
    public var coveredYears: [FinancialYear] {
        (0..<max(years, 1)).map { FinancialYear(startYear: firstYear.startYear + $0) }
    }

    /// The amount split evenly over the years; any odd pence fall in the first year.
    public func amount(in year: FinancialYear) -> Money {
        let count = Int64(max(years, 1))
        let offset = year.startYear - firstYear.startYear
        guard offset >= 0 && offset < count else { return .zero }
        let share = amount.pence / count
        let rest = amount.pence - share * count
        return Money(pence: share + (offset == 0 ? rest : 0))
    }
}

/// A funder's reserve, as stated on a date.
public struct Reserve: Hashable, Sendable {
    public var funderID: FunderID
    public var name: String
    public var balance: Money
    public var asOf: Day
    public var notes: String

    public init(funderID: FunderID, name: String, balance: Money, asOf: Day, notes: String = "") {
        self.funderID = funderID
        self.name = name
        self.balance = balance
        self.asOf = asOf
        self.notes = notes
    }
}
