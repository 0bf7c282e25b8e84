import Foundation
import Testing

/// Sorting by % spend and showing only the areas with a payment held, in the real binary at 80x24.
@Suite(.serialized, .enabled(if: tmuxExecutable != nil, "tmux is not installed"))
struct SortAndFilterEndToEndTests {
    @Test func sortBySpendAndShowOnlyPaymentHeldAt80x24() async throws {
        let dashboard = try TmuxDashboard(DashboardEndToEndTests.sample, width: 80, height: 24)
        defer { dashboard.close() }
        try await dashboard.waitFor("Birmingham CC", "Coventry CC")

        try dashboard.press("s")
        try await dashboard.waitFor("sorted by name")
        try dashboard.press("s")
        try await dashboard.waitFor("% spend ↓")
        // The largest % spend first: Solihull's 62% (its Q1 figures) before Birmingham's 27%.
        let sorted = try await dashboard.waitForScreen("Solihull's pane first") { screen in
            guard let solihull = screen.range(of: "Solihull MBC") else { return false }
            return screen.range(of: "Birmingham CC").map { solihull.lowerBound < $0.lowerBound } ?? true
        }
        #expect(sorted.contains("Solihull MBC"))

        try dashboard.press("O")
        try await dashboard.waitFor("behind profile")
        try dashboard.press("O")
        let held = try await dashboard.waitFor("1 of 7: payment held", "Solihull MBC", "PAYMENT HELD")
        #expect(!held.contains("Coventry CC"), "\(held)")
        #expect(held.split(separator: "\n").first?.contains("% spend ↓") == true, "\(held)")

        try dashboard.press("Enter")
        try await dashboard.waitFor("Q2 report has not been received")
        try dashboard.press("q")
        #expect(try await dashboard.waitForExit() == 0)
    }
}
