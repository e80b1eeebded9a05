import Foundation
import Testing

@testable import FazhiCore

/// SplitMix64 (Steele, Lea and Flood, 2014): a tiny seeded generator, so that every property test draws the
/// same cases on every run and a failure reproduces.
struct SplitMix64: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A UUID drawn from this generator.
    mutating func uuid() -> UUID {
        let hex = Array([next(), next()].map(Self.hex16).joined())
        let parts = [0..<8, 8..<12, 12..<16, 16..<20, 20..<32].map { String(hex[$0]) }
        return UUID(uuidString: parts.joined(separator: "-"))!
    }

    private static func hex16(_ value: UInt64) -> String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}

/// A fixed UUID ending in `n`, so that failures print readable ids.
func uuid(_ n: Int) -> UUID {
    let digits = String(n)
    return UUID(uuidString: "00000000-0000-0000-0000-" + String(repeating: "0", count: 12 - digits.count) + digits)!
}

/// An organisation placed below `parent` (or at the root), with its path built the way the store builds it.
func makeOrg(_ id: UUID, _ name: String, _ kind: OrgKind, below parent: Organisation? = nil) -> Organisation {
    Organisation(
        id: id, name: name, shortName: name, kind: kind, parentID: parent?.id,
        path: parent.map { $0.path.child(id) } ?? .root(id), creditCode: nil, aliases: [], active: true)
}

extension OrgSeed {
    /// Every seed of this tree, depth first, each with the chain of seeds from the root down to it.
    var flattenedWithChains: [(seed: OrgSeed, chain: [OrgSeed])] {
        func walk(_ seed: OrgSeed, _ above: [OrgSeed]) -> [(seed: OrgSeed, chain: [OrgSeed])] {
            let chain = above + [seed]
            return [(seed, chain)] + seed.children.flatMap { walk($0, chain) }
        }
        return walk(self, [])
    }

    /// Every seed of this tree, depth first, this one first.
    var flattened: [OrgSeed] { flattenedWithChains.map(\.seed) }
}

/// Fails with the number of failing cases of a property test and the first few of them. (An `#expect` on the
/// array itself would print every case.)
func expectNone(_ failures: [String], _ what: String, sourceLocation: SourceLocation = #_sourceLocation) {
    guard !failures.isEmpty else { return }
    let first = failures.prefix(3).joined(separator: "\n")
    Issue.record("\(failures.count) \(what), the first:\n\(first)", sourceLocation: sourceLocation)
}
