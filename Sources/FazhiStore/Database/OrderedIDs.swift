import Foundation

/// Ids that sort in the order they were made (the layout of RFC 9562's UUIDv7: 48 bits of Unix milliseconds, the
/// version, a counter, random bits), for rows inserted in bulk or all day long (audit entries, case events, alerts).
/// Random ids land all over an index's B-tree, so a large insert touches a page per row (on SQLite a batch of 500
/// case events rewrote some 1,000 pages of the two id indexes in the log); ordered ids append. Their text
/// (upper-case hex, as stored) sorts the same way as their bytes. One generator per batch: the counter keeps ids
/// made in the same millisecond in order.
struct OrderedIDs {
    private let milliseconds: UInt64
    private var counter: UInt32 = 0

    init(now: Date = Date()) { milliseconds = UInt64(max(0, now.timeIntervalSince1970 * 1000)) }

    /// The next id; up to 2^26 per generator (the counter's bits), far beyond any import.
    mutating func next() -> UUID {
        let count = counter
        counter += 1
        var random = SystemRandomNumberGenerator()
        let tail = random.next() as UInt64
        let m = milliseconds
        return UUID(
            uuid: (
                UInt8(truncatingIfNeeded: m >> 40), UInt8(truncatingIfNeeded: m >> 32),
                UInt8(truncatingIfNeeded: m >> 24), UInt8(truncatingIfNeeded: m >> 16),
                UInt8(truncatingIfNeeded: m >> 8), UInt8(truncatingIfNeeded: m),
                0x70 | UInt8(truncatingIfNeeded: count >> 22 & 0x0F), UInt8(truncatingIfNeeded: count >> 14),
                0x80 | UInt8(truncatingIfNeeded: count >> 8 & 0x3F), UInt8(truncatingIfNeeded: count),
                UInt8(truncatingIfNeeded: tail >> 40), UInt8(truncatingIfNeeded: tail >> 32),
                UInt8(truncatingIfNeeded: tail >> 24), UInt8(truncatingIfNeeded: tail >> 16),
                UInt8(truncatingIfNeeded: tail >> 8), UInt8(truncatingIfNeeded: tail)
            ))
    }
}
