import ArgumentParser
import GrantModel
import GrantStore

/// `--as-recorded`, for the commands that show figures (`report`, `returns`, the dashboard).
struct ReplayOptions: ParsableArguments {
    @Flag(name: .customLong("as-recorded"),
          help: "With --as-of D: every figure as it stood on D, corrections made since undone (from the audit log: DIR/audit.csv, or the database's audit table).")
    var asRecorded = false

    /// The day to replay, when asked: `--as-recorded` means nothing without the day it replays.
    func day(_ common: CommonOptions) throws -> Day? {
        guard asRecorded else { return nil }
        guard let asOf = common.asOf else {
            throw ValidationError("--as-recorded needs --as-of YYYY-MM-DD: the day whose figures to show as they were recorded")
        }
        return asOf
    }

    /// What a heading says of the day: `as of D`, or `as recorded on D`.
    static func phrase(_ day: String, asRecorded: Bool) -> String {
        asRecorded ? "as recorded on \(day)" : "as of \(day)"
    }
}
