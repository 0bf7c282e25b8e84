/// A problem found in a data folder, with where it is: `path:line:column: error: message`.
public struct Diagnostic: Error, Hashable, Sendable, CustomStringConvertible {
    public enum Severity: String, Sendable {
        case error, warning
    }

    public var path: String
    /// 1-based; 0 when the problem is about the file as a whole.
    public var line: Int
    public var column: Int
    public var severity: Severity
    public var message: String

    public init(path: String, line: Int = 0, column: Int = 0, severity: Severity = .error, message: String) {
        self.path = path
        self.line = line
        self.column = column
        self.severity = severity
        self.message = message
    }

    /// The line csdash prints. Messages quote values escaped already; escaping the whole line again
    /// covers the path (a folder name is typed, not read, but may still hold an escape).
    public var description: String {
        var location = path.terminalSafe
        if line > 0 {
            location += ":\(line)"
            if column > 0 { location += ":\(column)" }
        }
        return "\(location): \(severity.rawValue): \(message.terminalSafe)"
    }
}
