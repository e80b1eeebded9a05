import Fluent
import Foundation
import SQLKit
import Testing

@testable import FazhiCore
@testable import FazhiStore

@Suite("ApiTokenRepository")
struct ApiTokenRepositoryTests {
    @Test("issue returns a secret once; authenticate resolves it; revoke stops it at once")
    func issueAuthenticateRevoke() async throws {
        try await TestStore.with { store in
            // given
            let tree = try await Tree.build(in: store)
            let admin = try await store.user("admin", in: tree.city, roles: [.admin])
            let repo = ApiTokenRepository(db: store.db, scope: Scope(tree.city))
            let actor = Actor(userID: admin.id, name: "管理员")
            // when
            let issued = try await repo.issue(name: "热线对接", organisationID: tree.market.id, by: actor)
            let grant = try await ApiTokenRepository.authenticate(issued.secret, on: store.db)
            let wrong = try await ApiTokenRepository.authenticate("fz_" + Secrets.randomToken(), on: store.db)
            try await repo.revoke(issued.token.id, by: actor)
            try await repo.revoke(issued.token.id, by: actor)  // a second revoke changes nothing
            let afterRevoke = try await ApiTokenRepository.authenticate(issued.secret, on: store.db)
            // then
            #expect(issued.secret.hasPrefix("fz_"))
            #expect(issued.token.prefix == String(issued.secret.prefix(10)))
            #expect(grant?.userID == admin.id)
            #expect(grant?.organisationID == tree.market.id)
            #expect(wrong == nil)
            #expect(afterRevoke == nil)
            let stored = try #require(try await ApiTokenModel.find(issued.token.id, on: store.db))
            #expect(stored.tokenHash == Secrets.sha256(issued.secret))
            #expect(stored.tokenHash != issued.secret)
            #expect(try await store.audit(action: "api_token.issue").count == 1)
            #expect(try await store.audit(action: "api_token.revoke").count == 1)
            let listed = try await repo.list()
            #expect(listed.map(\.id) == [issued.token.id])
            #expect(listed.first?.revokedAt != nil)
        }
    }

    @Test("tokens outside the scope cannot be issued, listed or revoked")
    func scoped() async throws {
        try await TestStore.with { store in
            // given
            let tree = try await Tree.build(in: store)
            let admin = try await store.user("admin", in: tree.city, roles: [.admin])
            let actor = Actor(userID: admin.id, name: "管理员")
            let countyToken = try await ApiTokenRepository(db: store.db, scope: .system).issue(
                name: "县令牌", organisationID: tree.countyMarket.id, by: actor)
            let marketToken = try await ApiTokenRepository(db: store.db, scope: .system).issue(
                name: "市场令牌", organisationID: tree.marketTeam.id, by: actor)
            let repo = ApiTokenRepository(db: store.db, scope: Scope(tree.market))
            let auditBefore = try await store.auditCount()
            // when
            let issueOutside = await domainError {
                _ = try await repo.issue(name: "越权", organisationID: tree.county.id, by: actor)
            }
            let revokeOutside = await domainError { try await repo.revoke(countyToken.token.id, by: actor) }
            let listed = try await repo.list()
            // then
            #expect(issueOutside?.fields.map(\.field) == ["organisationID"])
            if case .notFound = revokeOutside {
            } else {
                Issue.record("revoke outside: \(String(describing: revokeOutside))")
            }
            #expect(listed.map(\.id) == [marketToken.token.id])
            #expect(try await ApiTokenRepository.authenticate(countyToken.secret, on: store.db) != nil)
            #expect(try await store.auditCount() == auditBefore)
        }
    }

    @Test("a token needs a name, an organisation and a signed-in issuer")
    func validation() async throws {
        try await TestStore.with { store in
            // given
            let tree = try await Tree.build(in: store)
            let repo = ApiTokenRepository(db: store.db, scope: Scope(tree.city))
            // when
            let missing = await domainError {
                _ = try await repo.issue(name: "  ", organisationID: nil, by: store.actor)
            }
            let system = await domainError {
                _ = try await repo.issue(name: "系统", organisationID: tree.city.id, by: store.actor)
            }
            // then
            #expect(missing?.fields.map(\.field) == ["name", "organisationID"])
            if case .forbidden = system {} else { Issue.record("system issuer: \(String(describing: system))") }
            #expect(try await ApiTokenModel.query(on: store.db).count() == 0)
        }
    }
}

@Suite("AuditRepository")
struct AuditRepositoryTests {
    @Test("a scope sees the entries of its subtree only, newest first, paged, and by entity")
    func scopePrefix() async throws {
        try await TestStore.with { store in
            // given: Tree.build wrote one organisation.create entry per organisation
            let tree = try await Tree.build(in: store)
            _ = try await store.systemOrgs.setActive(tree.countyMarket.id, false, by: store.actor)
            _ = try await store.systemOrgs.setActive(tree.marketTeam.id, false, by: store.actor)
            // when
            let market = try await AuditRepository(db: store.db, scope: Scope(tree.market)).list()
            let county = try await AuditRepository(db: store.db, scope: Scope(tree.county)).list()
            let all = try await AuditRepository(db: store.db, scope: Scope(tree.city)).list()
            let page2 = try await AuditRepository(db: store.db, scope: Scope(tree.city)).list(page: 2, perPage: 3)
            let team = try await AuditRepository(db: store.db, scope: Scope(tree.city)).list(
                entityID: tree.marketTeam.id.uuidString)
            let teamFromCounty = try await AuditRepository(db: store.db, scope: Scope(tree.county)).list(
                entityID: tree.marketTeam.id.uuidString)
            // then
            #expect(market.total == 4)  // market, unit, team created; team deactivated
            #expect(
                Set(market.entries.map(\.entityID))
                    == Set([tree.market, tree.marketUnit, tree.marketTeam].map(\.id.uuidString)))
            #expect(county.total == 3)
            #expect(all.total == 9)
            #expect(all.entries.first?.action.hasSuffix("deactivate") == true)
            #expect(zip(all.entries, all.entries.dropFirst()).allSatisfy { $0.at >= $1.at })
            #expect(page2.total == 9)
            #expect(page2.entries.map(\.id) == Array(all.entries[3..<6]).map(\.id))
            #expect(team.entries.map(\.action) == ["organisation.deactivate", "organisation.create"])
            #expect(teamFromCounty.total == 0)
        }
    }
}

@Suite("JobQueue")
struct JobQueueTests {
    let t0 = Date(timeIntervalSince1970: 1_800_000_000)

    @Test("enqueue, claim and complete; a due job is claimed once; a future job waits")
    func claimAndComplete() async throws {
        try await TestStore.with { store in
            // given
            let queue = JobQueue(db: store.db)
            let due = try await queue.enqueue(kind: "mail", payload: #"{"to":"a"}"#, runAt: t0)
            let later = try await queue.enqueue(kind: "mail", runAt: t0.addingTimeInterval(60))
            // when
            let first = try await queue.claim(worker: "w1", now: t0)
            let second = try await queue.claim(worker: "w2", now: t0)
            try await queue.complete(try #require(first), now: t0.addingTimeInterval(1))
            let third = try await queue.claim(worker: "w2", now: t0.addingTimeInterval(60))
            // then
            #expect(first == Job(id: due, kind: "mail", payload: #"{"to":"a"}"#, attempts: 1))
            #expect(second == nil)
            #expect(third?.id == later)
            let done = try #require(try await JobModel.find(due, on: store.db))
            #expect(done.status == "done")
            #expect(done.finishedAt != nil)
            #expect(try await queue.counts() == ["done": 1, "running": 1])
            #expect(try await queue.hasPending(kind: "mail"))
        }
    }

    @Test("a failed job is retried with back-off, then stays failed after maxAttempts")
    func retryThenFail() async throws {
        try await TestStore.with { store in
            // given
            let queue = JobQueue(db: store.db, policy: RetryPolicy(maxAttempts: 3, baseSeconds: 10, capSeconds: 3600))
            let id = try await queue.enqueue(kind: "sync", runAt: t0)
            // when / then: attempt 1 fails → due again after 10 s
            let attempt1 = try #require(try await queue.claim(worker: "w", now: t0))
            try await queue.fail(attempt1, error: "超时", now: t0)
            #expect(try await queue.claim(worker: "w", now: t0.addingTimeInterval(9)) == nil)
            // attempt 2 fails → due again after 20 s more
            let attempt2 = try #require(try await queue.claim(worker: "w", now: t0.addingTimeInterval(10)))
            #expect(attempt2.attempts == 2)
            try await queue.fail(attempt2, error: "超时", now: t0.addingTimeInterval(10))
            #expect(try await queue.claim(worker: "w", now: t0.addingTimeInterval(29)) == nil)
            // attempt 3 fails → failed for good
            let attempt3 = try #require(try await queue.claim(worker: "w", now: t0.addingTimeInterval(30)))
            #expect(attempt3.attempts == 3)
            try await queue.fail(attempt3, error: "对方系统不可用", now: t0.addingTimeInterval(30))
            #expect(try await queue.claim(worker: "w", now: t0.addingTimeInterval(100_000)) == nil)
            let model = try #require(try await JobModel.find(id, on: store.db))
            #expect(model.status == "failed")
            #expect(model.lastError == "对方系统不可用")
            #expect(model.attempts == 3)
            #expect(try await queue.failures().map(\.id) == [id])
            #expect(try await queue.counts() == ["failed": 1])
            #expect(try await queue.hasPending(kind: "sync") == false)
        }
    }

    @Test("workers claiming concurrently never get the same job")
    func concurrentClaims() async throws {
        try await TestStore.with { store in
            // given
            let queue = JobQueue(db: store.db)
            var ids = Set<UUID>()
            for n in 0..<40 { ids.insert(try await queue.enqueue(kind: "k", payload: "\(n)", runAt: t0)) }
            // when: 8 workers claim until the queue is empty
            let claimed = try await withThrowingTaskGroup(of: [UUID].self) { group in
                for w in 0..<8 {
                    group.addTask {
                        var mine: [UUID] = []
                        while let job = try await queue.claim(worker: "w\(w)", now: t0) { mine.append(job.id) }
                        return mine
                    }
                }
                var all: [UUID] = []
                for try await mine in group { all += mine }
                return all
            }
            // then
            #expect(claimed.count == 40)
            #expect(Set(claimed) == ids)
            let models = try await JobModel.query(on: store.db).all()
            #expect(models.allSatisfy { $0.status == "running" && $0.attempts == 1 })
        }
    }
}

@Suite("OrganisationImporter")
struct OrganisationImporterTests {
    static let csv = """
        name,short_name,kind,parent,credit_code,aliases
        测试盟行政公署,测试盟,government,,,
        测试盟司法局,盟司法局,justice_bureau,测试盟行政公署,\(creditCode(501)),司法局
        测试盟市场监督管理局,盟市场监管局,enforcement_agency,测试盟行政公署,,市场监管局|市监局
        """

    @Test("imports every row, then a second run skips them all")
    func importTwice() async throws {
        try await TestStore.with { store in
            // given
            let rows = try OrgCSV.parse(Self.csv)
            // when
            let first = try await OrganisationImporter.run(rows, on: store.db, by: store.actor)
            let second = try await OrganisationImporter.run(rows, on: store.db, by: store.actor)
            // then
            #expect(first.created == ["测试盟行政公署", "测试盟司法局", "测试盟市场监督管理局"])
            #expect(first.skipped.isEmpty)
            #expect(second.created.isEmpty)
            #expect(second.skipped == first.created)
            let orgs = try await store.systemOrgs.list()
            #expect(orgs.count == 3)
            #expect(orgs.first(where: { $0.name == "测试盟市场监督管理局" })?.aliases == ["市场监管局", "市监局"])
            #expect(orgs.filter { $0.parentID == orgs[0].id }.count == 2)
        }
    }

    @Test("a bad row rolls back the whole import")
    func allOrNothing() async throws {
        try await TestStore.with { store in
            // given: the last row reuses a credit code, which only the database can notice
            let rows = try OrgCSV.parse(Self.csv + "\n测试盟生态环境局,生态环境局,enforcement_agency,测试盟行政公署,\(creditCode(501)),")
            let unknownParent = try OrgCSV.parse(Self.csv + "\n某局,某局,department,不存在的机构,,")
            // when
            let duplicate = await domainError {
                _ = try await OrganisationImporter.run(rows, on: store.db, by: store.actor)
            }
            let missingParent = await domainError {
                _ = try await OrganisationImporter.run(unknownParent, on: store.db, by: store.actor)
            }
            // then
            #expect(duplicate?.fields.map(\.field) == ["line5"])
            #expect(missingParent?.fields.map(\.field) == ["line5"])
            #expect(try await store.orgCount() == 0)
            #expect(try await store.auditCount() == 0)
        }
    }
}

@Suite("DemoLoader")
struct DemoLoaderTests {
    @Test("loads the demo region into an empty database; the demo users can sign in")
    func loads() async throws {
        try await TestStore.with { store in
            // given
            #expect(try await DemoLoader.isDemo(on: store.db) == false)
            // when
            let summary = try await DemoLoader.load(on: store.db, hasher: store.hasher)
            // then
            #expect(summary.organisations == (try await store.orgCount()))
            #expect(summary.organisations > 40)
            #expect(try await store.userCount() == DemoRegion.users.count)
            #expect(try await DemoLoader.isDemo(on: store.db))
            let justice = try await store.accounts.signIn(
                username: "demo-justice", password: DemoRegion.password, address: "x")
            #expect(justice.organisation.name == "呼和浩特市司法局")
            let scopeRoot = try await store.systemOrgs.find(try #require(justice.scope.root.ids.last))
            #expect(scopeRoot.name == "呼和浩特市人民政府")
        }
    }

    @Test("two demo databases loaded on the same day hold the same cases and the same audit trail")
    func isReproducible() async throws {
        // The cases (body, reference, matter, party, stage, fine), the audit actions as a multiset (ids are random),
        // and the day the demo was generated for.
        func demo() async throws -> (day: CivilDate, cases: [String], actions: [String: Int]) {
            try await TestStore.with { store in
                _ = try await DemoLoader.load(on: store.db, hasher: store.hasher)
                let cases = try await (store.db as! any SQLDatabase).raw(
                    """
                    SELECT o.name || ' ' || c.reference || ' ' || c.matter_code || ' ' || c.party_name || ' '
                      || c.stage || ' ' || CAST(c.fine_fen AS TEXT) AS line
                    FROM enforcement_cases c JOIN organisations o ON o.id = c.organisation_id ORDER BY line
                    """
                ).all().map { try $0.decode(column: "line", as: String.self) }
                let actions = try await AuditEntryModel.query(on: store.db).all()
                    .reduce(into: [:]) { $0[$1.action, default: 0] += 1 }
                return (CivilDate(chinaTimeAt: Date().timeIntervalSince1970), cases, actions)
            }
        }
        // given, when
        let first = try await demo()
        let second = try await demo()
        // then (unless midnight fell between the two, which changes the demo's dates)
        #expect(first.cases.count > 40)
        if first.day == second.day {
            #expect(first.cases == second.cases)
            #expect(first.actions == second.actions)
        }
    }

    @Test("refuses a database that already holds organisations, and writes nothing")
    func refusesNonEmpty() async throws {
        try await TestStore.with { store in
            // given
            try await store.org("已有机构", kind: .government)
            // when
            let error = await domainError { _ = try await DemoLoader.load(on: store.db, hasher: store.hasher) }
            // then
            if case .conflict = error {} else { Issue.record("expected conflict, got \(String(describing: error))") }
            #expect(try await store.orgCount() == 1)
            #expect(try await store.userCount() == 0)
        }
    }
}
