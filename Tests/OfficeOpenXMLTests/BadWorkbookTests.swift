import Foundation
import OfficeOpenXML
import Testing

/// Files that are not workbooks csdash can read, each with the one error line it gets: never a
/// crash, never a hang, never a screen of noise.
@Suite struct BadWorkbookTests {
    private func error(_ bytes: [UInt8], limits: WorkbookLimits = .standard, sheet: Int? = 0) -> String? {
        do {
            var workbook = try Workbook.open(bytes: bytes, file: "bad.xlsx", limits: limits)
            if let sheet { _ = try workbook.worksheet(at: sheet) }
            return nil
        } catch {
            return error.description
        }
    }

    @Test func aRenamedCSV() {
        #expect(error(Array("area_id,year,quarter\nsolihull,2016/17,Q2\n".utf8))
            == "bad.xlsx: error: is a text file (a CSV renamed?), not an .xlsx workbook: give it a .csv name to import it as CSV, or save it from the spreadsheet as Excel Workbook (.xlsx)")
        #expect(error(Array("area_id,notes\nsolihull,\u{A3}5\n".utf8).map { $0 == 0xC2 ? 0x20 : $0 })?.contains("is a text file") == true,
                "Windows-1252 text too")
    }

    /// An encrypted .xlsx and an old .xls are both OLE compound files.
    @Test func aPasswordProtectedWorkbookOrAnOldXLS() {
        let compound: [UInt8] = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1] + [UInt8](repeating: 0, count: 504)
        #expect(error(compound)
            == "bad.xlsx: error: is password-protected or old .xls: csdash reads .xlsx workbooks without a password; in Excel, remove the password (File > Info > Protect Workbook) or save as Excel Workbook (.xlsx)")
    }

    @Test func somethingElseAltogether() throws {
        #expect(error([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00]) == "bad.xlsx: error: is not an .xlsx workbook (not a zip archive)")
        #expect(error([]) == "bad.xlsx: error: is empty, not an .xlsx workbook")
        let cut = try ZipFixture.workbook(sheets: [("Sheet1", "")]).prefix(200)
        #expect(error(Array(cut)) == "bad.xlsx: error: is not a readable .xlsx workbook: its zip archive is damaged or cut short")
        let word = try ZipFixture.archive([("word/document.xml", Array("<w:document/>".utf8))])
        #expect(error(word) == "bad.xlsx: error: is a Word document, not an .xlsx workbook")
    }

    @Test func missingParts() throws {
        let noWorkbook = try ZipFixture.workbook(sheets: [("Sheet1", "")], leaveOut: ["xl/workbook.xml"])
        #expect(error(noWorkbook) == "bad.xlsx: error: is a zip archive without a workbook part (xl/workbook.xml): not an .xlsx workbook")
        let noSheet = try ZipFixture.workbook(sheets: [("Sheet1", "")], leaveOut: ["xl/worksheets/sheet1.xml"])
        #expect(error(noSheet) == "bad.xlsx:Sheet1: error: has no part xl/worksheets/sheet1.xml in the file: the workbook is damaged")
        let noLinks = try ZipFixture.workbook(sheets: [("Sheet1", "")], leaveOut: ["xl/_rels/workbook.xml.rels"])
        #expect(error(noLinks) == "bad.xlsx:Sheet1: error: is listed in the workbook but has no part: the workbook is damaged")
    }

    @Test func brokenXMLAndBrokenCells() throws {
        let broken = try ZipFixture.workbook(sheets: [("Sheet1", "<row r=\"1\"><c r=\"A1\"><v>1</v></row>")])
        #expect(error(broken) == "bad.xlsx:Sheet1: error: is not well-formed XML: its part closes <c> with </row> (line 2)")
        let missingString = try ZipFixture.workbook(sheets: [("Sheet1", "<row r=\"7\"><c r=\"C7\" t=\"s\"><v>9</v></c></row>")], sharedStrings: ["a"])
        #expect(error(missingString) == "bad.xlsx:Sheet1!C7: error: refers to shared string \"9\", which the workbook does not have")
        let leapDay = try ZipFixture.workbook(sheets: [("Sheet1", "<row r=\"2\"><c r=\"B2\" s=\"2\"><v>60</v></c></row>")], styles: ZipFixture.excelStyles)
        #expect(error(leapDay) == "bad.xlsx:Sheet1!B2: error: is a date cell holding 60, which is 29 February 1900, a day that never was (Excel's 1900 leap-year error)")
        let notANumber = try ZipFixture.workbook(sheets: [("My sheet", "<row r=\"2\"><c r=\"B2\"><v>lots</v></c></row>")])
        #expect(error(notANumber) == "bad.xlsx:'My sheet'!B2: error: is a number cell holding \"lots\", which is no number")
        let badReference = try ZipFixture.workbook(sheets: [("Sheet1", "<row r=\"2\"><c r=\"XFE2\"><v>1</v></c></row>")])
        #expect(error(badReference) == "bad.xlsx:Sheet1: error: has a cell named \"XFE2\", which is no cell reference")
    }

    /// A part that declares more than the limit, and one that declares little and inflates to
    /// more (a lying header): both stop at the limit, with the same kind of message.
    @Test func aZipBomb() throws {
        let zeros = "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>" + String(repeating: " ", count: 3 << 20) + "</t></is></c></row>"
        let bomb = try ZipFixture.workbook(sheets: [("Sheet1", zeros)])
        #expect(bomb.count < 64 << 10, "3 MiB of spaces deflate to a few kilobytes")
        let limits = WorkbookLimits(partBytes: 1 << 20)
        #expect(error(bomb, limits: limits)
            == "bad.xlsx: error: has a part xl/worksheets/sheet1.xml that declares more than csdash reads (1 MiB for one part): a zip bomb, or not a return")
        let lying = try Self.declaringSize(100, of: "xl/worksheets/sheet1.xml", in: bomb)
        #expect(error(lying, limits: limits)
            == "bad.xlsx: error: has a part xl/worksheets/sheet1.xml that inflates to more than csdash reads (1 MiB for one part): a zip bomb, or not a return")
        #expect(error(lying)?.contains("do not match its checksum or size") == true, "within the limit, the lie is found out")
        let total = WorkbookLimits(partBytes: 4 << 20, totalBytes: 2 << 20)
        #expect(error(bomb, limits: total)?.contains("(2 MiB for the whole workbook)") == true)
    }

    /// A sheet of a million rows (rows and cells without references, as the format allows)
    /// stops at the limit on rows: the rest is never read.
    @Test func aMillionRows() throws {
        let data = String(repeating: "<row><c><v>1</v></c></row>", count: 1_000_000)
        let huge = try ZipFixture.workbook(sheets: [("Sheet1", data)])
        #expect(error(huge) == "bad.xlsx:Sheet1: error: has more than 100000 rows with values, more than csdash reads of a sheet")
        let few = WorkbookLimits(cells: 10)
        #expect(error(huge, limits: few) == "bad.xlsx:Sheet1: error: has more than 10 cells with values, more than csdash reads of a sheet")
        #expect(error(Array(repeating: 0x50, count: 65), limits: WorkbookLimits(fileBytes: 64)) == "bad.xlsx: error: is larger than csdash reads of a workbook (64 bytes)")
    }

    @Test func aFileThatIsNotThereOrNotAFile() {
        #expect(throws: WorkbookError(.unreadable, file: "/no/such.xlsx", message: "does not exist")) {
            _ = try Workbook.open(path: "/no/such.xlsx")
        }
        #expect(throws: WorkbookError(.unreadable, file: "/tmp", message: "is a folder, not a workbook")) {
            _ = try Workbook.open(path: "/tmp")
        }
        #expect(throws: WorkbookError(.unreadable, file: "/dev/zero", message: "is not a regular file")) {
            _ = try Workbook.open(path: "/dev/zero")
        }
        let fifo = FileManager.default.temporaryDirectory.appendingPathComponent("csdash-\(UUID().uuidString).xlsx").path
        #expect(mkfifo(fifo, 0o644) == 0)
        defer { unlink(fifo) }
        #expect(throws: WorkbookError(.unreadable, file: fifo, message: "is a pipe (FIFO), not a regular file"), "refused without waiting for a writer") {
            _ = try Workbook.open(path: fifo)
        }
        let large = try? ZipFixture.write(Array(repeating: 0x50, count: 2048), name: "large.xlsx")
        #expect(throws: WorkbookError(file: "large.xlsx", message: "is larger than csdash reads of a workbook (1 KiB)")) {
            _ = try Workbook.open(path: large ?? "", file: "large.xlsx", limits: WorkbookLimits(fileBytes: 1024))
        }
    }

    /// The archive with `part`'s uncompressed size rewritten to `size` in its local and central headers.
    static func declaringSize(_ size: UInt32, of part: String, in archive: [UInt8]) throws -> [UInt8] {
        var bytes = archive
        let name = Array(part.utf8)
        let sizeBytes = withUnsafeBytes(of: size.littleEndian) { Array($0) }
        var patched = 0
        for index in 0..<(bytes.count - 46) {
            let local = bytes[index..<(index + 4)].elementsEqual([0x50, 0x4B, 0x03, 0x04])
            let central = bytes[index..<(index + 4)].elementsEqual([0x50, 0x4B, 0x01, 0x02])
            guard local || central else { continue }
            let nameOffset = index + (local ? 30 : 46)
            guard nameOffset + name.count <= bytes.count, bytes[nameOffset..<(nameOffset + name.count)].elementsEqual(name) else { continue }
            let sizeOffset = index + (local ? 22 : 24)
            bytes.replaceSubrange(sizeOffset..<(sizeOffset + 4), with: sizeBytes)
            patched += 1
        }
        guard patched == 2 else { throw ZipFixture.FixtureError() }
        return bytes
    }
}
