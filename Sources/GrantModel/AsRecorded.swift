/// A change csdash made to one figure of a return, as its audit log records it: the day it was
/// made, the write it was part of, and the value before and after, typed.
public struct RecordedChange: Hashable, Sendable {
    /// A return's field and its value: audit.csv's `old` or `new` of that field.
    public enum Value: Hashable, Sendable {
        case received(Day?)
        case planned(Money?)
        case spend(Money?)
        case notes(String)
    }

    /// The day the change was made (in the calendar of whoever replays it).
    public var day: Day
    /// Changes made by one write share it: a return's first figures are the whole write that first
    /// gave it a received date, not only the line with the date.
    public var write: Int
    public var key: Grants.ReturnKey
    public var old: Value
    public var new: Value

    public init(day: Day, write: Int, key: Grants.ReturnKey, old: Value, new: Value) {
        self.day = day
        self.write = write
        self.key = key
        self.old = old
        self.new = new
    }
}

extension Grants {
    /// The returns as they were recorded on `day`, from today's and the changes csdash made to
    /// them (oldest first, as the log is written): every change made after `day` is undone,
    /// newest first. A return that had not been typed in by `day` keeps its first figures (the
    /// write that first gave it a received date) whenever they were typed in, since a return
    /// counts from its received date: whether it has arrived by `day` is then that date's business,
    /// as for any return. Only returns change; every other file has no history.
    public func asRecorded(on day: Day, changes: [RecordedChange]) -> Grants {
        var later: [ReturnKey: [RecordedChange]] = [:]
        var order: [ReturnKey] = []
        for change in changes where change.day > day {
            if later[change.key] == nil { order.append(change.key) }
            later[change.key, default: []].append(change)
        }
        guard !order.isEmpty else { return self }
        var replayed = returns
        var position: [ReturnKey: Int] = [:]
        for (index, item) in returns.enumerated() {
            position[ReturnKey(areaID: item.areaID, year: item.year, quarter: item.quarter)] = index
        }
        for key in order {
            let today = position[key].map { returns[$0] }
                ?? MonitoringReturn(areaID: key.areaID, year: key.year, quarter: key.quarter, received: nil)
            let recorded = Grants.recorded(today, before: later[key] ?? [])
            if let index = position[key] { replayed[index] = recorded } else { replayed.append(recorded) }
        }
        return Grants(funders: funders, areas: areas, allocations: allocations, returns: replayed,
                      projects: projects, decisions: decisions, reserves: reserves, payments: payments)
    }

    /// `today` with `later` (its changes after the day, oldest first) undone, or its first figures
    /// when it had not been typed in before them.
    static func recorded(_ today: MonitoringReturn, before later: [RecordedChange]) -> MonitoringReturn {
        var then = today
        for change in later.reversed() { then.set(change.old) }
        guard then.received == nil,
              let first = later.firstIndex(where: { if case .received(.some) = $0.new { return true } else { return false } })
        else { return then }
        var firstFigures = then
        for change in later[...first] { firstFigures.set(change.new) }
        for change in later[(first + 1)...] where change.write == later[first].write { firstFigures.set(change.new) }
        return firstFigures
    }
}

extension MonitoringReturn {
    mutating func set(_ value: RecordedChange.Value) {
        switch value {
        case .received(let day): received = day
        case .planned(let money): planned = money
        case .spend(let money): spend = money
        case .notes(let text): notes = text
        }
    }
}
