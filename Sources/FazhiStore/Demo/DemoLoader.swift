import FazhiCore
import Fluent
import Foundation

/// Loads the demo region (`DemoRegion`) into an empty database through the same repositories
/// the pages use, so the demo is real code running on generated data.
public enum DemoLoader {
    public struct Summary: Sendable, Equatable {
        public let organisations: Int
        public let users: [DemoRegion.DemoUser]
    }

    public static func load(on db: any Database, hasher: PasswordHashing) async throws -> Summary {
        guard try await OrganisationRepository.isEmpty(on: db) else {
            throw DomainError.conflict("数据库中已有机构数据，演示数据只能载入空数据库")
        }
        let actor = Actor.system("演示数据")
        let orgs = OrganisationRepository(db: db, scope: .system)
        var byName: [String: UUID] = [:]
        func create(_ seed: OrgSeed, parent: UUID?) async throws {
            let input = ValidOrganisationInput(
                name: seed.name, shortName: seed.shortName, kind: seed.kind, parentID: parent,
                creditCode: seed.creditCode, aliases: seed.aliases)
            let org = try await orgs.create(input, by: actor)
            byName[org.name] = org.id
            for child in seed.children { try await create(child, parent: org.id) }
        }
        try await create(DemoRegion.tree, parent: nil)
        let users = UserRepository(db: db, scope: .system, hasher: hasher)
        var created: [String: User] = [:]
        for demo in DemoRegion.users {
            guard let orgID = byName[demo.organisation] else {
                throw DomainError.notFound("演示用户的机构「\(demo.organisation)」不在演示机构树中")
            }
            created[demo.username] = try await users.create(
                ValidUserInput(
                    username: demo.username, displayName: demo.displayName, organisationID: orgID, roles: [demo.role],
                    password: DemoRegion.password),
                by: actor)
        }
        let today = CivilDate(chinaTimeAt: Date().timeIntervalSince1970)
        let deadlines = DeadlineRepository(db: db, scope: .system)
        for demo in DemoRegion.deadlines {
            guard let owner = created[demo.owner] else { continue }
            _ = try await deadlines.create(
                TrackedDeadlineInput(
                    subject: demo.subject, ruleID: demo.ruleID, start: today.adding(days: -demo.startedDaysAgo)),
                defaultOrganisation: owner.organisationID, defaultOwner: owner.id, calendar: .builtIn, by: actor)
        }
        try await loadPlan(year: today.year, office: byName[DemoRegion.users[1].organisation], on: db, by: actor)
        try await loadInspection(
            today: today, office: byName[DemoRegion.users[1].organisation], units: byName, on: db, by: actor)
        try await loadAssessment(
            today: today, office: byName[DemoRegion.users[1].organisation], units: byName, on: db, by: actor)
        // The demo library, through the corpus importer (a real corpus is imported with `fazhi import laws`).
        _ = try await LawImport(db: db).run(
            try DemoLaws.files.map { try LawImportFile(relativePath: $0.path, bytes: Data($0.text.utf8)) }, by: actor)
        try await loadNormative(today: today, organisations: byName, on: db, by: actor)
        try await loadEnforcement(
            today: today, organisations: byName, officerUser: created["demo-officer"]?.id, on: db, by: actor)
        try await loadEnforcementCases(today: today, on: db, by: actor)
        try await loadSupervision(today: today, on: db, by: actor)
        try await loadTransfers(today: today, on: db, by: actor)
        try await loadComplaints(today: today, on: db, by: actor)
        try await loadCaseFileReview(today: today, organisations: byName, on: db, by: actor)
        try await loadEnterpriseInspections(today: today, on: db, by: actor)
        return Summary(organisations: byName.count, users: DemoRegion.users)
    }

    /// The demo plan (`DemoPlan`) as the office's ledger, with one progress report, through the real importer.
    static func loadPlan(year: Int, office: UUID?, on db: any Database, by actor: Actor) async throws {
        guard let office else { return }
        let document = try PlanParser(options: .init(referenceYear: year)).parse(DemoPlan.text(year: year))
        let result = try await PlanImport(db: db, scope: .system).commit(
            PlanImportRequest(
                document: document, sourceName: "演示工作要点.txt", sourceSHA256: "-", referenceYear: year,
                organisationID: office),
            by: actor)
        let ledger = TaskLedgerRepository(
            db: db, scope: .system, today: CivilDate(chinaTimeAt: Date().timeIntervalSince1970))
        let plan = try await ledger.plan(result.planID)
        if let first = try await ledger.tasks(of: plan, PlanTaskFilter(limit: 1)).tasks.first {
            _ = try await ledger.report(
                first.id, PlanProgressInput(body: "已印发清理工作通知，各市正在梳理文件目录。", status: "in_progress"), by: actor)
        }
    }

    /// The demo inspection (`DemoInspection`) run by the office, with reports and a closure, through the real
    /// repository.
    static func loadInspection(
        today: CivilDate, office: UUID?, units: [String: UUID], on db: any Database, by actor: Actor
    ) async throws {
        guard let office else { return }
        let raised = today.adding(days: -DemoInspection.raisedDaysAgo)
        let inspections = InspectionRepository(db: db, scope: .system, today: today, roles: [.admin])
        let campaign = try await inspections.createCampaign(
            InspectionCampaignInput(
                title: DemoInspection.title(year: raised.year), basis: DemoInspection.basis,
                startedOn: raised.adding(days: -14).iso, endedOn: raised.adding(days: -7).iso),
            office: office, by: actor)
        for demo in DemoInspection.findings {
            guard let unit = units[demo.unit] else { continue }
            let finding = try await inspections.addFinding(
                to: campaign.id,
                InspectionFindingInput(
                    organisationID: unit.uuidString, kind: demo.kind.rawValue, description: demo.description,
                    requirement: demo.requirement, raisedOn: raised.iso, deadline: raised.adding(days: demo.days).iso),
                by: actor)
            if let report = demo.report {
                try await inspections.act(
                    on: finding.id, InspectionActionInput(action: "report", body: report), by: actor)
            }
            if demo.closed {
                try await inspections.act(
                    on: finding.id, InspectionActionInput(action: "close", body: "整改到位，同意销号。"), by: actor)
            }
        }
    }

    /// The demo indicator system (`DemoIndicators`) and this year's round over the two cities, open for
    /// self-assessment.
    static func loadAssessment(
        today: CivilDate, office: UUID?, units: [String: UUID], on db: any Database, by actor: Actor
    ) async throws {
        guard let office else { return }
        let assessments = AssessmentRepository(db: db, scope: .system, today: today, roles: [.admin])
        let system = try await assessments.saveSystem(DemoIndicators.system, office: office, by: actor)
        let cities = ["呼和浩特市人民政府", "鄂尔多斯市人民政府"].compactMap { units[$0]?.uuidString }
        let round = try await assessments.createRound(
            AssessmentRoundInput(
                title: "\(today.year)年度法治政府建设考核（演示）", systemID: system.id.uuidString, year: String(today.year),
                unitIDs: cities), office: office, by: actor)
        _ = try await assessments.move(round.id, to: .selfAssessment, by: actor)
    }

    /// Whether the demo region is what the database holds (drives the banner on every page).
    public static func isDemo(on db: any Database) async throws -> Bool {
        try await UserModel.query(on: db).filter(\.$username == DemoRegion.users[0].username).count() > 0
    }
}
