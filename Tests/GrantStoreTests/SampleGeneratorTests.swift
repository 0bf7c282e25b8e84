import Foundation
import GrantModel
import GrantStore
import Testing

/// `csdash generate`'s folders: the same bytes every time, and valid with nothing to warn about.
struct SampleGeneratorTests {
    /// Small enough to be quick, large enough for late, missing and carried returns, part_of,
    /// decisions and a funder with more than one area.
    private var small: SampleGenerator.Configuration {
        var configuration = SampleGenerator.Configuration()
        configuration.funders = 3
        configuration.areas = 17
        configuration.years = 3
        configuration.projectsPerAreaYear = 4
        configuration.seed = 7
        return configuration
    }

    private func folder(_ generator: SampleGenerator) throws -> DataFolderFixture {
        let fixture = try DataFolderFixture([], files: [:])
        for name in SampleGenerator.fileNames { try fixture.write(name, bytes: generator.file(name)) }
        return fixture
    }

    @Test func twoRunsGiveTheSameBytes() {
        let first = SampleGenerator(small), second = SampleGenerator(small)
        for name in SampleGenerator.fileNames {
            #expect(first.file(name) == second.file(name), "\(name) differs between two runs")
        }
    }

    @Test func anotherSeedGivesOtherFigures() {
        var other = small
        other.seed = 8
        #expect(SampleGenerator(small).file("returns.csv") != SampleGenerator(other).file("returns.csv"))
    }

    @Test func theFolderLoadsWithNoErrorAndNoWarning() throws {
        let fixture = try folder(SampleGenerator(small))
        let loaded = try fixture.load()
        #expect(loaded.diagnostics.isEmpty, "\(listing(loaded))")
        let grants = try #require(loaded.grants)
        #expect(grants.funders.count == 3)
        #expect(grants.areas.count == 17)
        #expect(Set(grants.areas.map(\.funderID)).count == 3, "every funder has an area")
        #expect(grants.allocations.count == 17 * 3)
        #expect(grants.returns.count == 17 * 3 * 4)
        #expect(grants.projects.count == 17 * 3 * 4)
        #expect(grants.decisions.count == 3)
        #expect(grants.reserves.count == 3)
        #expect(grants.areas.contains { $0.partOf != nil })
        #expect(grants.allocations.contains { $0.decisionRef != nil })
        let received = grants.returns.filter { $0.received != nil }
        #expect(received.count < grants.returns.count, "some returns are not received")
        #expect(received.allSatisfy { $0.received! <= small.dataDate })
        #expect(grants.areas.first?.name == SampleGenerator(small).firstAreaName)
    }

    @Test func lateReturnsAreAmongThem() throws {
        var larger = small
        larger.areas = 40
        let grants = try #require(try folder(SampleGenerator(larger)).load().grants)
        let statuses = grants.returnRows(asOf: larger.dataDate).map(\.status)
        #expect(statuses.contains { if case .late = $0 { return true } else { return false } })
        #expect(statuses.contains { if case .overdue = $0 { return true } else { return false } })
    }

    @Test func scaleMultipliesFundersAndAreas() throws {
        var scaled = small
        scaled.scale = 3
        let loaded = try folder(SampleGenerator(scaled)).load()
        #expect(loaded.diagnostics.isEmpty, "\(listing(loaded))")
        let grants = try #require(loaded.grants)
        #expect(grants.funders.count == 9)
        #expect(grants.areas.count == 51)
        #expect(grants.returns.count == 51 * 3 * 4)
    }

    @Test func configurationsThatCannotMakeAFolderAreNamed() {
        var tooFewAreas = small
        tooFewAreas.areas = 2
        #expect(tooFewAreas.problem != nil)
        var noYears = small
        noYears.years = 0
        #expect(noYears.problem != nil)
        #expect(small.problem == nil)
    }
}
