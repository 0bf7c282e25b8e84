import Foundation
import GrantModel
import GrantStore
@testable import Dashboard

/// A temporary copy of sample-data that the real store writes to, so that the form and undo tests
/// feed the reducer the outcomes of real saves. Removed when released.
final class WritableSample {
    let url: URL
    var path: String { url.path }

    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("csdash-dash-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        for name in try FileManager.default.contentsOfDirectory(atPath: Fixtures.sampleData) where name.hasSuffix(".csv") {
            try FileManager.default.copyItem(atPath: Fixtures.sampleData + "/" + name, toPath: path + "/" + name)
        }
    }

    /// A copy with the board date's reviews and payments (`ReviewedSample`).
    static func reviewed() throws -> WritableSample {
        let sample = try WritableSample()
        try ReviewedSample.write(into: sample.path)
        return sample
    }

    deinit { try? FileManager.default.removeItem(at: url) }

    func load() throws -> FolderContents { try DataFolder.load(path).contents }

    /// The dashboard opened on this folder at the board date.
    func state(asOf: Day = Fixtures.boardDate, width: Int = 120, height: Int = 40, today: Day? = nil, readOnly: Bool = false,
               asRecorded: Bool = false) throws -> DashboardState {
        DashboardState(loaded: try load(), folder: path, asOf: asOf, size: Size(width: width, height: height),
                       asRecorded: asRecorded, readOnly: readOnly, today: today)
    }

    /// Solihull's 2016/17 Q2 return, missing in the sample, recorded.
    static let solihullQ2 = ReturnEdit(areaID: "solihull", year: Sample.year2016, quarter: .q2,
                                       fields: ["received": "2016-12-05", "planned": "214454", "spend": "160000"],
                                       expected: ["received": "", "planned": "", "spend": ""])

    func bytes(_ name: String) throws -> Data { try Data(contentsOf: url.appendingPathComponent(name)) }

    /// Replaces `old` by `new` in `file`, which must contain it.
    func edit(_ file: String, replacing old: String, with new: String) throws {
        let fileURL = url.appendingPathComponent(file)
        let text = try String(contentsOf: fileURL, encoding: .utf8)
        precondition(text.contains(old), "\(file) has no \(old)")
        try Data(text.replacingOccurrences(of: old, with: new).utf8).write(to: fileURL)
    }

    /// What the dashboard's shell does with a save effect: the store's one write path, audited as
    /// `dashboard` or, for an undo, `undo`.
    func save(_ edits: [ReturnEdit], undoing: Bool = false) -> SaveResult {
        do throws(WriteError) {
            return .saved(try ReturnsWriter.apply(edits, to: path, command: undoing ? "undo" : "dashboard", lockTimeout: 0.3).saveOutcome)
        } catch {
            return .failed(error.saveFailure)
        }
    }

    /// What the shell does with a review or a payment: the store's edit of returns.csv or
    /// payments.csv, by the same path as `csdash review` and `csdash pay`, audited as `dashboard`.
    func record(_ change: ReviewOrPayment) -> SaveResult {
        do throws(WriteError) {
            switch change {
            case .review(let key, let review):
                let edit = ReturnEdit.reviewing(areaID: key.areaID, year: key.year, quarter: key.quarter, review)
                return .saved(try ReturnsWriter.apply([edit], to: path, command: "dashboard", lockTimeout: 0.3).saveOutcome)
            case .payment(let payment):
                let edit = ReturnEdit.paying(areaID: payment.areaID, year: payment.year, quarter: payment.quarter,
                                             amount: payment.amount, paid: payment.paid, ref: payment.ref)
                return .saved(try PaymentsWriter.apply([edit], to: path, command: "dashboard", lockTimeout: 0.3).saveOutcome)
            }
        } catch {
            return .failed(error.saveFailure)
        }
    }

    /// What the shell does with the undo of a payment.
    func undoPayment(_ edits: [ReturnEdit]) -> SaveResult {
        do throws(WriteError) {
            return .saved(try PaymentsWriter.apply(edits, to: path, command: "undo", lockTimeout: 0.3).saveOutcome)
        } catch {
            return .failed(error.saveFailure)
        }
    }

    /// `state` after `events`, carrying out every save effect as the shell would, in order.
    func run(_ state: DashboardState, _ events: [Event]) -> (DashboardState, [Effect]) {
        var current = state
        var pending = events
        var effects: [Effect] = []
        while !pending.isEmpty {
            let (next, produced) = update(current, pending.removeFirst())
            current = next
            effects += produced
            for effect in produced.reversed() {
                switch effect {
                case .save(let edits, let undoing):
                    pending.insert(.saveFinished(save(edits, undoing: undoing), undoing: undoing), at: 0)
                case .record(let change):
                    pending.insert(.saveFinished(record(change), undoing: false), at: 0)
                case .undoPayment(let edits):
                    pending.insert(.saveFinished(undoPayment(edits), undoing: true), at: 0)
                case .quit, .loadFolder, .reloadFolder, .rememberSince:
                    break
                }
            }
        }
        return (current, effects)
    }
}

extension DashboardState {
    /// The return as the dashboard's data has it.
    func monitoringReturn(_ area: AreaID, _ quarter: Quarter, year: FinancialYear = Sample.year2016) -> MonitoringReturn? {
        grants?.monitoringReturn(for: area, in: year, quarter: quarter)
    }
}
