import GrantModel

/// What `report --since D1` adds: the board as it stood on D1 (each funder's report, built by the
/// same code on that day) and the events since, so that each area's figures can be set beside
/// what the last board saw.
struct SinceBoard {
    var day: Day
    var changes: Changes
    private var earlier: [AreaID: AreaPosition] = [:]

    /// `earlierReports`: the reports of D1, with the options of the report now (its --funder, its
    /// --year and --quarter, or the defaults of D1 when none was given).
    init(day: Day, earlierReports: [FunderReport], changes: Changes) {
        self.day = day
        self.changes = changes
        for report in earlierReports {
            for position in report.positions { earlier[position.area.id] = position }
        }
    }

    func movement(_ position: AreaPosition) -> AreaMovement {
        AreaMovement(now: position, then: earlier[position.area.id])
    }

    func events(of funderID: FunderID) -> [ChangeEvent] {
        changes.events.filter { $0.funderID == funderID }
    }
}
