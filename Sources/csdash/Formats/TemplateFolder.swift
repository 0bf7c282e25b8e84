import ArgumentParser
import GrantModel
import GrantStore

/// `template --all`: a form per return into a new folder, written all at once or not at all
/// (`OutputFolder`), each file named for the area, year and quarter so that it can be attached to
/// an email as it is: `solihull-2016-17-Q2.xlsx`.
struct TemplateFolder {
    var keys: [Grants.ReturnKey]
    var grants: Grants
    var asOf: Day

    func write(to folder: String) throws {
        var files: [(name: String, bytes: [UInt8])] = []
        var lines: [String] = []
        for key in keys {
            let form = try Template.form(for: key, in: grants, asOf: asOf)
            let name = TemplateFolder.fileName(key, unlike: files.map(\.name))
            do {
                files.append((name, try form.document().xlsx(file: DataFolder.filePath(folder, name))))
            } catch {
                printError(error.description)
                throw ExitCode(ExitStatus.dataError)
            }
            let status = ReturnStatus(year: key.year, quarter: key.quarter, dueDays: form.funder.returnDueDays,
                                      received: nil, asOf: asOf)
            lines.append("\(DataFolder.filePath(folder, name)): \(form.area.name.terminalSafe) \(key.year) \(key.quarter), \(TemplateFolder.describe(status))")
        }
        do {
            try OutputFolder.create(folder, files: files)
        } catch {
            printError(error.description)
            throw error.exitCode
        }
        print(lines.joined(separator: "\n"))
        print("\(files.count) return form\(files.count == 1 ? "" : "s") written to \(folder)")
    }

    /// `solihull-2016-17-Q2.xlsx`: the area_id with anything but letters, digits, `-`, `_` and `.`
    /// replaced, so that every mail client and file system takes it.
    static func fileName(_ key: Grants.ReturnKey, unlike taken: [String]) -> String {
        let area = String(key.areaID.map { $0.isASCII && ($0.isLetter || $0.isNumber || "-_.".contains($0)) ? $0 : "-" })
        let year = "\(key.year)".replacingOccurrences(of: "/", with: "-")
        var name = "\(area)-\(year)-\(key.quarter).xlsx", number = 2
        while taken.contains(name) {
            name = "\(area)-\(number)-\(year)-\(key.quarter).xlsx"
            number += 1
        }
        return name
    }

    static func describe(_ status: ReturnStatus) -> String {
        switch status {
        case .overdue(let days): return "overdue \(days) day\(days == 1 ? "" : "s")"
        case .due: return "due"
        default: return "coming (not due yet)"
        }
    }
}
