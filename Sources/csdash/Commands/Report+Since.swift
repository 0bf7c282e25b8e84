import ArgumentParser
import GrantModel
import GrantStore

extension Report {
    /// The board of `--since D1` and the events since; nil without --since. The board of D1 is
    /// the report this command gives with `--as-of D1` and the same options, built by the same
    /// code, so its figures are the ones the board saw then.
    func sinceBoard(_ grants: Grants) throws -> SinceBoard? {
        guard let since else { return nil }
        let earlierGrants = replay.asRecorded ? try common.loadGrants(printingWarnings: false, asRecordedOn: since) : grants
        var earlierReports = earlierGrants.reports(in: period.period(for: earlierGrants, asOf: since))
        if let funder = period.funder { earlierReports = earlierReports.filter { $0.funder.id == funder } }
        let changes = Changes.between(since: since, asOf: common.day, in: grants,
                                      audit: try ChangesCommand.auditChanges(common.store(), grants))
        return SinceBoard(day: since, earlierReports: earlierReports, changes: changes.only(funder: period.funder))
    }
}
