/// The 360Giving Data Standard's geoCodeType codelist (version 1.4.3): the code of each ONS
/// statistical entity, the first three characters of a GSS code (`E08000025` is an `E08`, a
/// metropolitan district: `MD`). The test fixtures hold the codelist itself, and a test keeps this
/// table equal to it.
public enum GeoCodeType {
    /// GSS codes: a country letter and eight digits, `E08000025`.
    public static func isGSSCode(_ text: String) -> Bool {
        let scalars = Array(text.unicodeScalars)
        guard scalars.count == 9, "EWSNKLM".unicodeScalars.contains(scalars[0]) else { return false }
        return scalars.dropFirst().allSatisfy { ("0"..."9").contains($0) }
    }

    /// The codelist's code for `geoCode`'s entity, or nil when the codelist has none.
    public static func of(_ geoCode: String) -> String? {
        byEntity[String(geoCode.prefix(3))]
    }

    public static let byEntity: [String: String] = [
        "E00": "OA",
        "E01": "LSOA",
        "E02": "MSOA",
        "E04": "PAR",
        "E05": "WD",
        "E06": "UA",
        "E07": "NMD",
        "E08": "MD",
        "E09": "LONB",
        "E10": "CTY",
        "E12": "RGN/GOR",
        "E14": "WPC",
        "E15": "EER",
        "E21": "CANNET",
        "E22": "CSP",
        "E23": "PFA",
        "E25": "PUA",
        "E26": "NPARK",
        "E28": "REGD",
        "E29": "REGSD",
        "E30": "TTWA",
        "E31": "FRA",
        "E32": "LAC",
        "E33": "WZ",
        "E36": "CMWD",
        "E37": "LEP",
        "E38": "CCG",
        "E39": "NHSAT",
        "E41": "CMLAD",
        "E42": "CMCTY",
        "N00": "SA",
        "N06": "WPC",
        "S00": "OA",
        "S01": "DZ",
        "S02": "IG",
        "S03": "CHP",
        "S05": "ROA - CPP",
        "S06": "ROA - Local",
        "S08": "HB",
        "S12": "CA",
        "S13": "WD",
        "S14": "WPC",
        "S16": "SPC",
        "S22": "TTWA",
        "W00": "OA",
        "W01": "LSOA",
        "W02": "MSOA",
        "W03": "USOA",
        "W04": "COM",
        "W05": "WD",
        "W06": "UA",
        "W07": "WPC",
        "W09": "NAWC",
        "W14": "CDRP",
        "W20": "REGD",
        "W21": "REGSD",
        "W22": "TTWA",
        "W30": "AgricSmall",
        "W33": "CFA",
        "W35": "WZ",
        "W39": "CMWD",
        "W40": "CMLAD",
        "W41": "CMCTY",
    ]
}
