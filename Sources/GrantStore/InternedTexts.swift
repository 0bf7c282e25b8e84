#if canImport(Glibc)
import Glibc
#endif

/// Texts longer than a `String` holds inline, kept by hash so that each is made once: a theme or a
/// project title is written on thousands of rows, and one shared copy saves an allocation, a copy
/// and a free per row. Open addressing in a power-of-two table, small at first (most tables are
/// read in a walk of their own) and doubled when half full. A class, so that its table is changed
/// in place, with no access to a stored value to check at each text.
final class InternedTexts {
    private var slots: [String?] = Array(repeating: nil, count: 64)
    private var hashes: [UInt64] = Array(repeating: 0, count: 64)
    private var count = 0

    /// The text of `bytes` (well-formed UTF-8).
    func string(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        // Up to 15 bytes a `String` needs no storage of its own: nothing to share.
        guard bytes.count > 15 else { return String(decoding: bytes, as: UTF8.self) }
        let hash = InternedTexts.hash(bytes)
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while let kept = slots[slot] {
            if hashes[slot] == hash, InternedTexts.same(kept, bytes) { return kept }
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
