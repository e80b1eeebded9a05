import Testing

@testable import FazhiCore

@Suite("Assessment rounds: stages, units sent back, the evidence gate")
struct AssessmentRoundTests {
    @Test("a round goes 准备 → 自评 → 审核 → 已公布, and 审核 may reopen 自评")
    func roundTransitions() throws {
        #expect(AssessmentRoundStatus.allCases.map(\.label) == ["准备", "自评", "审核", "已公布"])
        #expect(try AssessmentRoundStatus.draft.moving(to: .selfAssessment) == .selfAssessment)
        #expect(try AssessmentRoundStatus.selfAssessment.moving(to: .review) == .review)
        #expect(try AssessmentRoundStatus.review.moving(to: .selfAssessment) == .selfAssessment)
        #expect(try AssessmentRoundStatus.review.moving(to: .published) == .published)
        #expect(AssessmentRoundStatus.published.allowedTransitions.isEmpty)
    }

    @Test("a round cannot skip a stage, go back to 准备, or change once published")
    func refusedRoundTransitions() {
        #expect(!AssessmentRoundStatus.draft.canMove(to: .published))
        #expect(!AssessmentRoundStatus.selfAssessment.canMove(to: .draft))
        #expect(throws: DomainError.conflict("考核处于「准备」阶段，不能转为「审核」")) {
            try AssessmentRoundStatus.draft.moving(to: .review)
        }
        #expect(throws: DomainError.conflict("考核结果已公布，不能再更改")) {
            try AssessmentRoundStatus.published.moving(to: .review)
        }
    }

    @Test("a unit submits during 自评, is sent back and resubmits during 审核, and is concluded by reviewers")
    func unitTransitions() throws {
        // given
        var status = UnitAssessmentStatus.selfAssessing
        // when
        status = try status.moving(to: .submitted, in: .selfAssessment)
        status = try status.moving(to: .returned, in: .review)
        status = try status.moving(to: .submitted, in: .review)
        status = try status.moving(to: .reviewed, in: .review)
        // then
        #expect(status == .reviewed)
        #expect(status.label == "已审核")
        #expect(UnitAssessmentStatus.reviewed.allowedTransitions(in: .review) == [.returned])
    }

    @Test("a unit cannot submit before 自评 opens or after it closes, nor be reviewed outside 审核")
    func refusedUnitTransitions() {
        #expect(UnitAssessmentStatus.selfAssessing.allowedTransitions(in: .draft).isEmpty)
        #expect(UnitAssessmentStatus.selfAssessing.allowedTransitions(in: .review).isEmpty)
        #expect(UnitAssessmentStatus.submitted.allowedTransitions(in: .selfAssessment).isEmpty)
        #expect(UnitAssessmentStatus.reviewed.allowedTransitions(in: .published).isEmpty)
        #expect(throws: DomainError.conflict("考核处于「已公布」阶段，单位状态「已提交」不能转为「已审核」")) {
            try UnitAssessmentStatus.submitted.moving(to: .reviewed, in: .published)
        }
    }

    @Test("self-assessment is submitted only with points on every manual indicator and evidence where required")
    func evidenceGate() throws {
        // given
        let system = AssessmentFixtures.system
        // then: 1.1 requires evidence; 2.2 does not; automatic ones need nothing from the unit
        #expect(throws: DomainError.invalid([FieldError("1.1.evidence", "「决策目录」需要上传佐证材料（目录公布截图）")])) {
            try system.checkSelfAssessment(selfAssessed: ["1.1": 2, "2.2": 1], evidenceCounts: ["1.1": 0])
        }
        try system.checkSelfAssessment(selfAssessed: ["1.1": 2, "2.2": 1], evidenceCounts: ["1.1": 1])
        #expect(
            system.selfAssessmentProblems(selfAssessed: ["1.1": 3], evidenceCounts: ["1.1": 2]) == [
                FieldError("1.1.self", "「决策目录」的自评分应在0至2分之间"),
                FieldError("2.2.self", "请填写「整改报告」的自评分"),
            ])
    }
}
