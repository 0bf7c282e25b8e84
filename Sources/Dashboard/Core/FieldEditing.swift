import Cells

/// The keys every form's fields answer alike: Tab and the arrows move between fields, and typing,
/// Backspace and Ctrl-U change the focused one. The record form and the review and payment form
/// both edit through here, so that a field behaves the same wherever it is.
enum FieldEditing {
    /// Applies `key` to the focus or the focused field; false when it is not one of these keys.
    static func apply<Field: Hashable>(_ key: Key, fields: [Field], focus: inout Field, values: inout [Field: String]) -> Bool {
        let position = fields.firstIndex(of: focus) ?? 0
        switch key {
        case .tab, .down:
            focus = fields[(position + 1) % fields.count]
        case .backTab, .up:
            focus = fields[(position + fields.count - 1) % fields.count]
        case .backspace:
            if values[focus]?.isEmpty == false { values[focus]?.removeLast() }
        case .control("u"):
            values[focus] = ""
        case .character(let character):
            values[focus, default: ""].append(character)
        default:
            return false
        }
        return true
    }
}
