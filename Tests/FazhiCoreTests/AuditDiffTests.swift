import Testing

@testable import FazhiCore

@Suite("AuditDiff")
struct AuditDiffTests {
    @Test func onlyChangedFieldsAreListed() {
        // given
        let before = #"{"active":true,"aliases":["司法局"],"name":"新城区司法局","shortName":"新城司法"}"#
        let after = #"{"active":false,"aliases":["司法局","区司法局"],"name":"新城区司法局","shortName":"新城司法"}"#
        // when
        let diff = AuditDiff(before: before, after: after)
        // then
        #expect(diff.changes.map(\.field) == ["active", "aliases"])
        #expect(diff.changes[0].before == "是" && diff.changes[0].after == "否")
        #expect(diff.changes[1].after == "司法局、区司法局")
    }

    @Test func aCreationListsEveryFieldAsNew() {
        // given
        let after = #"{"name":"测试局","parentID":null,"path":{"value":"/a/"}}"#
        // when
        let diff = AuditDiff(before: nil, after: after)
        // then
        #expect(diff.changes.map(\.field) == ["name", "parentID", "path"])
        #expect(diff.changes.allSatisfy { $0.before == nil })
        #expect(diff.changes[2].after == "/a/")
        #expect(diff.changes[1].after == "—")
    }

    @Test func unreadableSnapshotsGiveNoChanges() {
        // given, when
        let diff = AuditDiff(before: "not json", after: nil)
        // then
        #expect(diff.changes.isEmpty)
    }
}
