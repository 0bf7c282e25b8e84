import Foundation
import Testing
import GrantModel
@testable import Dashboard

/// Every view at 80x24, 120x40 and 200x60, on sample-data and on a folder of long names and
/// eight years, compared with checked-in text; on each, no figure is cut and `→` reaches every
/// column.
@Suite struct EveryViewSnapshotTests {
    static let sizes: [(Int, Int)] = [(80, 24), (120, 40), (200, 60)]

    /// The keys that open each view from the first screen, per folder. Sample-data's projects
    /// are of 2015/16 and its decisions West Mercia's.
    static let sampleViews: [(String, [Event])] = [
        ("overview", []),
        ("outstanding", Fixtures.keys(.character("2"))),
        ("board", Fixtures.keys(.character("3"))),
        ("years", Fixtures.keys(.character("4"))),
        ("themes", Fixtures.keys(.character("["), .character("5"))),
        ("decisions", Fixtures.keys(.character("f"), .character("6"))),
        ("detail-solihull", Fixtures.keys(.character("/")) + Fixtures.typing("solihull") + Fixtures.keys(.enter, .enter)),
        ("form", Fixtures.keys(.character("/")) + Fixtures.typing("solihull") + Fixtures.keys(.enter, .enter, .character("e"))),
        ("help", Fixtures.keys(.character("?"))),
    ]

    static let longViews: [(String, [Event])] = [
        ("overview", []),
        ("outstanding", Fixtures.keys(.character("2"))),
        ("outstanding-all", Fixtures.keys(.character("2"), .character("a"))),
        ("board", Fixtures.keys(.character("3"))),
        ("years", Fixtures.keys(.character("4"))),
        ("themes", Fixtures.keys(.character("5"))),
        ("decisions", Fixtures.keys(.character("6"))),
        ("detail", Fixtures.keys(.enter)),
        ("form", Fixtures.keys(.enter, .character("e"))),
    ]

    static let cases: [(String, Int, Int)] = sizes.flatMap { size in
        sampleViews.map { ("sample/" + $0.0, size.0, size.1) } + longViews.map { ("long/" + $0.0, size.0, size.1) }
    }

    static func state(_ name: String, width: Int, height: Int) -> DashboardState {
        let parts = name.split(separator: "/").map(String.init)
        let isSample = parts[0] == "sample"
        let start = isSample ? Fixtures.state(width: width, height: height) : LongNames.state(width: width, height: height)
        let keys = (isSample ? sampleViews : longViews).first { $0.0 == parts[1] }!.1
        return Fixtures.after(start, keys).0
    }

    static func snapshotName(_ name: String, _ width: Int, _ height: Int) -> String {
        let parts = name.split(separator: "/").map(String.init)
        return (parts[0] == "sample" ? "" : "long-") + "\(parts[1])-\(width)x\(height)"
    }

    @Test(arguments: cases) func everyView(name: String, width: Int, height: Int) {
        let frame = render(Self.state(name, width: width, height: height))
        expectSnapshot(frame, named: Self.snapshotName(name, width, height))
        expectNoFigureCut(frame, "\(name) \(width)x\(height)")
    }

    /// Pressing `→` until nothing changes shows every column of every table once, never a cut
    /// figure, and ends with the last column in view; `←` comes all the way back.
    @Test(arguments: cases.filter { ["outstanding", "outstanding-all", "board", "years", "themes"].contains($0.0.split(separator: "/")[1]) })
    func rightReachesEveryColumn(name: String, width: Int, height: Int) throws {
        var state = Self.state(name, width: width, height: height)
        let first = render(state)
        for step in 0..<20 {
            let frame = render(state)
            expectNoFigureCut(frame, "\(name) \(width)x\(height) after \(step) →")
            let next = state.pressing(.right)
            if render(next) == frame { break }
            state = next
        }
        let last = render(state)
        let moreRight = last.lines.filter { $0.contains("columns ") && $0.trimmingTrailingSpaces().hasSuffix("→") }
        #expect(moreRight.isEmpty, "\(name): → reached the last column\(last.testDescription)")
        for _ in 0..<20 { state = state.pressing(.left) }
        #expect(render(state) == first, "\(name): ← comes back to the first columns")
    }
}

/// Fails when a money figure on screen is cut: every `£` amount must be whole (`£1,873,187`,
/// `£16,913,578.07`), not `£250,` or `£1,63` or followed by an ellipsis.
func expectNoFigureCut(_ frame: Frame, _ context: String, sourceLocation: SourceLocation = #_sourceLocation) {
    // A comma or point inside an amount is followed by a digit; one followed by a space and more
    // text is punctuation (`£250,000, 2022/23`); any other is where the amount was cut.
    let amount = /£[0-9](?:[0-9]|[,.](?=[0-9]))*(?:[,.](?! \S))?…?/
    let whole = /£[0-9]{1,3}(,[0-9]{3})*(\.[0-9]{2})?/
    for (row, line) in frame.lines.enumerated() {
        for match in line.matches(of: amount) {
            let text = String(match.output)
            #expect(text.wholeMatch(of: whole) != nil, "\(context): \(text) on row \(row) is cut\(frame.testDescription)",
                    sourceLocation: sourceLocation)
        }
    }
}
