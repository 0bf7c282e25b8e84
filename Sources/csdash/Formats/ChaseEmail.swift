import Foundation
import GrantModel

/// A chase letter as an unsent email message (RFC 5322, `.eml`): mail clients open it as a draft
/// (`X-Unsent: 1` for Outlook) with the recipient and subject filled in, ready to send.
enum ChaseEmail {
    static func message(_ text: ChaseLetterText) -> [UInt8] {
        var headers: [String] = []
        if let address = text.letter.emailAddress { headers.append("To: \(address)") }
        headers += [
            "Subject: \(encodedHeader(text.subject))",
            "X-Unsent: 1",
            "MIME-Version: 1.0",
            "Content-Type: text/plain; charset=utf-8",
            "Content-Transfer-Encoding: 8bit",
        ]
        // Mail's lines end in CRLF; the body's own lines are at most 72 characters, well inside 998.
        let body = text.body.split(separator: "\n", omittingEmptySubsequences: false).joined(separator: "\r\n")
        return Array((headers.joined(separator: "\r\n") + "\r\n\r\n" + body).utf8)
    }

    /// A header value as it is when it is plain ASCII, else one RFC 2047 encoded word per
    /// 45 bytes of UTF-8 (each under the 75-character limit), cut between characters.
    static func encodedHeader(_ value: String) -> String {
        guard value.unicodeScalars.contains(where: { !$0.isASCII || $0.value < 0x20 }) else { return value }
        var words: [String] = []
        var chunk: [UInt8] = []
        for character in value {
            let bytes = Array(String(character).utf8)
            if chunk.count + bytes.count > 45 {
                words.append("=?UTF-8?B?\(Data(chunk).base64EncodedString())?=")
                chunk = []
            }
            chunk += bytes
        }
        if !chunk.isEmpty { words.append("=?UTF-8?B?\(Data(chunk).base64EncodedString())?=") }
        return words.joined(separator: "\r\n ")
    }
}
