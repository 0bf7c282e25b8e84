/// One changed field, as the audit log records it.
public struct FieldChange: Hashable, Sendable {
    public var file: String
    public var key: String
    public var field: String
    public var old: String
    public var new: String

    public init(file: String, key: String, field: String, old: String, new: String) {
        self.file = file
        self.key = key
        self.field = field
        self.old = old
        self.new = new
    }
}
