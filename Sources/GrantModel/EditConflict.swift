/// A column that someone else changed between the moment an edit was made and the moment it was
/// to be written: the edit expected one value and the file holds another.
public struct EditConflict: Hashable, Sendable {
    /// `solihull 2016/17 Q2`, as in the audit log.
    public var key: String
    public var field: String
    /// What the edit was made against.
    public var expected: String
    /// What the file holds now ("theirs").
    public var current: String
    /// What the edit would have written ("mine"); nil for a row removal, which writes nothing.
    public var wanted: String?
    /// The audit log's last line for this field, if it has one: who changed it, when, with what.
    public var lastChange: AuditEntry?

    public init(key: String, field: String, expected: String, current: String, wanted: String?, lastChange: AuditEntry? = nil) {
        self.key = key
        self.field = field
        self.expected = expected
        self.current = current
        self.wanted = wanted
        self.lastChange = lastChange
    }

    /// `alice (record, 2016-12-06T14:03:09Z)`, or a word for a change that left no audit line.
    public var changedBy: String {
        guard let lastChange else { return "someone else, outside csdash" }
        return "\(lastChange.user) (\(lastChange.command), \(lastChange.time))"
    }

    /// `spend of solihull 2016/17 Q2 is now 222222 (was 111111), changed by alice (record, …)`.
    public var description: String {
        "\(field) of \(key) is now \(current.isEmpty ? "empty" : current) (was \(expected.isEmpty ? "empty" : expected)), changed by \(changedBy)"
    }
}

/// One line of the audit log, as far as a conflict needs it.
public struct AuditEntry: Hashable, Sendable {
    public var time: String
    public var user: String
    public var command: String

    public init(time: String, user: String, command: String) {
        self.time = time
        self.user = user
        self.command = command
    }
}
