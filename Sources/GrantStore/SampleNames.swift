import GrantModel

/// Place names, activities and themes for `SampleGenerator`: made up, but shaped like the real ones.
/// Its random numbers and its CSV writer follow.
enum SampleNames {
    private static let prefixes = ["Ash", "Bar", "Brook", "Cal", "Dun", "Elm", "Fair", "Glen", "Hart", "Hol",
                                   "Kings", "Lang", "Mill", "North", "Oak", "Pen", "Red", "Rother", "South",
                                   "Stan", "Thorn", "Wes", "Whit", "Wood"]
    private static let roots = ["bury", "by", "chester", "dale", "field", "ford", "ham", "hampton", "hurst",
                                "ley", "mere", "minster", "moor", "port", "stead", "stow", "ton", "well",
                                "wick", "worth"]
    private static let suffixes = ["", " Vale", " Heath", " Green", " Cross", " on Sea", " Magna", " Parva",
                                   " St Mary", " Marsh"]

    /// A distinct name for each index (`salt` picks another order of the same names). The first
    /// 480 have no suffix; past 4,800 a number keeps them distinct.
    static func place(_ index: Int, salt: Int) -> String {
        let combinations = prefixes.count * roots.count
        // 77 is coprime with 480, so this visits every prefix and root once in each run of 480.
        let base = (index % combinations * 77 + salt * 101) % combinations
        let suffix = index / combinations
        let name = prefixes[base % prefixes.count] + roots[base / prefixes.count] + suffixes[suffix % suffixes.count]
        return suffix < suffixes.count ? name : name + " \(suffix / suffixes.count + 1)"
    }

    /// `Kingsford on Sea` → `kingsford-on-sea`.
    static func slug(_ name: String) -> String {
        String(name.lowercased().map { $0 == " " ? "-" : $0 })
    }

    static let activities: [(title: String, theme: String)] = [
        ("Domestic abuse outreach", "Domestic Abuse"),
        ("Independent domestic violence advisers", "Domestic Abuse"),
        ("Domestic homicide review", "Domestic Homicide Reviews"),
        ("Drug and alcohol treatment referrals", "Substance misuse"),
        ("Youth diversion programme", "Youth offending / offender management / youth violence"),
        ("Integrated offender management", "Reducing Reoffending"),
        ("Knife crime education in schools", "Violence Prevention"),
        ("Street pastors", "Violence Prevention"),
        ("Victim support caseworkers", "Reducing Victimisation"),
        ("Anti-social behaviour case reviews", "Anti-social behaviour"),
        ("Hate crime reporting centres", "Hate crime"),
        ("Child exploitation awareness", "Exploitation"),
        ("Modern slavery partnership", "Exploitation"),
        ("Neighbourhood watch support", "Community engagement"),
        ("CCTV upgrade", "Community engagement"),
        ("Road safety speed watch", "Road safety"),
    ]
}

/// SplitMix64 over the seed and a record's indices: a stateless, portable source of numbers.
enum SampleRandom {
    static func value(_ seed: UInt64, _ tag: UInt64, _ parts: Int...) -> UInt64 {
        var state = mix(seed &+ 0x9E37_79B9_7F4A_7C15 &* (tag &+ 1))
        for part in parts { state = mix(state ^ UInt64(bitPattern: Int64(part))) }
        return state
    }

    private static func mix(_ input: UInt64) -> UInt64 {
        var z = input &+ 0x9E37_79B9_7F4A_7C15
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
