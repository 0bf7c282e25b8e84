import GrantModel

/// Shorthands for building domain values in tests. They trap on bad input, which is itself a test failure.

/// `d("2016-12-06")`
public func d(_ text: String) -> Day {
    guard case .success(let day) = Day.parse(text) else { fatalError("bad test day \(text)") }
    return day
}

/// `fy("2016/17")`
public func fy(_ text: String) -> FinancialYear {
    guard case .success(let year) = FinancialYear.parse(text) else { fatalError("bad test year \(text)") }
    return year
}
