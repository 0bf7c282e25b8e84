import GrantModel

/// projects.csv as read: its projects, and what reading them found, each kind of problem for
/// `Validation` to report where it reports that kind for every file. Read whole from a table, or a
/// piece at a time from the file (`ProjectRecords+Pieces.swift`) with the same findings, since
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
        var keys = ProjectRecords.checks(knownAreas), areas = ProjectRecords.checks(knownAreas)
        keys.uniqueKeys(records.sharingKeys(group: ProjectRecords.group, item: \.projectID), file: .projects,
                        columns: ProjectRecords.keyColumns) { KeyPair(group: ProjectRecords.group($0), item: $0.projectID) }
        duplicateKeys = keys.diagnostics
        var knownArea: AreaID?
        for index in records.indices {
            areas.area(inRun: &knownArea, records.values[index].areaID, records[index])
            amounts.add(records[index], "budget", records.values[index].budget)
            amounts.add(records[index], "spend", records.values[index].spend)
        }
        unknownAreas = areas.diagnostics
    }

    /// The checks of references from projects.csv: into areas.csv only.
    static func checks(_ knownAreas: Set<String>?) -> CrossReferences {
        CrossReferences(funderIDs: nil, areaIDs: knownAreas, decisionRefs: nil, hasDecisionsFile: false)
    }
}
