import Testing

@testable import FazhiCore

@Suite("PlanUnits: unit clauses")
struct PlanUnitTests {
    func units(_ clause: String) -> [PlanUnit] { PlanUnitParser.parse(clause).units }

    @Test("a shared prefix: 「自治区党委宣传部、依法治区办」 names two units under 自治区党委")
    func sharedPrefix() {
        let found = units("责任单位:自治区党委宣传部、依法治区办")
        #expect(found.map(\.name) == ["自治区党委宣传部", "自治区党委依法治区办"])
        #expect(found.map(\.written) == ["自治区党委宣传部", "依法治区办"])
        #expect(found.allSatisfy { $0.role == .responsible })
    }

    @Test("the organ carries on only to its own bodies; others take the place alone")
    func organBodies() {
        #expect(
            units("责任单位：自治区纪委监委、党委组织部、政法委、高级法院、检察院、公安厅").map(\.name) == [
                "自治区纪委监委", "自治区党委组织部", "自治区党委政法委", "自治区高级法院", "自治区检察院", "自治区公安厅",
            ])
        #expect(
            units("责任单位：自治区政府办公厅、发展改革委、市场监管厅、人力资源和社会保障厅").map(\.name) == [
                "自治区政府办公厅", "自治区发展改革委", "自治区市场监管厅", "自治区人力资源和社会保障厅",
            ])
        #expect(
            units("责任单位：自治区党委依法治区办、人大常委会法工委、司法厅").map(\.name) == [
                "自治区党委依法治区办", "自治区人大常委会法工委", "自治区司法厅",
            ])
        // the other reading is kept for resolution
        #expect(units("责任单位：自治区党委组织部、编办")[1].alternatives == ["自治区编办"])
    }

    @Test("a place name sets the prefix too: 「银川市司法局、公安局」")
    func placeNames() {
        #expect(units("责任单位：银川市司法局、公安局").map(\.name) == ["银川市司法局", "银川市公安局"])
        #expect(units("责任单位：区委宣传部、区委党校、区教育局").map(\.name) == ["区委宣传部", "区委党校", "区教育局"])
        #expect(units("责任单位：市委组织部、编办").map(\.name) == ["市委组织部", "市委编办"])
        #expect(units("责任单位：市政务服务局、大数据局").map(\.name) == ["市政务服务局", "市大数据局"])
        #expect(units("责任单位：自治区市场监管厅、公安厅").map(\.name) == ["自治区市场监管厅", "自治区公安厅"])
    }

    @Test("groups separated by commas do not share a prefix; 、 inside brackets does not split")
    func groupsAndBrackets() {
        let found = units("责任单位:自治区司法厅,区直各有关部门〔单位〕,各市、县〔区〕、乡镇〔街道〕")
        #expect(found.map(\.name) == ["自治区司法厅", "区直各有关部门〔单位〕", "各市", "各县〔区〕", "各乡镇〔街道〕"])
        #expect(units("责任单位：各旗县（市、区）").map(\.name) == ["各旗县（市、区）"])
        #expect(units("责任单位：各旗县（市、区）")[0].collective == .governments(levels: ["旗", "县", "市", "区"], including: []))
    }

    @Test(
        "collective names are marked for expansion against the tree",
        arguments: [
            ("各市", PlanCollective.governments(levels: ["市"], including: [])),
            ("各设区的市", .governments(levels: ["市"], including: [])),
            ("各镇街", .governments(levels: ["镇", "街道"], including: [])),
            ("开发区及各镇街", .governments(levels: ["镇", "街道"], including: ["开发区"])),
            ("区直有关部门〔单位〕", .departments(of: "区", relevantOnly: true)),
            ("区直相关部门(单位)", .departments(of: "区", relevantOnly: true)),
            ("区各部门", .departments(of: "区", relevantOnly: false)),
            ("自治区各有关部门", .departments(of: "自治区", relevantOnly: true)),
            ("有关部门", .departments(of: nil, relevantOnly: true)),
            ("自治区党委全面依法治区委员会各协调小组", .other),
            ("各县（市、区）人民政府", .governments(levels: ["县", "市", "区"], including: [])),
        ])
    func collective(name: String, kind: PlanCollective) throws {
        let unit = try #require(units("责任单位：" + name).first)
        #expect(unit.name == name)
        #expect(unit.collective == kind)
    }

    @Test("lead and co-operating units, by label or by words")
    func roles() {
        let labelled = units("牵头单位：市司法局；配合单位：市公安局、财政局")
        #expect(labelled.map(\.name) == ["市司法局", "市公安局", "市财政局"])
        #expect(labelled.map(\.role) == [.lead, .cooperating, .cooperating])
        let worded = units("自治区司法厅牵头，各盟市配合")
        #expect(worded.map(\.name) == ["自治区司法厅", "各盟市"])
        #expect(worded.map(\.role) == [.lead, .cooperating])
        let marked = units("责任单位：县司法局（牵头）、县公安局")
        #expect(marked.map(\.role) == [.lead, .responsible])
        #expect(marked[0].name == "县司法局")
    }

    @Test("a deadline field in the clause is read as a deadline, not a unit")
    func deadlineField() {
        let parsed = PlanUnitParser.parse("牵头单位：县司法局；完成时限：2023年6月底前")
        #expect(parsed.units.map(\.name) == ["县司法局"])
        #expect(parsed.deadlineTexts == ["2023年6月底前"])
    }

    @Test("the clause is found at the end of an item, with ASCII or full-width brackets and nested ones")
    func clauseAtEnd() throws {
        let (body, clause) = try #require(
            PlanUnitClause.splitTrailing("健全守信践诺机制。(责任单位:自治区发展改革委、区直相关部门(单位),各市、县〔区〕)"))
        #expect(body == "健全守信践诺机制。")
        #expect(clause == "责任单位:自治区发展改革委、区直相关部门(单位),各市、县〔区〕")
        #expect(PlanUnitClause.splitTrailing("加强监督（含专项监督）。") == nil)
    }
}

@Suite("PlanUnitDirectory: resolving units against the organisation tree")
struct PlanUnitDirectoryTests {
    let directory = PlanUnitDirectory<Int>([
        .init(id: 1, name: "宁夏回族自治区司法厅", aliases: ["自治区司法厅"]),
        .init(id: 2, name: "自治区高级人民法院"),
        .init(id: 3, name: "自治区党委政法委员会", aliases: ["自治区党委政法委"]),
        .init(id: 4, name: "宁夏回族自治区公安厅"),
        .init(id: 5, name: "银川市公安局"),
        .init(id: 6, name: "石嘴山市公安局"),
    ])

    @Test("by name, alias, the court's short name and a unique ending; collective names aside")
    func resolves() {
        // given
        let found = PlanUnitParser.parse(
            "责任单位：自治区司法厅、党委政法委、高级法院、公安厅、网信办，各市、县〔区〕"
        ).units
        // when
        let resolution = directory.resolve(found)
        // then
        #expect(resolution.resolved.map(\.id) == [1, 3, 2, 4])
        #expect(resolution.unresolved == ["自治区网信办"])
        #expect(resolution.collective.map(\.name) == ["各市", "各县〔区〕"])
    }

    @Test("an ending shared by two organisations is not a match: the user maps it")
    func ambiguous() {
        #expect(directory.resolve(PlanUnit(name: "公安局", role: .responsible)) == nil)
        #expect(directory.resolve(PlanUnit(name: "银川市公安局", role: .responsible)) == 5)
    }

    @Test("another reading of the prefix is tried when the first fails")
    func alternatives() {
        let unit = PlanUnit(name: "自治区党委司法厅", role: .responsible, alternatives: ["自治区司法厅"])
        #expect(directory.resolve(unit) == 1)
    }
}
