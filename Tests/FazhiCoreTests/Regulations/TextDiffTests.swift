import Foundation
import Testing

@testable import FazhiCore

extension Regulations {
    @Suite("TextDiff")
    struct TextDiffTests {
        @Test func aReplacedWordIsOneDeletionAndOneInsertion() {
            // given
            let old = "公民有权申请行政复议。"
            let new = "公民有权提起行政复议。"
            // when
            let changes = TextDiff.changes(from: old, to: new)
            // then
            #expect(
                changes == [
                    TextChange(.same, "公民有权"), TextChange(.deleted, "申请"), TextChange(.inserted, "提起"),
                    TextChange(.same, "行政复议。"),
                ])
        }

        @Test("a shared character between two edits is folded into them rather than shredding the phrase")
        func semanticCleanupFoldsShortEqualities() {
            // given: 保障和监督 → 监督和保障 shares only 和 in the middle
            let old = "保障和监督行政机关"
            let new = "监督和保障行政机关"
            // when
            let changes = TextDiff.changes(from: old, to: new)
            // then
            #expect(
                changes == [
                    TextChange(.deleted, "保障和监督"), TextChange(.inserted, "监督和保障"), TextChange(.same, "行政机关"),
                ])
        }

        @Test("property: the kept and deleted pieces spell the old text, the kept and inserted the new")
        func piecesRebuildBothTexts() {
            var generator = SearchTextGenerator(random: SplitMix64(seed: 9))
            for _ in 0..<300 {
                // given
                let old = generator.text(length: generator.int(0...30))
                let new = generator.text(length: generator.int(0...30))
                // when
                let changes = TextDiff.changes(from: old, to: new)
                // then
                #expect(changes.filter { $0.kind != .inserted }.map(\.text).joined() == old)
                #expect(changes.filter { $0.kind != .deleted }.map(\.text).joined() == new)
                #expect(changes.allSatisfy { !$0.text.isEmpty })
            }
        }

        @Test("property: Myers finds a script no longer than the texts differ by, and it rebuilds the new sequence")
        func myersRebuildsTheNewSequence() throws {
            var random = SplitMix64(seed: 13)
            for _ in 0..<300 {
                // given
                let a = (0..<Int(random.next() % 20)).map { _ in UInt32(random.next() % 4) }
                let b = (0..<Int(random.next() % 20)).map { _ in UInt32(random.next() % 4) }
                // when
                let runs = try #require(MyersDiff.runs(a, b, maximumEdits: a.count + b.count))
                // then
                var x = 0
                var rebuilt: [UInt32] = []
                for run in runs {
                    switch run.operation {
                    case .same:
                        #expect(Array(a[x..<x + run.count]) == Array(b[rebuilt.count..<rebuilt.count + run.count]))
                        rebuilt += a[x..<x + run.count]
                        x += run.count
                    case .delete: x += run.count
                    case .insert: rebuilt += b[rebuilt.count..<rebuilt.count + run.count]
                    }
                }
                #expect(x == a.count && rebuilt == b)
                let edits = runs.filter { $0.operation != .same }.map(\.count).reduce(0, +)
                #expect(edits == a.count + b.count - 2 * lcsLength(a, b))
            }
        }

        @Test func myersGivesUpPastTheBound() {
            // given
            let a: [UInt32] = Array(0..<50)
            let b: [UInt32] = Array(50..<100)
            // when
            let runs = MyersDiff.runs(a, b, maximumEdits: 10)
            // then
            #expect(runs == nil)
        }

        private func lcsLength(_ a: [UInt32], _ b: [UInt32]) -> Int {
            var row = [Int](repeating: 0, count: b.count + 1)
            for x in a {
                var diagonal = 0
                for j in b.indices {
                    let above = row[j + 1]
                    row[j + 1] = x == b[j] ? diagonal + 1 : max(row[j + 1], row[j])
                    diagonal = above
                }
            }
            return row[b.count]
        }
    }
}
