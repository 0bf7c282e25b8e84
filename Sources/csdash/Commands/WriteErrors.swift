import ArgumentParser
import GrantModel
import GrantStore
import OfficeOpenXML

extension WriteError {
    /// The contract's exit code for each way a write can fail.
    var exitCode: ExitCode {
        switch self {
        case .locked: return ExitCode(ExitStatus.locked)
        case .cannotCreate, .refused: return ExitCode(ExitStatus.cannotCreate)
        case .ioError: return ExitCode(ExitStatus.ioError)
        case .invalid: return ExitCode(ExitStatus.dataError)
        case .noFolder: return ExitCode(ExitStatus.noInput)
        // Another editor's change stands in the way, as a held lock does (commands write blind).
        case .conflict: return ExitCode(ExitStatus.locked)
        case .unavailable: return ExitCode(ExitStatus.unavailable)
        }
    }
}

/// Runs a write and turns its failure into the message and exit code of the contract.
/// `dryRun`: the body only says what it would change.
func performWrite(dryRun: Bool = false, _ body: () throws(WriteError) -> ReturnsWriter.Outcome) throws -> ReturnsWriter.Outcome {
    do {
        let outcome = try body()
        if !dryRun && !outcome.changes.isEmpty { StandardOutput.writtenNote = "the change itself was written and audited" }
        return outcome
    } catch {
        if case .invalid(let problems) = error {
            printDiagnostics(problems)
            printError("nothing was written")
        } else {
            printError(error.description)
        }
        throw error.exitCode
    }
}

/// Replaces FILE (an `--output` file) atomically, naming FILE in an error rather than the
/// temporary file beside it: 73 when it cannot be created, 74 when writing or renaming fails.
func replaceOutputFile(_ path: String, with bytes: [UInt8]) throws {
    do {
        try AtomicFile.replace(path, with: bytes)
    } catch {
        let named: WriteError
        switch error {
        case .cannotCreate(_, let reason): named = .cannotCreate(path: path, reason: reason)
        case .ioError(_, let reason): named = .ioError(path: path, reason: reason)
        default: named = error
        }
        printError(named.description)
        throw named.exitCode
    }
}

/// `1 field change`, `6 field changes`.
func fieldChanges(_ count: Int) -> String {
    "\(count) field change\(count == 1 ? "" : "s")"
}

/// `solihull 2016/17 Q2  received: (empty) -> 2016-12-01`, one line per changed field.
/// Appended as bytes to one buffer: an import prints hundreds of thousands of these lines.
func describe(_ changes: [FieldChange]) -> String {
    var text: [UInt8] = []
    text.reserveCapacity(changes.count * 64)
    for (index, change) in changes.enumerated() {
        if index > 0 { text.append(0x0A) }
        text += change.file.utf8
        text += ": ".utf8
        text += change.key.utf8
        text += "  ".utf8
        text += change.field.utf8
        text += ": ".utf8
        text += (change.old.isEmpty ? "(empty)" : change.old.terminalSafe).utf8
        text += " -> ".utf8
        text += (change.new.isEmpty ? "(empty)" : change.new.terminalSafe).utf8
    }
    return String(decoding: text, as: UTF8.self)
}

/// Writes a workbook to `path` (an `--output` file): a document the format refuses is a data
/// problem (65), a file that cannot be written 73/74.
func writeWorkbook(_ document: WorkbookDocument, to path: String) throws {
    let bytes: [UInt8]
    do {
        bytes = try document.xlsx(file: path)
    } catch {
        printError(error.description)
        throw ExitCode(ExitStatus.dataError)
    }
    try replaceOutputFile(path, with: bytes)
}
