import Testing
import GrantModel

/// `ProjectList` keeps projects in 72 bytes a row instead of 112; every project must come back
/// exactly as it went in, and the lookups by area and year built on its runs must find them all.
@Suite struct ProjectListTests {
    let year = fy("2016/17")

    /// Projects of two areas and two years, one area-year in two runs, with and without spend and notes.
    var projects: [Project] {
        [Project(areaID: "bham", year: year, projectID: "p1", title: "Domestic homicide reviews", theme: "Domestic abuse",
                 budget: gbp(9), spend: gbp(4), notes: "seed 002 para 16"),
         Project(areaID: "bham", year: year, projectID: "p2", title: "Youth diversion", theme: "Youth", budget: gbp(1)),
         Project(areaID: "solihull", year: year, projectID: "p1", title: "CCTV", theme: "Community", budget: gbp(3), spend: .zero),
         Project(areaID: "bham", year: year.next, projectID: "p1", title: "Youth diversion", theme: "Youth", budget: gbp(2), notes: "next year"),
         Project(areaID: "bham", year: year, projectID: "p3", title: "Late addition", theme: "Youth", budget: gbp(5), spend: gbp(5))]
    }

    @Test func everyProjectComesBackAsItWentIn() {
        let list = ProjectList(projects)
        #expect(Array(list) == projects)
        #expect(list.count == 5 && list[2].spend == .zero && list[1].spend == nil)
        #expect(list.map(\.notes) == ["seed 002 para 16", "", "", "next year", ""])
        #expect(list == ProjectList(projects))
        #expect(list != ProjectList(projects.dropLast()))
    }

    @Test func projectsMovedInAreThoseCopiedIn() {
        let buffer = UnsafeMutableBufferPointer<Project>.allocate(capacity: projects.count)
        _ = buffer.initialize(from: projects)
        var moved = ProjectList()
        moved.append(moving: UnsafeMutableBufferPointer(rebasing: buffer[..<3]))
        moved.append(moving: UnsafeMutableBufferPointer(rebasing: buffer[3...]))
        buffer.deallocate()
        #expect(moved == ProjectList(projects))
        #expect(Array(moved) == projects)
    }

    @Test func runsFollowTheFileAndMayRepeatAnAreaYear() {
        let runs = ProjectList(projects).runs
        #expect(runs.map(\.key.areaID) == ["bham", "solihull", "bham", "bham"])
        #expect(runs.map(\.rows) == [0..<2, 2..<3, 3..<4, 4..<5])
        #expect(ProjectList().runs.isEmpty)
    }

    @Test func anAreaYearsProjectsAreFoundInFileOrderAcrossItsRuns() {
        let grants = Grants(funders: [Funder(id: "wm", name: "West Midlands", returnDueDays: 30)],
                            areas: [Area(id: "bham", funderID: "wm", name: "Birmingham"),
                                    Area(id: "solihull", funderID: "wm", name: "Solihull")],
                            allocations: [Allocation(areaID: "bham", year: year, allocation: gbp(100)),
                                          Allocation(areaID: "solihull", year: year, allocation: gbp(100))],
                            returns: [], projects: projects)
        #expect(grants.projects(for: "bham", in: year).map(\.projectID) == ["p1", "p2", "p3"])
        #expect(grants.projects(for: "bham", in: year.next).map(\.budget) == [gbp(2)])
        #expect(grants.projects(for: "solihull", in: year.next).isEmpty)

        // The themes read the funder's runs, not every project: the same summary as reading all.
        let (themes, areas) = grants.themes(for: "wm", in: year)
        #expect(areas == 2)
        #expect(themes.map(\.theme) == ["Domestic abuse", "Youth", "Community"])
        let youth = themes.first { $0.theme == "Youth" }
        #expect(youth?.budget == gbp(6) && youth?.projectCount == 2 && youth?.spend == nil)
        #expect(themes.first { $0.theme == "Community" }?.areaIDs == ["solihull"])
    }
}
