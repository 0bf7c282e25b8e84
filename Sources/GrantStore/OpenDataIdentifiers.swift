import GrantModel

/// The optional identifiers that the 360Giving export uses (`org_id`, `prefix_360g`, `geo_code`):
/// each checked for its form here, so that an export never carries one a validator would refuse.
extension RowReader {
    /// An org-id.guide identifier: a list code (`GB-LAE`: two letters, a hyphen, letters or
    /// digits), a hyphen, and the organisation's identifier in that list, with no spaces.
    mutating func orgID(_ column: String) -> String? {
        let value = text(column)
        guard !value.isEmpty else { return nil }
        let parts = value.split(separator: "-", maxSplits: 2, omittingEmptySubsequences: false)
        let isOrgID = parts.count == 3 && parts[0].count == 2 && parts[0].allSatisfy(\.isASCIIUppercaseLetter)
            && !parts[1].isEmpty && parts[1].allSatisfy { $0.isASCIIUppercaseLetter || $0.isASCIIDigit }
            && !parts[2].isEmpty && parts[2].allSatisfy(\.isIdentifierCharacter)
        guard isOrgID else {
            fail(column, "\(column) \(quoted(value)) is not an org-id.guide identifier: write the list's code, a hyphen and the organisation's number or code in that list, with no spaces (GB-LAE-BIR for Birmingham City Council, GB-CHC-1234567 for a charity), or leave it empty")
            return nil
        }
        return value
    }

    /// A 360Giving prefix: `360G-` and the funder's registered name (letters, digits, `-`, `_`,
    /// `.`), not ending in a hyphen, since the grant's own key follows one.
    mutating func prefix360G(_ column: String) -> String? {
        let value = text(column)
        guard !value.isEmpty else { return nil }
        let name = value.dropFirst(5)
        guard value.hasPrefix("360G-"), !name.isEmpty, name.last != "-",
              name.allSatisfy({ $0.isIdentifierCharacter && $0 != "/" }) else {
            fail(column, "\(column) \(quoted(value)) is not a 360Giving prefix: write the prefix 360Giving registered for the funder, 360G- and a name of letters, digits, hyphens, dots or underscores (360G-wmpcc), or leave it empty")
            return nil
        }
        return value
    }

    /// An ONS (GSS) code: a country letter and eight digits (`E08000025`). `warns`: say when the
    /// 360Giving codelist has no type for its entity, so the export writes it without one.
    mutating func geoCode(_ column: String, warns: Bool) -> String? {
        let value = text(column)
        guard !value.isEmpty else { return nil }
        guard GeoCodeType.isGSSCode(value) else {
            fail(column, "\(column) \(quoted(value)) is not an ONS code: write a letter and eight digits, as E08000025 (Birmingham) or E22000001 (a Community Safety Partnership), or leave it empty")
            return nil
        }
        if warns && GeoCodeType.of(value) == nil {
            warn(column, "\(column) \(quoted(value)) is an ONS code of entity \(value.prefix(3)), which the 360Giving geoCodeType codelist does not list: csdash export writes it without a geoCodeType")
        }
        return value
    }
}

extension Character {
    fileprivate var isASCIIUppercaseLetter: Bool { ("A"..."Z").contains(self) }
    fileprivate var isASCIIDigit: Bool { ("0"..."9").contains(self) }
    /// What an identifier may hold: ASCII letters, digits, `-`, `_`, `.` and `/` (a charity's
    /// sub-number, `GB-SC-SC012345/1`, is rare, but real).
    fileprivate var isIdentifierCharacter: Bool {
        isASCII && (isLetter || isNumber || self == "-" || self == "_" || self == "." || self == "/")
    }
}
