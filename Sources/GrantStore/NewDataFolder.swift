/// The files of a new, empty data folder (`csdash init`): each data file with its header row,
/// required columns first, and no rows but the funder's, when one is given; and a README.md
/// explaining every column. All of it comes from `FileSchema`'s table.
public enum NewDataFolder {
    /// The funder's row of funders.csv, when `init` is given one.
    public struct FirstFunder: Sendable {
        public var id: String
        public var name: String
        public var currency: String
        public var returnDueDays: Int

        public init(id: String, name: String, currency: String, returnDueDays: Int) {
            self.id = id
            self.name = name
            self.currency = currency
            self.returnDueDays = returnDueDays
        }
    }

    public static let readmeName = "README.md"

    public static func files(funder: FirstFunder?) -> [(name: String, bytes: [UInt8])] {
        var files: [(name: String, bytes: [UInt8])] = FileSchema.all.map { schema in
            var writer = CSVWriter()
            writer.row(schema.columns)
            if schema.fileName == FileSchema.funders.fileName, let funder {
                let values = ["funder_id": funder.id, "name": funder.name, "currency": funder.currency,
                              "return_due_days": "\(funder.returnDueDays)"]
                writer.row(schema.columns.map { values[$0] ?? "" })
            }
            return (schema.fileName, writer.bytes)
        }
        files.append((readmeName, Array(readme.utf8)))
        return files
    }

    /// What the folder holds and how to fill it, then every file's columns with an example each.
    public static var readme: String {
        var text = """
        # A csdash data folder

        Each `.csv` file here is a table with a header row; add one row per record below it, in a
        spreadsheet or a text editor (save as CSV, UTF-8). Columns may be in any order; the names
        must stay exactly as they are. Money is written `1873187`, `1873187.50` or `£1,873,187`;
        dates `2016-12-06` (or `06/12/2016`); financial years `2016/17`; quarters `Q1` to `Q4`.

        ## Filling it in

        1. **funders.csv**: one row per funder (`csdash init DIR --funder ID --name NAME` writes it).
        2. **areas.csv**: one row per area the funder pays. Type these rows yourself: no command adds areas.
        3. **allocations.csv**: each area's allocation for the year. Type the first year's rows yourself;
           `csdash rollover DIR --from 2016/17 --allocation-from 2016/17` proposes the next year's.
        4. **returns.csv**: each quarter's monitoring return, written by
           `csdash record DIR --area A --year Y --quarter Q --received D --planned X --spend Y`.
        5. `csdash check DIR` says what is still missing or wrong; `csdash DIR` opens the dashboard.

        The files marked *optional* may be left with their header only, or deleted.

        """
        for schema in FileSchema.all {
            text += "\n## \(schema.fileName)\(schema.mayBeAbsent ? " (optional)" : "")\n\n"
            text += "\(schema.rowMeaning.prefix(1).uppercased() + schema.rowMeaning.dropFirst()).\n\n"
            text += "| column | | what it holds | example |\n|---|---|---|---|\n"
            for (column, isRequired) in schema.requiredColumns.map({ ($0, true) }) + schema.optionalColumns.map({ ($0, false) }) {
                text += "| `\(column.name)` | \(isRequired ? "required" : "optional") | \(column.meaning) | `\(column.example)` |\n"
            }
        }
        return text
    }
}
