import Fluent
import Foundation
import SQLKit
import Testing

@testable import FazhiCore
@testable import FazhiStore

@Suite("Assessment: systems, rounds, self-assessment, review, figures from the records")
struct AssessmentStoreTests {
    static let today = CivilDate(iso: "2027-12-20")!
    static let office: Set<Role> = [.ruleOfLawOffice]

    /// 20 points: 10 computed from the unit's inspection findings, 10 scored by hand on evidence.
    static let system = IndicatorSystem(
        name: "测试指标体系",
        indicators: [
            Indicator(
                code: "1", name: "监督整改", points: 20, level: 1,
                children: [
                    Indicator(
                        code: "1.1", name: "督察问题整改", points: 10, level: 2,
                        method: .automatic(
                            metric: "inspection.findings.rectified", rule: .proportional, noData: .reviewerDecides)),
                    Indicator(
                        code: "1.2", name: "主要负责人述法", points: 10, level: 2, method: .manual(evidenceRequired: true),
                        evidence: "述法报告"),
                ])
        ])

    struct Fixture {
        let tree: Tree
        let office: AssessmentRepository
        let round: AssessmentRoundRow
    }

    func fixture(_ store: TestStore) async throws -> Fixture {
        let tree = try await Tree.build(in: store)
        let office = AssessmentRepository(db: store.db, scope: Scope(tree.city), today: Self.today, roles: Self.office)
        let system = try await office.saveSystem(Self.system, office: tree.city.id, by: store.actor)
        let round = try await office.createRound(
            AssessmentRoundInput(
                title: "2027年度法治政府建设考核", systemID: system.id.uuidString, year: "2027",
                unitIDs: [tree.justice.id.uuidString, tree.countyMarket.id.uuidString]),
            office: tree.city.id, by: store.actor)
        // two findings for the justice bureau in 2027, one closed; none for the county's regulator
        let inspections = InspectionRepository(
            db: store.db, scope: Scope(tree.city), today: Self.today, roles: Self.office)
        let campaign = try await inspections.createCampaign(
            InspectionCampaignInput(title: "督察", startedOn: "2027-03-01"), office: tree.city.id, by: store.actor)
        for text in ["问题一", "问题二"] {
            let finding = try await inspections.addFinding(
                to: campaign.id,
                InspectionFindingInput(
                    organisationID: tree.justice.id.uuidString, kind: "other", description: text,
                    raisedOn: "2027-03-10",
                    deadline: "2027-06-30"), by: store.actor)
            if text == "问题一" {
                try await inspections.act(on: finding.id, .init(action: "close", body: "已整改"), by: store.actor)
            }
        }
        return Fixture(tree: tree, office: office, round: round)
    }

    func unit(_ store: TestStore, _ org: Organisation) -> AssessmentRepository {
        AssessmentRepository(db: store.db, scope: Scope(org), today: Self.today, roles: [.legalUnit])
    }

    @Test("an automatic indicator is scored from the unit's own records and drills down to them")
    func automaticFigure() async throws {
        try await TestStore.with { store in
            let f = try await fixture(store)
            let card = try await f.office.scorecard(f.round.id, unit: f.tree.justice.id)
            #expect(card.figures["1.1"]?.value == MetricValue(numerator: 1, denominator: 2))
            #expect(card.card.line(code: "1.1")?.score?.points == Points(5))
            let drill = try await f.office.figureRecords(f.round.id, unit: f.tree.justice.id, code: "1.1")
            #expect(drill.records.map(\.title).sorted() == ["问题一", "问题二"])
            #expect(drill.records.filter(\.met).map(\.title) == ["问题一"])
            // the county's regulator has no findings: no data, a reviewer decides
            let county = try await f.office.scorecard(f.round.id, unit: f.tree.countyMarket.id)
            #expect(county.card.line(code: "1.1")?.score?.isPending == true)
        }
    }

    @Test("self-assessment needs evidence; review needs reasons; publication needs every unit reviewed")
    func roundCycle() async throws {
        try await TestStore.with { store in
            let f = try await fixture(store)
            let justice = unit(store, f.tree.justice)
            // nothing can be entered while the round is being prepared
            let early = await domainError {
                _ = try await justice.selfAssess(
                    f.round.id, unit: f.tree.justice.id, code: "1.2", points: "9", comment: "", files: [],
                    by: store.actor)
            }
            #expect(early?.message.contains("准备") == true)
            _ = try await f.office.move(f.round.id, to: .selfAssessment, by: store.actor)
            // a unit sees its own scorecard only
            let hidden = await domainError { _ = try await justice.scorecard(f.round.id, unit: f.tree.countyMarket.id) }
            #expect(hidden == AssessmentRepository.notFound)
            _ = try await justice.selfAssess(
                f.round.id, unit: f.tree.justice.id, code: "1.2", points: "9", comment: "已述法", files: [],
                by: store.actor)
            let noEvidence = await domainError {
                _ = try await justice.submit(f.round.id, unit: f.tree.justice.id, by: store.actor)
            }
            #expect(noEvidence?.fields.map(\.field) == ["1.2.evidence"])
            let tooMany = await domainError {
                _ = try await justice.selfAssess(
                    f.round.id, unit: f.tree.justice.id, code: "1.2", points: "11", comment: "", files: [],
                    by: store.actor)
            }
            #expect(tooMany?.fields.map(\.field) == ["1.2.self"])
            _ = try await justice.selfAssess(
                f.round.id, unit: f.tree.justice.id, code: "1.2", points: "", comment: "",
                files: [(name: "述法报告.pdf", content: Data("pdf".utf8))], by: store.actor)
            let submitted = try await justice.submit(f.round.id, unit: f.tree.justice.id, by: store.actor)
            #expect(submitted.unit.status == .submitted)
            #expect(submitted.entries["1.2"]?.selfPoints == Points(9))
            #expect(submitted.entries["1.2"]?.evidence.count == 1)

            _ = try await f.office.move(f.round.id, to: .review, by: store.actor)
            // a unit cannot review; a deduction needs its reason; an automatic figure with data is not hand-scored
            let byUnit = await domainError {
                _ = try await justice.review(
                    f.round.id, unit: f.tree.justice.id, code: "1.2", decision: .points(10, comment: ""),
                    by: store.actor)
            }
            #expect(byUnit == AssessmentRepository.officeOnly)
            let noReason = await domainError {
                _ = try await f.office.review(
                    f.round.id, unit: f.tree.justice.id, code: "1.2", decision: .points(8, comment: ""), by: store.actor
                )
            }
            #expect(noReason?.fields.map(\.field) == ["1.2.review"])
            let automatic = await domainError {
                _ = try await f.office.review(
                    f.round.id, unit: f.tree.justice.id, code: "1.1", decision: .points(10, comment: ""),
                    by: store.actor)
            }
            #expect(automatic?.message.contains("自动计分") == true)
            let reviewed = try await f.office.review(
                f.round.id, unit: f.tree.justice.id, code: "1.2", decision: .points(8, comment: "述法报告未公开"),
                by: store.actor)
            #expect(reviewed.card.final == Points(13))
            _ = try await f.office.decide(f.round.id, unit: f.tree.justice.id, .reviewed, by: store.actor)
            // the county's regulator never submitted: publication is refused, naming it
            let early2 = await domainError { _ = try await f.office.move(f.round.id, to: .published, by: store.actor) }
            #expect(early2?.message.contains("测试县市场监管局") == true || early2?.message.contains("测试县市场监督") == true)
            let results = try await f.office.results(of: try await f.office.round(f.round.id))
            #expect(results.first?.unit.organisationID == f.tree.justice.id)
            #expect(results.first?.rank == 1)
            #expect(results.last?.rank == nil)
            #expect(try await !store.audit(action: "assessment.review").isEmpty)
            #expect(try await store.audit(action: "assessment.self").count == 2)
        }
    }

    @Test("a system that does not add up is refused with every problem, and nothing is saved")
    func invalidSystem() async throws {
        try await TestStore.with { store in
            let tree = try await Tree.build(in: store)
            let office = AssessmentRepository(
                db: store.db, scope: Scope(tree.city), today: Self.today, roles: Self.office)
            var broken = Self.system
            broken.indicators[0].points = 25
            let refused = await domainError {
                _ = try await office.saveSystem(broken, office: tree.city.id, by: store.actor)
            }
            #expect(refused != nil)
            #expect(try await office.systems().isEmpty)
            let notOffice = unit(store, tree.city)
            let forbidden = await domainError {
                _ = try await notOffice.saveSystem(Self.system, office: tree.city.id, by: store.actor)
            }
            #expect(forbidden == AssessmentRepository.officeOnly)
        }
    }
}
