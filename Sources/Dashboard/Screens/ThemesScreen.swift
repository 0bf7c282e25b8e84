import Cells
import GrantModel

/// Spending themes across areas for the selected year (from projects.csv), then each area's
/// costed plan by priority: theme, activity, cost (the shape of Appendix A of Wolverhampton's Cabinet (Resources) Panel report of 28 February 2017).
enum ThemesScreen {
    static func document(_ state: DashboardState, width: Int, columnOffset: Int) -> Document {
        guard let grants = state.grants, let funder = state.funder else { return Document() }
        let glyphs = state.glyphs, currency = funder.currency
        let (themes, areaCount) = grants.themes(for: funder.id, in: state.year)
        let lines: [[Span]] = [[Span("Themes, \(state.year): \(glyphs.text(funder.name))", Style(.title, bold: true))], []]
        guard !themes.isEmpty else {
            if state.isReading(FolderContents.projectsFile) {
                return Document(lines + [[Span("Reading projects.csv\(glyphs.ellipsis)", Style(.dim))]])
            }
            return Document(lines + [[Span("No projects recorded for \(state.year) (projects.csv).", Style(.dim))]])
        }
        let rows = themes.map { theme -> [Span] in
            let names = theme.areaIDs.compactMap { grants.area($0)?.name }.map(glyphs.text).joined(separator: ", ")
            return [Span(glyphs.text(theme.theme), Style(.header, bold: true)), Span("\(theme.areaIDs.count)/\(areaCount)"),
                    Span(glyphs.money(theme.budget, currency), Style(.header, bold: true)), Span("\(theme.projectCount)"),
                    Span(names, Style(.dim))]
        }
        var document = Document(lines)
        document.append(DocumentScreen.table(headers: [("Theme", false), ("Areas", true), ("Budget", true), ("Projects", true), ("Funded by", false)],
                                             rows: rows, shrinking: [0, 4], glyphs: glyphs), width: width, offset: columnOffset)
        for area in grants.allocatedAreas(of: funder.id, in: state.year) {
            let projects = grants.projects(for: area.id, in: state.year)
            guard !projects.isEmpty else { continue }
            document.lines += [[], [Span("Costed plan: \(glyphs.text(area.name))", Style(.title, bold: true)),
                           Span("  \(glyphs.money(projects.map(\.budget).sum(), currency)) in \(projects.count) activities", Style(.dim))]]
            let ordered = projects.sorted { $0.theme != $1.theme ? $0.theme < $1.theme : $0.projectID < $1.projectID }
            let rows = ordered.map { project -> [Span] in
                [Span(glyphs.text(project.theme)), Span(glyphs.text(project.title)), Span(glyphs.money(project.budget, currency)),
                 Span(project.spend.map { glyphs.money($0, currency) } ?? "", Style(.dim))]
            }
            document.append(DocumentScreen.table(headers: [("Priority", false), ("Activity", false), ("Cost", true), ("Spent", true)],
                                                 rows: rows, shrinking: [0, 1], glyphs: glyphs), width: width, offset: columnOffset)
        }
        return document
    }
}
