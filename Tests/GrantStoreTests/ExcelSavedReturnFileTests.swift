import Foundation
import GrantModel
import GrantStore
import Testing

/// A return file as Excel's plain "CSV" save writes it: Windows-1252 (`£` as the byte 0xA3),
/// CRLF, empty columns right of the table, amounts in the Accounting format.
struct ExcelSavedReturnFileTests {
    /// `bytes` as an import file beside the sample data; its edits and warnings, or its refusal.
    static func read(_ bytes: [UInt8]) throws -> (path: String, result: Result<[ReturnEdit], WriteError>, warnings: [Diagnostic]) {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("csdash-excel-\(UUID().uuidString).csv")
        try Data(bytes).write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        let grants = try #require(try DataFolder.load(sampleDataPath).grants)
        var warnings: [Diagnostic] = []
        do throws(WriteError) {
            let edits = try ReturnFile.edits(from: url.path, for: grants, today: d("2026-12-04"), warnings: &warnings)
            return (url.path, .success(edits), warnings)
        } catch {
            return (url.path, .failure(error), warnings)
        }
    }

    /// Text written in Windows-1252: every character here is in Latin-1.
    static func windows1252(_ text: String) -> [UInt8] { text.unicodeScalars.map { UInt8($0.value) } }

    @Test func aWindows1252FileImportsWithOneWarning() throws {
        let bytes = Self.windows1252("area_id,year,quarter,received,planned,spend,notes,,\r\n"
            + "solihull,2016/17,Q2,05/12/2016,\" £ 214,454.00 \",£160000,Café rent £5,,\r\n"
            + ",,,,,,,,\r\n")
        #expect(bytes.contains(0xA3) && bytes.contains(0xE9))
        let read = try Self.read(bytes)
        #expect(try read.result.get() == [ReturnEdit(areaID: "solihull", year: fy("2016/17"), quarter: .q2, fields: [
            "received": "2016-12-05", "planned": "214454", "spend": "160000", "notes": "Café rent £5",
        ])])
        #expect(read.warnings.map(\.description) == [
            "\(read.path): warning: read as Windows-1252 (the file is not UTF-8); save as \"CSV UTF-8\" to avoid this",
        ])
    }

    @Test func windows1252PunctuationReadsAsItShows() throws {
        // 0x92 and 0x96: the apostrophe and the dash Excel puts in typed text.
        let bytes = Self.windows1252("area_id,year,quarter,notes\r\nsolihull,2016/17,Q1,Q1") + [0x92, 0x73, 0x20, 0x96, 0x20, 0x6F, 0x6B, 0x0D, 0x0A]
        let read = try Self.read(bytes)
        #expect(try read.result.get().first?.fields["notes"] == "Q1’s – ok")
        #expect(read.warnings.count == 1)
    }

    @Test func aUTF8FileHasNoWarning() throws {
        let read = try Self.read(Array("area_id,year,quarter,received,spend\nsolihull,2016/17,Q2,2016-12-05,£ 1.00\n".utf8))
        #expect(try read.result.get().count == 1)
        #expect(read.warnings.isEmpty)
    }

    @Test func aFigureInBracketsIsRefusedSayingWhy() throws {
        let read = try Self.read(Self.windows1252("area_id,year,quarter,received,planned,spend\r\nsolihull,2016/17,Q2,2016-12-05, £-   ,\"(1,234)\"\r\n"))
        #expect(throws: WriteError.invalid([Diagnostic(path: read.path, line: 2, column: 39, message: "spend \"(1,234)\" is negative (a figure in brackets is negative, as Excel's Accounting format writes it): amounts may not be negative; write zero or more")])) {
            try read.result.get()
        }
        #expect(read.warnings.count == 1, "£ as 0xA3")
    }
}
