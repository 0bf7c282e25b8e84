import GrantModel
import GrantStore

/// One allocation (an area-year) as a grant of the 360Giving Data Standard.
struct GivingGrant {
    var id: String
    var title: String
    var description: String
    var currency: String
    /// The year's allocation, without the carry forward from the year before.
    var amountAwarded: Money
    var awardDate: Day
    var recipient: (id: String, name: String)
    var funder: (id: String, name: String)
    var plannedDates: (start: Day, end: Day)
    var location: (name: String, geoCode: String?, geoCodeType: String?)
    var programme: String
    /// The data's own keys the identifiers are built from.
    var funderKey: FunderID
    var areaKey: AreaID
    /// True where the organisation's id is its `org_id`, which two areas of one council may share.
    var recipientIDIsGiven = false
    var funderIDIsGiven = false
    /// `dateModified`: when the files the grant is built from last changed (ISO 8601, UTC).
    var lastModified: String?
    /// `dataSource`: a web link to where the data comes from (`export --data-source`).
    var dataSource: String?
}

/// The 360Giving export: identifiers, the mapping of an allocation to a grant, and the two file
/// formats of the standard (a JSON package of grants, or a CSV with the standard's column titles).
///
/// The standard wants identifiers under a registered prefix: a funder's `prefix_360g` when given,
/// else `360G-csdash-` and the data's own keys; and organisations by their org-id.guide
/// identifiers (`org_id`), else by the data's keys under that prefix (README, "360Giving export").
enum GivingExport {
    static let prefix = "360G-csdash-"
    static let defaultProgramme = "Community safety allocations"

    static func funderIdentifier(_ funderID: FunderID) -> String { prefix + funderID }
    static func recipientIdentifier(_ area: Area) -> String { prefix + area.funderID + "-" + area.id }
    /// `360G-wmpcc-birmingham-2016-17` under the funder's own prefix, else
    /// `360G-csdash-west-midlands-birmingham-2016-17`: the year written with a hyphen, as the
    /// board papers do, so that an identifier can sit in a URL.
    static func grantIdentifier(_ area: Area, _ year: FinancialYear, funder: Funder? = nil) -> String {
        let owner = funder?.prefix360G.map { $0 + "-" + area.id } ?? recipientIdentifier(area)
        return owner + "-" + "\(year)".replacingOccurrences(of: "/", with: "-")
    }

    /// The beneficiary location's code and its type: the area's `geo_code` and the type of its
    /// entity in the 360Giving codelist; without a code, only a CSP's type, as before codes.
    static func location(_ area: Area) -> (geoCode: String?, geoCodeType: String?) {
        if let code = area.geoCode { return (code, GeoCodeType.of(code)) }
        return (nil, area.kind == .csp ? "CSP" : nil)
    }

    /// The allocations awarded on or before `asOf`, in allocations.csv order, optionally of one
    /// funder or year. Award date: the date of the allocation's decision, else 1 April of its year.
    static func grants(_ grants: Grants, asOf: Day, funder: FunderID? = nil, year: FinancialYear? = nil,
                       lastModified: String? = nil, dataSource: String? = nil) -> [GivingGrant] {
        grants.allocations.compactMap { allocation -> GivingGrant? in
            guard let area = grants.area(allocation.areaID), let payer = grants.funder(area.funderID),
                  funder == nil || payer.id == funder, year == nil || allocation.year == year else { return nil }
            let decision = allocation.decisionRef.flatMap { ref in grants.decisions.first { $0.ref == ref } }
            let awardDate = decision?.date ?? allocation.year.firstDay
            guard awardDate <= asOf else { return nil }
            let location = location(area)
            return GivingGrant(
                id: grantIdentifier(area, allocation.year, funder: payer),
                title: "Community safety allocation \(allocation.year): \(area.name)",
                description: description(allocation, area: area, funder: payer, decision: decision),
                currency: payer.currency.code,
                amountAwarded: allocation.allocation,
                awardDate: awardDate,
                recipient: (area.orgID ?? recipientIdentifier(area), area.name),
                funder: (payer.orgID ?? funderIdentifier(payer.id), payer.name),
                plannedDates: (allocation.year.firstDay, allocation.year.lastDay),
                location: (area.name, location.geoCode, location.geoCodeType),
                programme: decision?.title ?? defaultProgramme,
                funderKey: payer.id, areaKey: area.id,
                recipientIDIsGiven: area.orgID != nil, funderIDIsGiven: payer.orgID != nil,
                lastModified: lastModified, dataSource: dataSource)
        }
    }

    private static func description(_ allocation: Allocation, area: Area, funder: Funder, decision: Decision?) -> String {
        var text = "Community safety allocation from \(funder.name) to \(area.name) for \(allocation.year)"
        if !allocation.source.isEmpty { text += " (\(allocation.source))" }
        text += "."
        if let decision { text += " Decision \(decision.ref): \(decision.title)." }
        if allocation.carryForward.pence > 0 {
            text += " The \(allocation.year.previous) carry forward of \(allocation.carryForward.formatted(in: funder.currency)) is not included."
        }
        return text
    }

    /// Identifiers that two different allocations or organisations would share (possible only
    /// when one key ends the way another begins, as `a-b` + `c` and `a` + `b-c`). An `org_id`
    /// is the organisation's own, and two areas run by one council may rightly share it.
    static func clashes(_ items: [GivingGrant]) -> [String] {
        var problems: [String] = []
        var grantIDs: Set<String> = []
        var organisations: [String: String] = [:]
        for item in items {
            if !grantIDs.insert(item.id).inserted { problems.append("grant identifier \(item.id) is not unique") }
            var made: [(String, String)] = []
            if !item.funderIDIsGiven { made.append((item.funder.id, "funder_id \(item.funderKey)")) }
            if !item.recipientIDIsGiven { made.append((item.recipient.id, "area_id \(item.areaKey)")) }
            for (id, owner) in made {
                if let other = organisations[id], other != owner {
                    problems.append("organisation identifier \(id) would name both \(other) and \(owner)")
                }
                organisations[id] = organisations[id] ?? owner
            }
        }
        return problems
    }

    /// The 360Giving column titles, in this order.
    static let csvColumns = [
        "Identifier", "Title", "Description", "Currency", "Amount Awarded", "Award Date",
        "Recipient Org:Identifier", "Recipient Org:Name", "Funding Org:Identifier", "Funding Org:Name",
        "Planned Dates:Start Date", "Planned Dates:End Date", "Beneficiary Location:Name",
        "Beneficiary Location:Geographic Code", "Beneficiary Location:Geographic Code Type", "Grant Programme:Title",
        "Last Modified", "Data Source",
    ]

    /// Amount Awarded is a number cell; every other cell is text (`SpreadsheetCSV`).
    static func csv(_ items: [GivingGrant]) -> String {
        SpreadsheetCSV.write([csvColumns.map(SpreadsheetCell.text)] + items.map { item -> [SpreadsheetCell] in
            let texts: [String] = [item.id, item.title, item.description, item.currency]
            let rest: [String] = ["\(item.awardDate)", item.recipient.id, item.recipient.name, item.funder.id, item.funder.name,
                                  "\(item.plannedDates.start)", "\(item.plannedDates.end)", item.location.name,
                                  item.location.geoCode ?? "", item.location.geoCodeType ?? "", item.programme,
                                  item.lastModified ?? "", item.dataSource ?? ""]
            return texts.map(SpreadsheetCell.text) + [.number(item.amountAwarded.plainAmount())] + rest.map(SpreadsheetCell.text)
        })
    }

    /// A 360Giving JSON package: `{"grants": [...]}`, amounts as exact numbers.
    static func json(_ items: [GivingGrant]) -> String {
        JSONValue.object([("grants", .array(items.map(json)))]).render() + "\n"
    }

    private static func json(_ item: GivingGrant) -> JSONValue {
        var location: [(String, JSONValue)] = [("name", .string(item.location.name))]
        if let code = item.location.geoCode { location.append(("geoCode", .string(code))) }
        if let type = item.location.geoCodeType { location.append(("geoCodeType", .string(type))) }
        var fields: [(String, JSONValue)] = [
            ("id", .string(item.id)),
            ("title", .string(item.title)),
            ("description", .string(item.description)),
            ("currency", .string(item.currency)),
            ("amountAwarded", .money(item.amountAwarded)),
            ("awardDate", .string("\(item.awardDate)")),
            ("recipientOrganization", .array([.object([("id", .string(item.recipient.id)), ("name", .string(item.recipient.name))])])),
            ("fundingOrganization", .array([.object([("id", .string(item.funder.id)), ("name", .string(item.funder.name))])])),
            ("plannedDates", .array([.object([("startDate", .string("\(item.plannedDates.start)")),
                                              ("endDate", .string("\(item.plannedDates.end)"))])])),
            ("beneficiaryLocation", .array([.object(location)])),
            ("grantProgramme", .array([.object([("title", .string(item.programme))])])),
        ]
        if let modified = item.lastModified { fields.append(("dateModified", .string(modified))) }
        if let source = item.dataSource { fields.append(("dataSource", .string(source))) }
        return .object(fields)
    }
}
