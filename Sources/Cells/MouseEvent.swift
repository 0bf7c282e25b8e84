/// A press of the first mouse button, or a turn of the wheel, at a cell.
public struct MouseEvent: Hashable, Sendable {
    public enum Kind: Hashable, Sendable { case press, scrollUp, scrollDown }
    public var kind: Kind
    public var position: Point
    /// Milliseconds on a monotonic clock, so the reducer can tell a double click without a clock of its own.
    public var milliseconds: Int

    public init(kind: Kind, position: Point, milliseconds: Int) {
        self.kind = kind
        self.position = position
        self.milliseconds = milliseconds
    }
}
