import Fluent
import Foundation
import Testing

@testable import FazhiCore
@testable import FazhiStore

@Suite("OrganisationRepository")
struct OrganisationRepositoryTests {
    @Test("creates an organisation under a parent in scope, with its path and an audit entry")
    func createInScope() async throws {
        try await TestStore.with { store in
            // given
            let tree = try await Tree.build(in: store)
            let repo = store.orgs(in: Scope(tree.market))
            // when
            let org = try await repo.create(
                ValidOrganisationInput(
                    name: "稽查二大队", shortName: "二大队", kind: .enforcementAgency, parentID: tree.marketUnit.id,
                    creditCode: creditCode(42), aliases: ["二队"]),
                by: Actor(userID: nil, name: "管理员甲", requestID: "req-1"))
            // then
            #expect(org.path == tree.marketUnit.path.child(org.id))
            #expect(org.parentID == tree.marketUnit.id)
            #expect(try await store.systemOrgs.find(org.id) == org)
            let entries = try await store.audit(action: "organisation.create").filter {
                $0.entityID == org.id.uuidString
            }
            #expect(entries.count == 1)
            #expect(entries.first?.orgPath == org.path.value)
            #expect(entries.first?.actorName == "管理员甲")
            #expect(entries.first?.requestID == "req-1")
            #expect(entries.first?.before == nil)
            let after = try JSONDecoder().decode(Organisation.self, from: Data((entries.first?.after ?? "").utf8))
            #expect(after == org)
        }
    }

    @Test("creating under a parent outside the scope is notFound and writes nothing")
    func createOutsideScope() async throws {
        try await TestStore.with { store in
            // given
            let tree = try await Tree.build(in: store)
            let repo = store.orgs(in: Scope(tree.market))
            let orgsBefore = try await store.orgCount()
            let auditBefore = try await store.auditCount()
            // when
            let outside = await domainError {
                _ = try await repo.create(
                    ValidOrganisationInput(
                        name: "越权机构", shortName: "越权", kind: .department, parentID: tree.county.id, creditCode: nil,
                        aliases: []),
                    by: store.actor)
            }
            let asRoot = await domainError {
                _ = try await repo.create(
                    ValidOrganisationInput(
                        name: "越权根机构", shortName: "越权", kind: .government, parentID: nil, creditCode: nil, aliases: []),
                    by: store.actor)
            }
            // then
            #expect(outside == OrganisationRepository.notFound)
            #expect(asRoot?.fields.map(\.field) == ["parentID"])
            #expect(try await store.orgCount() == orgsBefore)
            #expect(try await store.auditCount() == auditBefore)
        }
    }

    @Test("list and find see only the scope's subtree")
    func readsAreScoped() async throws {
        try await TestStore.with { store in
            // given
            let tree = try await Tree.build(in: store)
            let repo = store.orgs(in: Scope(tree.market))
            // when
            let listed = try await repo.list()
            let outside = await domainError { _ = try await repo.find(tree.county.id) }
            // then
            #expect(listed.map(\.id) == [tree.market.id, tree.marketUnit.id, tree.marketTeam.id])
            #expect(try await repo.count() == 3)
            #expect(outside == OrganisationRepository.notFound)
            #expect(try await repo.find(tree.marketTeam.id) == tree.marketTeam)
        }
    }

    @Test("update records the state before and after; an update that changes nothing records nothing")
    func updateAudits() async throws {
        try await TestStore.with { store in
            // given
            let tree = try await Tree.build(in: store)
            let repo = store.orgs(in: Scope(tree.city))
            let input = ValidOrganisationInput(
                name: "测试市市场监督管理局", shortName: "市场监管局", kind: .enforcementAgency, parentID: nil,
                creditCode: creditCode(7), aliases: ["市监局"])
            // when
            let updated = try await repo.update(tree.market.id, input, by: store.actor)
            let again = try await repo.update(tree.market.id, input, by: store.actor)
            // then
            #expect(updated.name == "测试市市场监督管理局")
            #expect(updated.parentID == tree.city.id)  // update does not move
            #expect(updated.path == tree.market.path)
            #expect(again == updated)
            let entries = try await store.audit(action: "organisation.update")
            #expect(entries.count == 1)
            let before = try JSONDecoder().decode(Organisation.self, from: Data((entries.first?.before ?? "").utf8))
            let after = try JSONDecoder().decode(Organisation.self, from: Data((entries.first?.after ?? "").utf8))
            #expect(before == tree.market)
            #expect(after == updated)
            #expect(try await store.systemOrgs.find(tree.market.id) == updated)
        }
    }

    @Test("move rewrites the paths of the whole subtree and nothing else")
    func moveRewritesSubtree() async throws {
        try await TestStore.with { store in
            // given
            let tree = try await Tree.build(in: store)
            let repo = store.orgs(in: Scope(tree.city))
            let others = [tree.city, tree.justice, tree.county, tree.countyMarket]
            // when
            let moved = try await repo.move(tree.marketUnit.id, under: tree.countyMarket.id, by: store.actor)
            // then
            let newPath = tree.countyMarket.path.child(tree.marketUnit.id)
            #expect(moved.path == newPath)
            #expect(moved.parentID == tree.countyMarket.id)
            let unit = try await store.systemOrgs.find(tree.marketUnit.id)
            let team = try await store.systemOrgs.find(tree.marketTeam.id)
            #expect(unit.path == newPath)
            #expect(unit.parentID == tree.countyMarket.id)
            #expect(team.path == newPath.child(tree.marketTeam.id))
            #expect(team.parentID == tree.marketUnit.id)
            for org in others + [tree.market] { #expect(try await store.systemOrgs.find(org.id) == org) }
            let countyScope = store.orgs(in: Scope(tree.county))
            #expect(
                Set(try await countyScope.list().map(\.id)) == [
                    tree.county.id, tree.countyMarket.id, tree.marketUnit.id, tree.marketTeam.id,
                ])
            #expect(try await store.orgs(in: Scope(tree.market)).list().map(\.id) == [tree.market.id])
            let entry = try #require(try await store.audit(action: "organisation.move").first)
            #expect(entry.orgPath == newPath.value)
        }
    }

    @Test("moving under itself or its own descendant is rejected and changes nothing")
    func moveUnderDescendant() async throws {
        try await TestStore.with { store in
            // given
            let tree = try await Tree.build(in: store)
            let repo = store.orgs(in: Scope(tree.city))
            let before = try await store.systemOrgs.list()
            let auditBefore = try await store.auditCount()
            // when
            let underChild = await domainError {
                _ = try await repo.move(tree.market.id, under: tree.marketTeam.id, by: store.actor)
            }
            let underSelf = await domainError {
                _ = try await repo.move(tree.market.id, under: tree.market.id, by: store.actor)
            }
            let scopeRoot = await domainError {
                _ = try await repo.move(tree.city.id, under: tree.county.id, by: store.actor)
            }
            let outside = await domainError {
                _ = try await store.orgs(in: Scope(tree.market)).move(
                    tree.marketTeam.id, under: tree.county.id, by: store.actor)
            }
            // then
            #expect(underChild?.fields.map(\.field) == ["parentID"])
            #expect(underSelf?.fields.map(\.field) == ["parentID"])
            if case .forbidden = scopeRoot {
            } else {
                Issue.record("moving the scope root: \(String(describing: scopeRoot))")
            }
            #expect(outside == OrganisationRepository.notFound)
            #expect(try await store.systemOrgs.list() == before)
            #expect(try await store.auditCount() == auditBefore)
        }
    }

    @Test("deactivating an organisation with active children is a conflict; leaves first works")
    func deactivateWithChildren() async throws {
        try await TestStore.with { store in
            // given
            let tree = try await Tree.build(in: store)
            let repo = store.orgs(in: Scope(tree.city))
            // when
            let refused = await domainError { _ = try await repo.setActive(tree.marketUnit.id, false, by: store.actor) }
            let unitAfterRefusal = try await repo.find(tree.marketUnit.id)
            let team = try await repo.setActive(tree.marketTeam.id, false, by: store.actor)
            let unit = try await repo.setActive(tree.marketUnit.id, false, by: store.actor)
            let reactivateChild = await domainError {
                _ = try await repo.setActive(tree.marketTeam.id, true, by: store.actor)
            }
            // then
            if case .conflict = refused {
            } else {
                Issue.record("expected conflict, got \(String(describing: refused))")
            }
            #expect(unitAfterRefusal.active)
            #expect(!team.active)
            #expect(!unit.active)
            if case .conflict = reactivateChild {
            } else {
                Issue.record("reactivating under an inactive parent: \(String(describing: reactivateChild))")
            }
            #expect(try await store.audit(action: "organisation.deactivate").count == 2)
            #expect(try await repo.list(includeInactive: false).map(\.id).contains(tree.marketUnit.id) == false)
        }
    }

    @Test("a credit code is unique across the whole tree, on create and on update")
    func creditCodeUnique() async throws {
        try await TestStore.with { store in
            // given
            let tree = try await Tree.build(in: store)
            let code = creditCode(99)
            _ = try await store.org("持码机构", under: tree.county, creditCode: code)
            let repo = store.orgs(in: Scope(tree.market))  // the holder is outside this scope
            let countBefore = try await store.orgCount()
            // when
            let onCreate = await domainError {
                _ = try await repo.create(
                    ValidOrganisationInput(
                        name: "重码机构", shortName: "重码", kind: .department, parentID: tree.market.id, creditCode: code,
                        aliases: []),
                    by: store.actor)
            }
            let onUpdate = await domainError {
                _ = try await repo.update(
                    tree.marketUnit.id,
                    ValidOrganisationInput(
                        name: tree.marketUnit.name, shortName: tree.marketUnit.shortName, kind: tree.marketUnit.kind,
                        parentID: nil, creditCode: code, aliases: []),
                    by: store.actor)
            }
            // then
            #expect(onCreate?.fields.map(\.field) == ["creditCode"])
            #expect(onUpdate?.fields.map(\.field) == ["creditCode"])
            #expect(try await store.orgCount() == countBefore)
            #expect(try await store.systemOrgs.find(tree.marketUnit.id).creditCode == nil)
        }
    }

    @Test("chain lists an organisation's ancestors root first")
    func chain() async throws {
        try await TestStore.with { store in
            // given
            let tree = try await Tree.build(in: store)
            // when
            let chain = try await OrganisationRepository.chain(of: tree.marketTeam.id, on: store.db)
            // then
            #expect(chain.map(\.id) == [tree.city.id, tree.market.id, tree.marketUnit.id, tree.marketTeam.id])
        }
    }
}
