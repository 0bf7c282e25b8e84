import GrantModel

/// A paste (bracketed by the terminal) is text for the field being typed in, never keys: a line
/// break in it must not save a form, nor a letter after it run a command.
extension DashboardState {
    mutating func pasted(_ text: String) {
        let line = DashboardState.singleLine(text)
        switch mode {
        case .help:
            return
        case .search(var current):
            current.query += line
            findAsTyped(current)
        case .form(var current):
            // While saving or asking about a clash the form takes no typing, and no paste either.
            guard !current.isSaving, current.askedClash == nil else { return }
            current.values[current.focus, default: ""] += line
            current.message = nil
            mode = .form(current)
        case .reviewPayment(var current):
            guard !current.isSaving else { return }
            current.values[current.focus, default: ""] += line
            current.message = nil
            mode = .reviewPayment(current)
        case .sinceDate(var current):
            current.text += line
            mode = .sinceDate(current)
        case .normal, .problems:
            say("a paste goes into a form's field (e) or a search (/); nothing else here takes text")
        }
    }

    /// Every field the dashboard takes is one line: a line break (CRLF, CR or LF) or a tab becomes
    /// a space, and other control characters are dropped, as typing cannot enter them either.
    static func singleLine(_ text: String) -> String {
        var result = String.UnicodeScalarView()
        var previous: Unicode.Scalar?
        for scalar in text.unicodeScalars {
            defer { previous = scalar }
            if scalar == "\n" && previous == "\r" { continue }
            if scalar == "\n" || scalar == "\r" || scalar == "\t" {
                result.append(" ")
            } else if !ControlCharacter.isControl(scalar) {
                result.append(scalar)
            }
        }
        return String(result)
    }
}
