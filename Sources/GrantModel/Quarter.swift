/// A quarter of a financial year: Q1 Apr-Jun, Q2 Jul-Sep, Q3 Oct-Dec, Q4 Jan-Mar.
public enum Quarter: Int, CaseIterable, Comparable, Hashable, Sendable, CustomStringConvertible {
    case q1 = 1, q2, q3, q4

    public static func < (lhs: Quarter, rhs: Quarter) -> Bool { lhs.rawValue < rhs.rawValue }

    /// `Q1`...`Q4` (case does not matter).
    public init?(_ text: String) {
        let trimmed = text.trimmingSpaces().uppercased()
        guard trimmed.count == 2, trimmed.first == "Q", let number = Int(trimmed.dropFirst()),
              let quarter = Quarter(rawValue: number) else { return nil }
        self = quarter
    }

    /// As `init(_:)`, from the text's UTF-8: `Q2` is read straight from the bytes.
    @inlinable
    public init?(utf8 bytes: UnsafeBufferPointer<UInt8>) {
        if bytes.count == 2, bytes[0] | 0x20 == UInt8(ascii: "q"), let number = bytes.asciiDigit(at: 1),
           let quarter = Quarter(rawValue: number) {
            self = quarter
            return
        }
        self.init(String(decoding: bytes, as: UTF8.self))
    }

    public var description: String { "Q\(rawValue)" }

    public var previous: Quarter? { Quarter(rawValue: rawValue - 1) }
    public var next: Quarter? { Quarter(rawValue: rawValue + 1) }

    /// The straight-line spend profile at the end of this quarter: 25% a quarter.
    public var profilePercent: Int { 25 * rawValue }

    /// The quarters from Q1 up to and including this one.
    public var throughThis: [Quarter] { Quarter.allCases.filter { $0 <= self } }
}
