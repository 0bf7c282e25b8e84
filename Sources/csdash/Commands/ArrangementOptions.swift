import ArgumentParser
import GrantModel

/// `--sort` and `--only`: the dashboard's orders (`s`) and filters (`O`) of the areas, in the same
/// words, for `report` and `returns`.
struct ArrangementOptions: ParsableArguments {
    @Option(help: ArgumentHelp("List the areas by \(ArrangementOptions.words(AreaSort.self)): names A to Z, every figure largest first (default: areas.csv order).",
                               valueName: "KEY"),
            transform: ArrangementOptions.parse)
    var sort: AreaSort?

    @Option(help: ArgumentHelp("Only the areas \(ArrangementOptions.words(AreaFilter.self)) (behind profile, with a payment held, with a return due or overdue, planned past their total; default: all).",
                               valueName: "KEY"),
            transform: ArrangementOptions.parse)
    var only: AreaFilter?

    var arrangement: AreaArrangement { AreaArrangement(sort: sort, filter: only ?? .all) }

    /// `name, spend, remainder, overdue or underspend`.
    static func words<Choice: CaseIterable & RawRepresentable>(_: Choice.Type) -> String where Choice.RawValue == String {
        let all = Choice.allCases.map(\.rawValue)
        return all.dropLast().joined(separator: ", ") + " or " + all.last!
    }

    /// A word of `Choice`; any other is a usage error (exit 64) naming the words there are.
    static func parse<Choice: CaseIterable & RawRepresentable>(_ text: String) throws -> Choice where Choice.RawValue == String {
        guard let choice = Choice(rawValue: text) else {
            throw ValidationError("'\(text)' is not one of \(words(Choice.self))")
        }
        return choice
    }
}
