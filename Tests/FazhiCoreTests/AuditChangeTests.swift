import Foundation
import Testing

@testable import FazhiCore

@Suite("AuditChange")
struct AuditChangeTests {
    /// Properties declared out of alphabetical order, so that sorting is visible.
    struct Snapshot: Codable, Equatable {
        var zName: String
        var aCount: Int
        var mNested: [String: [String: Int]]
        var bURL: String
        var dDate: Date?
    }

    @Test func keysAreSortedAtEveryLevel() throws {
        // given
        let value = Snapshot(zName: "新城区", aCount: 3, mNested: ["y": ["b": 2, "a": 1]], bURL: "a/b", dDate: nil)
        // when
        let json = try AuditChange.canonicalJSON(value)
        // then
        #expect(json == #"{"aCount":3,"bURL":"a/b","mNested":{"y":{"a":1,"b":2}},"zName":"新城区"}"#)
    }

    @Test func keysAreOrderedByCodePointWhateverTheLocale() throws {
        // given keys whose order differs between code-point, numeric and case-insensitive sorting
        let value = ["b": 1, "a10": 2, "a2": 3, "B": 4, "A": 5, "中": 6, "_": 7]
        // when
        let json = try AuditChange.canonicalJSON(value)
        // then
        #expect(json == #"{"A":5,"B":4,"_":7,"a10":2,"a2":3,"b":1,"中":6}"#)
    }

    @Test func slashesAndChineseAreNotEscapedAndQuotesAre() throws {
        // given
        let value = ["path": "/a/b/", "text": "依法\"治\"国\n"]
        // when
        let json = try AuditChange.canonicalJSON(value)
        // then
        #expect(json == #"{"path":"/a/b/","text":"依法\"治\"国\n"}"#)
    }

    @Test func datesAreISO8601() throws {
        // given
        let value = ["at": Date(timeIntervalSince1970: 1_767_225_600)]
        // when
        let json = try AuditChange.canonicalJSON(value)
        // then
        #expect(json == #"{"at":"2026-01-01T00:00:00Z"}"#)
    }

    @Test func ofRecordsBothSnapshotsAsCanonicalJSON() throws {
        // given
        let before = Snapshot(zName: "旧", aCount: 1, mNested: [:], bURL: "", dDate: nil)
        let after = Snapshot(zName: "新", aCount: 2, mNested: [:], bURL: "", dDate: nil)
        // when
        let change = try AuditChange.of("update", "organisation", id: "42", before: before, after: after)
        // then
        #expect(change.action == "update")
        #expect(change.entityType == "organisation")
        #expect(change.entityID == "42")
        #expect(change.before == (try AuditChange.canonicalJSON(before)))
        #expect(change.after == #"{"aCount":2,"bURL":"","mNested":{},"zName":"新"}"#)
    }

    @Test func aCreationHasNoBeforeAndADeletionNoAfter() throws {
        // given
        let snapshot = Snapshot(zName: "机构", aCount: 0, mNested: [:], bURL: "", dDate: nil)
        // when
        let created = try AuditChange.of("create", "organisation", id: "1", before: nil, after: snapshot)
        let deleted = try AuditChange.of("delete", "organisation", id: "1", before: snapshot, after: nil)
        // then
        #expect(created.before == nil && created.after != nil)
        #expect(deleted.before != nil && deleted.after == nil)
    }

    @Test func aChangeSurvivesEncodingAndDecoding() throws {
        // given
        let change = AuditChange(action: "create", entityType: "user", entityID: "7", before: nil, after: "{}")
        // when
        let decoded = try JSONDecoder().decode(AuditChange.self, from: JSONEncoder().encode(change))
        // then
        #expect(decoded == change)
    }

    @Test("property: the same value built in any insertion order gives the same text, which decodes to it")
    func sameValueSameText() throws {
        // given
        var rng = SplitMix64(seed: 0xA0D17)
        var failures: [String] = []
        for _ in 0..<200 {
            let entries = (0..<Int.random(in: 0...12, using: &rng)).map { _ -> (String, [String: Int]) in
                let inner = (0..<Int.random(in: 0...5, using: &rng)).map { _ in
                    (Self.randomKey(&rng), Int.random(in: -1000...1000, using: &rng))
                }
                return (Self.randomKey(&rng), Dictionary(inner, uniquingKeysWith: { first, _ in first }))
            }
            let unique = Dictionary(entries, uniquingKeysWith: { first, _ in first })
            let one = Self.rebuilt(unique, &rng)
            let other = Self.rebuilt(unique, &rng)
            // when
            let a = try AuditChange.canonicalJSON(one)
            let b = try AuditChange.canonicalJSON(other)
            // then
            let decoded = try JSONDecoder().decode([String: [String: Int]].self, from: Data(a.utf8))
            if a != b || decoded != unique { failures.append(a) }
        }
        expectNone(failures, "values whose text differed between insertion orders or did not decode back")
    }

    static func randomKey(_ rng: inout SplitMix64) -> String {
        String((0..<Int.random(in: 1...4, using: &rng)).map { _ in "aAbB_1/中文é".randomElement(using: &rng)! })
    }

    /// The same dictionary, filled in a random order.
    static func rebuilt(_ dict: [String: [String: Int]], _ rng: inout SplitMix64) -> [String: [String: Int]] {
        var result: [String: [String: Int]] = [:]
        for (key, inner) in dict.shuffled(using: &rng) {
            var copy: [String: Int] = [:]
            for (k, v) in inner.shuffled(using: &rng) { copy[k] = v }
            result[key] = copy
        }
        return result
    }
}
