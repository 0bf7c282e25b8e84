import GrantModel
#if canImport(Glibc)
import Glibc
#endif

/// What the reader of many rows of one table keeps from row to row, on one thread: the file's
/// bytes and offsets lent as a view, the header's names, where the next column asked for is likely
/// to be, and the long texts already made. Reading a field through it changes no reference count
/// shared with another thread (two threads reading halves of a file would fight over every one).
final class RowCache {
    /// Valid for as long as the `withView` call that lent it: the cache lives inside that call.
    let view: CSVScanView?
    private let names: [String]
    private let nameLengths: [Int]
    private let firstOfName: [Bool]
    /// The record readers ask for a row's columns in much the same order on every row, mostly
    /// the header's, so the column after the last one found is tried before the header is searched.
    private var nextColumn = 0

    init(header: [CSVField], view: CSVScanView?) {
        self.view = view
        names = header.map(\.value)
        nameLengths = names.map(\.utf8.count)
        var seen: Set<String> = []
        firstOfName = names.map { seen.insert($0).inserted }
    }

    /// The first column named `name`, as `CSVTable.column` finds it.
    @inline(__always)
    func column(_ name: String) -> Int? {
        let length = name.utf8.count
        func isColumn(_ index: Int) -> Bool {
            index < names.count && nameLengths[index] == length && firstOfName[index] && names[index] == name
        }
        if isColumn(nextColumn) {
            nextColumn += 1
            return nextColumn - 1
        }
        for index in names.indices where isColumn(index) {
            nextColumn = index + 1
            return index
        }
        return nil
    }

    /// The area last asked about and its funder's currency: rows come in runs of one area, and
    /// two dictionary lookups a row cost more than reading the row's money.
    private var lastArea: String?
    private var lastCurrency: Currency?

    func currency(forArea areaID: String, _ lookUp: (String) -> Currency?) -> Currency? {
        if areaID != lastArea {
            lastArea = areaID
            lastCurrency = lookUp(areaID)
        }
        return lastCurrency
    }

    /// Texts longer than a `String` holds inline, by hash: a theme or a project title is written
    /// on thousands of rows, and one shared copy saves an allocation, a copy and a free per row.
    /// Open addressing in a power-of-two table, doubled when half full.
    private var slots: [String?] = Array(repeating: nil, count: 1024)
    private var hashes: [UInt64] = Array(repeating: 0, count: 1024)
    private var count = 0

    /// The text of `bytes` (well-formed UTF-8).
    func string(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        // Up to 15 bytes a `String` needs no storage of its own: nothing to share.
        guard bytes.count > 15 else { return String(decoding: bytes, as: UTF8.self) }
        let hash = RowCache.hash(bytes)
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while let kept = slots[slot] {
            if hashes[slot] == hash, RowCache.same(kept, bytes) { return kept }
            slot = (slot + 1) & mask
        }
        let made = String(decoding: bytes, as: UTF8.self)
        slots[slot] = made
        hashes[slot] = hash
        count += 1
        if count * 2 > slots.count { grow() }
        return made
    }

    private func grow() {
        let kept = zip(slots, hashes).compactMap { text, hash in text.map { ($0, hash) } }
        slots = Array(repeating: nil, count: slots.count * 2)
        hashes = Array(repeating: 0, count: slots.count)
        let mask = slots.count - 1
        for (text, hash) in kept {
            var slot = Int(truncatingIfNeeded: hash) & mask
            while slots[slot] != nil { slot = (slot + 1) & mask }
            slots[slot] = text
            hashes[slot] = hash
        }
    }

    private static func same(_ text: String, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        text.utf8.count == bytes.count && text.utf8.withContiguousStorageIfAvailable { stored in
            memcmp(stored.baseAddress!, bytes.baseAddress!, bytes.count) == 0
        } == true
    }

    /// A quick hash of the bytes, eight at a time (not for adversaries: a bad spread only makes
    /// the table slower, never a text wrong).
    private static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var hash = UInt64(bytes.count) &* 0x9E37_79B9_7F4A_7C15
        var index = 0
        let base = UnsafeRawPointer(bytes.baseAddress!)
        while index + 8 <= bytes.count {
            hash = (hash ^ base.loadUnaligned(fromByteOffset: index, as: UInt64.self)) &* 0xBF58_476D_1CE4_E5B9
            hash ^= hash >> 29
            index += 8
        }
        while index < bytes.count {
            hash = (hash ^ UInt64(bytes[index])) &* 0x94D0_49BB_1331_11EB
            index += 1
        }
        return hash ^ (hash >> 32)
    }
}
