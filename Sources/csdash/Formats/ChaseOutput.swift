import GrantModel

/// What `csdash chase` prints or writes: the letters one after another, or one pair of files per
/// contact, and the returns nobody can be written to.
enum ChaseOutput {
    static func standardOutput(_ list: ChaseList, texts: [ChaseLetterText], grants: Grants) -> String {
        if list.isEmpty { return nothingToChase(list) }
        var parts = texts.map { text in
            "To: \(text.letter.contact)\nSubject: \(text.subject)\n\n\(text.body)"
        }
        if !list.withoutContact.isEmpty { parts.append(noContactRecorded(list, grants: grants)) }
        return parts.joined(separator: "\n" + String(repeating: "-", count: 72) + "\n\n")
    }

    /// `01-jo-bloggs.txt` and `01-jo-bloggs.eml` per letter, then `no-contact-recorded.txt`.
    static func files(_ list: ChaseList, texts: [ChaseLetterText], grants: Grants) -> [(name: String, bytes: [UInt8])] {
        var files: [(name: String, bytes: [UInt8])] = []
        let digits = max(2, String(texts.count).count)
        for (index, text) in texts.enumerated() {
            let number = String(index + 1), padding = String(repeating: "0", count: digits - number.count)
            let stem = "\(padding)\(number)-\(slug(text.letter.name ?? text.letter.emailAddress ?? text.letter.contact))"
            files.append(("\(stem).txt", Array("To: \(text.letter.contact)\nSubject: \(text.subject)\n\n\(text.body)".utf8)))
            files.append(("\(stem).eml", ChaseEmail.message(text)))
        }
        if !list.withoutContact.isEmpty {
            files.append(("no-contact-recorded.txt", Array(noContactRecorded(list, grants: grants).utf8)))
        }
        return files
    }

    /// What `--output` says it wrote: one line per letter, then the areas with no contact.
    static func summary(_ list: ChaseList, files: [(name: String, bytes: [UInt8])], folder: String) -> String {
        if list.isEmpty { return nothingToChase(list) + "\(folder): created empty\n" }
        var lines: [String] = []
        for (letter, file) in zip(list.letters, files.filter { $0.name.hasSuffix(".txt") && $0.name != "no-contact-recorded.txt" }) {
            let count = letter.items.count
            lines.append("\(folder)/\(file.name) (and .eml): \(letter.contact): \(count) return\(count == 1 ? "" : "s")")
        }
        if !list.withoutContact.isEmpty {
            let count = list.withoutContact.count
            lines.append("\(folder)/no-contact-recorded.txt: \(count) return\(count == 1 ? "" : "s") of areas with no contact")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private static func nothingToChase(_ list: ChaseList) -> String {
        "Nothing to chase on \(list.asOf.fullDescription): no return is overdue or queried.\n"
    }

    /// The returns of areas with no contact: someone must find out who to write to.
    static func noContactRecorded(_ list: ChaseList, grants: Grants) -> String {
        var lines = ["No contact recorded", ""]
        lines += PlainTextWrap.lines("These areas have returns overdue or queried on \(list.asOf.fullDescription) "
            + "but no contact in areas.csv: add one (a name and an email address) so that they can be chased.")
        lines.append("")
        for item in list.withoutContact {
            let currency = grants.funder(item.funderID)?.currency ?? .gbp
            let why: String
            switch item.reason {
            case .overdue(let days): why = "overdue \(days) day\(days == 1 ? "" : "s")"
            case .queried(let query): why = "queried: \"\(query)\""
            }
            let held = item.amountHeld.map { "; held \($0.formatted(in: currency))" } ?? "; payment held"
            lines += PlainTextWrap.lines("\(item.area.name), \(item.year) \(item.quarter): \(why)\(held)", indent: "  ")
                .enumerated().map { $0.offset == 0 ? "- " + $0.element.dropFirst(2) : $0.element }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// A file name from a contact's name (else its address, else all of it): lower-case letters
    /// and digits joined by `-`, at most 40 characters (`Jo Bloggs` → `jo-bloggs`).
    static func slug(_ contact: String) -> String {
        var slug = ""
        for character in contact.lowercased() {
            if character.isASCII && (character.isLetter || character.isNumber) {
                slug.append(character)
            } else if !slug.isEmpty && slug.last != "-" {
                slug.append("-")
            }
            if slug.count >= 40 { break }
        }
        while slug.last == "-" { slug.removeLast() }
        return slug.isEmpty ? "contact" : slug
    }
}
