/// A key press, decoded from the terminal by the Terminal layer.
public enum Key: Hashable, Sendable {
    case character(Character)
    case up, down, left, right
    case enter, escape, tab, backTab, backspace
    case pageUp, pageDown, home, end
    /// Ctrl plus a letter, e.g. `.control("c")`.
    case control(Character)
    case function(Int)
}
