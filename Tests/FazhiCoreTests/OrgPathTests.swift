import Foundation
import Testing

@testable import FazhiCore

@Suite("OrgPath")
struct OrgPathTests {
    let a = uuid(1)
    let b = uuid(2)
    let c = uuid(3)

    @Test func rootIsTheLowerCasedIdBetweenSlashes() {
        // given
        let id = UUID(uuidString: "ABCDEF01-2345-6789-ABCD-EF0123456789")!
        // when
        let path = OrgPath.root(id)
        // then
        #expect(path.value == "/abcdef01-2345-6789-abcd-ef0123456789/")
        #expect(path.description == path.value)
        #expect(path.ids == [id])
        #expect(path.depth == 0)
    }

    @Test func childAppendsTheIdAndASlash() {
        // given
        let parent = OrgPath.root(a)
        // when
        let grandchild = parent.child(b).child(c)
        // then
        #expect(grandchild.value == "/\(lower(a))/\(lower(b))/\(lower(c))/")
        #expect(grandchild.ids == [a, b, c])
        #expect(grandchild.depth == 2)
    }

    @Test func theWholeTreePathHasNoIdsAndDepthZero() {
        // given
        let everything = OrgPath(value: "/")
        // when
        let (ids, depth) = (everything.ids, everything.depth)
        // then
        #expect(ids.isEmpty)
        #expect(depth == 0)
    }

    @Test func containsItselfAndWhatLiesBelowButNotAboveOrBeside() {
        // given
        let root = OrgPath.root(a)
        let left = root.child(b)
        let right = root.child(c)
        let leftChild = left.child(c)
        // when / then
        #expect(root.contains(root))
        #expect(root.contains(left))
        #expect(root.contains(leftChild))
        #expect(left.contains(leftChild))
        #expect(!left.contains(root))
        #expect(!left.contains(right))
        #expect(!right.contains(leftChild))
        #expect(OrgPath(value: "/").contains(leftChild))
    }

    @Test func anIdThatStartsLikeAnotherIsNotContained() {
        // given two roots whose ids share a long prefix
        let short = OrgPath(value: "/00000000-0000-0000-0000-00000000000/")
        let long = OrgPath.root(uuid(1))
        // when / then
        #expect(!short.contains(long))
        #expect(!long.contains(short))
    }

    @Test func rebasingMovesTheSubtreeUnderItsNewParent() {
        // given /a/b/c/ moved from below a to below c
        let old = OrgPath.root(a).child(b)
        let new = OrgPath.root(c).child(b)
        let below = old.child(c)
        // when
        let moved = below.rebased(from: old, to: new)
        let top = old.rebased(from: old, to: new)
        // then
        #expect(moved.ids == [c, b, c])
        #expect(top == new)
        #expect(new.contains(moved))
    }

    @Test func rebasingAPathOutsideTheMovedSubtreeStops() async {
        // given a path that is not below the subtree being moved
        // when / then
        await #expect(processExitsWith: .failure) {
            let outside = OrgPath.root(uuid(1))
            _ = outside.rebased(from: OrgPath.root(uuid(2)), to: OrgPath.root(uuid(3)))
        }
    }

    @Test func encodesAndDecodesToTheSameValue() throws {
        // given
        let path = OrgPath.root(a).child(b)
        // when
        let decoded = try JSONDecoder().decode(OrgPath.self, from: JSONEncoder().encode(path))
        // then
        #expect(decoded == path)
    }

    @Test("property: a path built by child() lists its ids, depth and ancestors")
    func randomChains() {
        // given
        var rng = SplitMix64(seed: 2015)
        var failures: [String] = []
        for _ in 0..<300 {
            let ids = (0..<Int.random(in: 1...8, using: &rng)).map { _ in rng.uuid() }
            // when
            let paths = ids.dropFirst().reduce([OrgPath.root(ids[0])]) { $0 + [$0.last!.child($1)] }
            // then
            let last = paths.last!
            let ok =
                last.ids == ids && last.depth == ids.count - 1
                && paths.allSatisfy { $0.contains(last) && OrgPath.system.contains($0) }
                && paths.dropLast().allSatisfy { !last.contains($0) }
            if !ok { failures.append(last.value) }
        }
        expectNone(failures, "chains with wrong ids, depth or containment")
    }

    @Test("property: rebasing keeps the part below the moved organisation and changes depth by the move")
    func randomRebases() {
        // given
        var rng = SplitMix64(seed: 32_100)
        var failures: [String] = []
        for _ in 0..<300 {
            let chain = (0..<Int.random(in: 2...7, using: &rng)).map { _ in rng.uuid() }
            let cut = Int.random(in: 1..<chain.count, using: &rng)
            let old = path(chain[..<cut])
            let node = path(chain[...])
            let newParent = (0..<Int.random(in: 0...4, using: &rng)).map { _ in rng.uuid() }
            let new = path(newParent + [chain[cut - 1]])
            // when
            let moved = node.rebased(from: old, to: new)
            // then
            let ok =
                moved.ids == new.ids + chain[cut...] && new.contains(moved)
                && moved.depth - new.depth == node.depth - old.depth
            if !ok { failures.append("\(node) from \(old) to \(new) gave \(moved)") }
        }
        expectNone(failures, "wrong rebases")
    }

    private func lower(_ id: UUID) -> String { id.uuidString.lowercased() }

    private func path<C: Collection<UUID>>(_ ids: C) -> OrgPath {
        ids.dropFirst().reduce(OrgPath.root(ids.first!)) { $0.child($1) }
    }
}

extension OrgPath {
    fileprivate static var system: OrgPath { Scope.system.root }
}
