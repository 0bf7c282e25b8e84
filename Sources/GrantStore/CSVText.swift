import CSV
import Foundation

/// Writes rows as RFC 4180 CSV text (LF line ends, a final newline), quoting where needed.
public enum CSVText {
    public static func write(_ rows: [[String]]) -> String {
        let stream = OutputStream(toMemory: ())
        // A memory stream accepts every write, so these cannot fail.
        let writer = try! CSVWriter(stream: stream, newline: .lf)
        for row in rows { try! writer.write(row: row) }
        writer.stream.close()
        let data = stream.property(forKey: .dataWrittenToMemoryStreamKey) as? Data ?? Data()
        let text = String(decoding: data, as: UTF8.self)
        return rows.isEmpty ? text : text + "\n"
    }
}
