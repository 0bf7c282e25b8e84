import GrantModel

// Beside the workbook reader: a build of the store without OfficeOpenXML (the fuzzer's) leaves
// this folder out, and with it the reading of import files.
extension ReturnFile {
    /// The edits the file asks for, or every problem in it (each at the file's own line and
    /// column, or a workbook's sheet and cell). Only the columns the file has are changed; a file
    /// without `notes` leaves notes alone, and one without `received` may correct the figures of
    /// a return already received. A column returns.csv does not have is ignored, with a warning
    /// in `warnings`. A received date after `today` (the real date) is refused.
    public static func edits(from path: String, for grants: Grants, today: Day,
                             warnings: inout [Diagnostic]) throws(WriteError) -> [ReturnEdit] {
        let source = try ReturnSource.read(path, warnings: &warnings)
        if let empty = source.workbook?.emptyFormProblem { throw .invalid([empty]) }
        let formProblems = source.workbook?.formProblems(in: grants) ?? []
        var found: [Diagnostic] = []
        defer { warnings += found.map(source.locate) }
        do throws(WriteError) {
            let edits = try edits(in: source.table, for: grants, today: today, warnings: &found)
            if !formProblems.isEmpty { throw .invalid([]) }
            return edits
        } catch {
            guard case .invalid(let problems) = error else { throw error }
            throw .invalid(formProblems + problems.map(source.locate))
        }
    }
}
