/// The projects of a folder in file order, kept small: a national folder has 120,000 of them,
/// and a `Project` is 112 bytes. A row here is 72: the area and year are kept once for each run
/// of rows that share them (a file keeps an area-year's projects together), a missing spend is a
/// sentinel, and the rare note is kept aside. Reading an element makes the `Project` again.
public struct ProjectList: RandomAccessCollection, Equatable, Sendable {
    private var rows: [Row] = []
    /// Each run's area and year, and the row it starts at, in file order.
    private var runStarts: [RunStart] = []
    /// The notes that are not empty; a row's `note` is its index here plus one, 0 for none.
    private var notes: [String] = []

    private struct Row: Sendable {
        var projectID: String
        var title: String
        var theme: String
        var budget: Int64
        /// `Row.noSpend` when no spend is given.
        var spend: Int64
        var run: UInt32
        var note: UInt32

        /// Not a spend any folder can give: amounts are checked to add up to an eighth of Int64.max.
        static let noSpend = Int64.min
    }

    private struct RunStart: Sendable {
        var areaID: AreaID
        var year: FinancialYear
        var row: Int
    }

    public init() {}

    public init<Projects: Sequence>(_ projects: Projects) where Projects.Element == Project {
        append(contentsOf: projects)
    }

    public mutating func reserveCapacity(_ count: Int) {
        rows.reserveCapacity(count)
    }

    /// Moves the projects out of `projects` (left uninitialized, for the caller to deallocate):
    /// their texts change hands without a reference count going up and down for each.
    public mutating func append(moving projects: UnsafeMutableBufferPointer<Project>) {
        guard let base = projects.baseAddress else { return }
        for index in 0..<projects.count { append((base + index).move()) }
    }

    public mutating func append(_ project: consuming Project) {
        if let last = runStarts.last, last.areaID == project.areaID, last.year == project.year {
            // The same run: nothing to add.
        } else {
            runStarts.append(RunStart(areaID: project.areaID, year: project.year, row: rows.count))
        }
        var note: UInt32 = 0
        if !project.notes.isEmpty {
            notes.append(project.notes)
            note = UInt32(notes.count)
        }
        rows.append(Row(projectID: project.projectID, title: project.title, theme: project.theme,
                        budget: project.budget.pence, spend: project.spend?.pence ?? Row.noSpend,
                        run: UInt32(runStarts.count - 1), note: note))
    }

    public mutating func append<Projects: Sequence>(contentsOf projects: Projects) where Projects.Element == Project {
        for project in projects { append(project) }
    }

    public var startIndex: Int { 0 }
    public var endIndex: Int { rows.count }

    public subscript(position: Int) -> Project {
        let row = rows[position], run = runStarts[Int(row.run)]
        return Project(areaID: run.areaID, year: run.year, projectID: row.projectID, title: row.title, theme: row.theme,
                       budget: Money(pence: row.budget), spend: row.spend == Row.noSpend ? nil : Money(pence: row.spend),
                       notes: row.note == 0 ? "" : notes[Int(row.note) - 1])
    }

    /// The runs of rows sharing an area and year, in file order (an area-year may have several).
    public var runs: [(key: Grants.AllocationKey, rows: Range<Int>)] {
        runStarts.indices.map { index in
            let end = index + 1 < runStarts.count ? runStarts[index + 1].row : rows.count
            let start = runStarts[index]
            return (Grants.AllocationKey(areaID: start.areaID, year: start.year), start.row..<end)
        }
    }

    public static func == (lhs: ProjectList, rhs: ProjectList) -> Bool {
        lhs.elementsEqual(rhs)
    }
}
