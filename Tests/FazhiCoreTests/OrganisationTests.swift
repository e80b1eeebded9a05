import Foundation
import Testing

@testable import FazhiCore

@Suite("OrgKind")
struct OrgKindTests {
    @Test func onlyJusticeBureausAndRuleOfLawOfficesSuperviseTheirGovernment() {
        // given
        let kinds = OrgKind.allCases
        // when
        let supervising = kinds.filter(\.supervisesGovernment)
        // then
        #expect(supervising == [.justiceBureau, .ruleOfLawOffice])
    }

    @Test func labelsAreChineseAndDistinct() {
        // given
        let labels = OrgKind.allCases.map(\.label)
        // when
        let distinct = Set(labels)
        // then
        #expect(distinct.count == OrgKind.allCases.count)
        #expect(labels == ["人民政府", "政府部门", "行政执法机关", "司法行政机关", "依法治理办", "其他"])
    }
}

@Suite("Organisation")
struct OrganisationModelTests {
    @Test func itsSummaryCarriesPathAndKind() {
        // given
        let parent = makeOrg(uuid(1), "人民政府", .government)
        let org = makeOrg(uuid(2), "司法局", .justiceBureau, below: parent)
        // when
        let summary = org.summary
        // then
        #expect(summary == OrgSummary(path: parent.path.child(uuid(2)), kind: .justiceBureau))
    }
}

@Suite("OrgSeed")
struct OrgSeedTests {
    @Test func countIncludesItselfAndEveryDescendant() {
        // given
        let leaf = OrgSeed(name: "叶", shortName: "叶", kind: .department)
        let seed = OrgSeed(
            name: "根", shortName: "根", kind: .government,
            children: [leaf, OrgSeed(name: "枝", shortName: "枝", kind: .government, children: [leaf, leaf])])
        // when
        let count = seed.count
        // then
        #expect(count == 5)
        #expect(leaf.count == 1)
    }
}

@Suite("LevelPreset")
struct LevelPresetTests {
    @Test func levelNamesFollowDepthAndRepeatTheLastBelow() {
        // given
        let preset = LevelPreset.innerMongolia
        // when
        let names = (-1...6).map(preset.levelName)
        // then
        #expect(
            names == [
                "", "自治区", "盟市", "旗县（市、区）", "苏木乡镇（街道）", "嘎查村（社区）", "嘎查村（社区）", "嘎查村（社区）",
            ])
    }

    @Test func aPresetWithoutLevelsNamesNothing() {
        // given
        let preset = LevelPreset(id: "empty", title: "空", levels: [])
        // when
        let name = preset.levelName(depth: 0)
        // then
        #expect(name == "")
    }

    @Test func presetsAreFoundByTheirId() {
        // given
        let ids = LevelPreset.all.map(\.id)
        // when
        let found = ids.map(LevelPreset.named)
        // then
        #expect(Set(ids).count == ids.count)
        #expect(found == LevelPreset.all)
        #expect(LevelPreset.named("ningxia")?.title == "宁夏回族自治区")
        #expect(LevelPreset.named("atlantis") == nil)
    }
}
