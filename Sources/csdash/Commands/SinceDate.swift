import ArgumentParser
import GrantModel

/// `--since D1`, which `changes` and `report` take: the last board's date, the start of the window
/// whose events are listed (after D1, on or before the as-of date).
enum SinceDate {
    static let help = ArgumentHelp("The last board's date: what changed after it, up to --as-of.", valueName: "YYYY-MM-DD")

    /// A window that ends before it begins is a mistake in the command, not an empty answer.
    static func check(_ since: Day?, asOf: Day, asOfGiven: Bool) throws {
        guard let since, since > asOf else { return }
        let end = asOfGiven ? "--as-of \(asOf)" : "today (\(asOf))"
        throw ValidationError("--since \(since) is after \(end): the last board's date must come first")
    }
}
