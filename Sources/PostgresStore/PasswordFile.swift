#if PostgreSQL
import Foundation

/// ~/.pgpass, as libpq reads it: lines of `host:port:database:user:password`, `*` matching
/// anything, `\:` and `\\` escaped, `#` a comment; the first matching line wins. A file that
/// others may read is ignored, as libpq ignores it, so that a password is never taken from one.
enum PasswordFile {
    static func password(in path: String, host: String, port: Int, database: String, user: String) -> String? {
        var status = stat()
        guard stat(path, &status) == 0, status.st_mode & 0o077 == 0,
              let text = try? String(contentsOfFile: path, encoding: .utf8) else { return nil }
        // libpq matches a socket connection's host against "localhost".
        let hosts: Set<String> = host.hasPrefix("/") ? [host, "localhost"] : [host]
        for line in text.split(whereSeparator: \.isNewline) where !line.hasPrefix("#") {
            let fields = split(String(line))
            guard fields.count == 5 else { continue }
            func matches(_ field: String, _ candidates: Set<String>) -> Bool { field == "*" || candidates.contains(field) }
            if matches(fields[0], hosts) && matches(fields[1], [String(port)]) && matches(fields[2], [database])
                && matches(fields[3], [user]) {
                return fields[4]
            }
        }
        return nil
    }

    /// The fields of a line, split at unescaped colons.
    static func split(_ line: String) -> [String] {
        var fields: [String] = [], current = "", escaped = false
        for character in line {
            if escaped {
                current.append(character)
                escaped = false
            } else if character == "\\" {
                escaped = true
            } else if character == ":" {
                fields.append(current)
                current = ""
            } else {
                current.append(character)
            }
        }
        fields.append(current)
        return fields
    }
}
#endif
