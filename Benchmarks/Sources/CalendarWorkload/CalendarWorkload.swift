import FazhiCore

/// The inputs of the calendar benchmarks: dates spread over 2004-03-01…2026-10-31 and working-day counts in −30…30
/// (deadlines are counted in days to a few weeks), drawn from a fixed seed so that every run and the Python peer see
/// the same operations. The range keeps every result inside 2004–2026, the years the peer (chinesecalendar) knows.
public struct CalendarWorkload: Sendable {
    public static let seed: UInt64 = 20_260_928
    /// A power of two, so that a loop can index with a mask.
    public static let size = 1 << 16

    public let dates: [CivilDate]
    public let counts: [Int]

    public init(seed: UInt64 = CalendarWorkload.seed, size: Int = CalendarWorkload.size) {
        var generator = SplitMix64(seed: seed)
        let first = CivilDate(year: 2004, month: 3, day: 1)!.dayNumber
        let last = CivilDate(year: 2026, month: 10, day: 31)!.dayNumber
        dates = (0..<size).map { _ in CivilDate(dayNumber: Int.random(in: first...last, using: &generator)) }
        counts = (0..<size).map { _ in Int.random(in: -30...30, using: &generator) }
    }
}

/// SplitMix64 (Steele, Lea and Flood, 2014): a tiny seeded generator.
public struct SplitMix64: RandomNumberGenerator, Sendable {
    private var state: UInt64

    public init(seed: UInt64) { state = seed }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
