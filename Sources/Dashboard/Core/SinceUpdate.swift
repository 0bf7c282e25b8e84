import Cells
import GrantModel

/// `B`: the last board's date typed on the status line. Enter sets it (and the shell remembers it
/// for the folder), Esc leaves it as it was; a date that cannot be one says what is wrong with it.
public struct SincePrompt: Hashable, Sendable {
    public internal(set) var text = ""
    /// Why the date typed was refused; cleared by the next key.
    public internal(set) var problem: String?
}

extension DashboardState {
    mutating func openSincePrompt() {
        mode = .sinceDate(SincePrompt(text: sinceBoard.day?.description ?? ""))
    }

    mutating func sinceKey(_ key: Key, _ prompt: SincePrompt) -> [Effect] {
        var current = prompt
        current.problem = nil
        switch key {
        case .escape:
            mode = .normal
            return []
        case .enter:
            switch DashboardState.sinceDay(current.text, asOf: asOf) {
            case .success(let day):
                mode = .normal
                setSince(day)
                return [.rememberSince(day)]
            case .failure(let problem):
                current.problem = problem.text
            }
        case .backspace:
            if !current.text.isEmpty { current.text.removeLast() }
        case .control("u"):
            current.text = ""
        case .character(let character):
            current.text.append(character)
        default:
            break
        }
        mode = .sinceDate(current)
        return []
    }

    mutating func setSince(_ day: Day) {
        sinceBoard.day = day
        sinceBoard.list = ChangesList()
        refreshChanges()
        let count = changes?.events.count ?? 0
        say("Since the last board, \(day.longDescription): \(count == 0 ? "nothing changed" : "\(count) change\(count == 1 ? "" : "s")"); 8 lists them")
    }

    /// Why a typed last board's date is refused.
    struct SinceProblem: Error, Equatable {
        var text: String
    }

    static func sinceDay(_ text: String, asOf: Day) -> Result<Day, SinceProblem> {
        let typed = text.trimmingSpaces()
        switch Day.parse(typed) {
        case .failure(.malformed):
            return .failure(SinceProblem(text: "\"\(typed)\" is not a date: type it as 2016-09-06 or 06/09/2016"))
        case .failure(.doesNotExist):
            return .failure(SinceProblem(text: "\(typed) is no such date"))
        case .success(let day) where day > asOf:
            return .failure(SinceProblem(text: "\(day.longDescription) is after the as-of date, \(asOf.longDescription): the last board came first"))
        case .success(let day):
            return .success(day)
        }
    }
}
