import GrantModel

/// projects.csv as read: its projects, and what reading them found, each kind of problem for
/// `Validation` to report where it reports that kind for every file. Read whole from a table, or a
/// block at a time from the file (`ProjectRecords+Streaming.swift`) with the same findings, since
/// nine tenths of a national folder's bytes are projects.
struct ProjectRecords {
    var values = ProjectList()
    /// Each row's own problems, in file order.
    var rowProblems: [Diagnostic] = []
    var duplicateKeys: [Diagnostic] = []
    var unknownAreas: [Diagnostic] = []

    static let keyColumns = ["area_id", "year", "project_id"]

    @inline(__always)
    static func group(_ project: Project) -> Grants.AllocationKey {
        Grants.AllocationKey(areaID: project.areaID, year: project.year)
    }

    /// No projects.csv.
    init() {}

    /// Every row of `table` at once. `knownAreas`: areas.csv's area_ids (nil when it could not be
    /// read, and references into it are not checked). The projects' amounts are added to `amounts`.
    init(table: CSVTable, readers: RecordReaders, knownAreas: Set<String>?, amounts: inout AmountTotal) {
        let (records, problems) = LocatedRecords.read(table, readers.project)
        values = ProjectList(records.values)
        rowProblems = problems
        var checks = ProjectChecks(knownAreas: knownAreas, amounts: amounts)
        for index in records.indices { checks.check(records.values[index], records[index]) }
        if checks.mayShareKeys {
            var keys = ProjectChecks.references(knownAreas)
            keys.uniqueKeys(records.sharingKeys { KeyPair(group: ProjectRecords.group($0), item: $0.projectID) },
                            file: .projects, columns: ProjectRecords.keyColumns) {
                KeyPair(group: ProjectRecords.group($0), item: $0.projectID)
            }
            duplicateKeys = keys.diagnostics
        }
        unknownAreas = checks.references.diagnostics
        amounts = checks.amounts
    }
}

/// The checks of projects.csv made row by row, in file order, and what they found: carried from
/// one block of the file to the next, so that a file read in blocks is checked as if whole.
struct ProjectChecks {
    private(set) var references: CrossReferences
    private(set) var amounts: AmountTotal
    private var keys = GroupedUniqueKeys<Grants.AllocationKey, String>()
    private var knownArea: AreaID?
    /// True once a key may be shared (`GroupedUniqueKeys`): only a check of every key can tell.
    private(set) var mayShareKeys = false

    init(knownAreas: Set<String>?, amounts: AmountTotal) {
        references = ProjectChecks.references(knownAreas)
        self.amounts = amounts
    }

    /// The checks of references from projects.csv: into areas.csv only.
    static func references(_ knownAreas: Set<String>?) -> CrossReferences {
        CrossReferences(funderIDs: nil, areaIDs: knownAreas, decisionRefs: nil, hasDecisionsFile: false)
    }

    /// The next project read, and its row (made only when a check has something to say).
    @inline(__always)
    mutating func check(_ project: Project, _ located: @autoclosure () -> Located<Project>) {
        if !mayShareKeys && !keys.add(group: ProjectRecords.group(project), item: project.projectID) { mayShareKeys = true }
        references.area(inRun: &knownArea, project.areaID, located())
        amounts.add(located(), "budget", project.budget)
        amounts.add(located(), "spend", project.spend)
    }
}
