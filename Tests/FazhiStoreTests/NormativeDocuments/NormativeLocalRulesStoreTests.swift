import FazhiTestSupport
import Fluent
import Foundation
import SQLKit
import Testing

@testable import FazhiCore
@testable import FazhiStore

@Suite("Normative documents: local rules")
struct NormativeLocalRulesStoreTests {
    static func rules(_ statute: String, filingDays: Int = 20) -> NormativeLocalRules {
        NormativeLocalRules(
            statute: statute, version: "2024-01-01", commentDays: 30, commentArticle: "第十条",
            legalityMinimumWorkdays: 5, legalityMaximumWorkdays: 15, legalityArticle: "第十五条",
            filingDays: filingDays, filingArticle: "第二十条", suggestionDays: 60, suggestionArticle: "第三十条",
            validityYears: 5, validityArticle: "第三十二条")
    }

    @Test("bad rules are refused field by field, and nothing is saved")
    func validation() async throws {
        try await TestStore.with { store in
            // given
            let tree = try await Tree.build(in: store)
            let repository = NormativeLocalRulesRepository(db: store.db, scope: Scope(tree.city), roles: [.justice])
            var bad = Self.rules(" ")
            bad.legalityMinimumWorkdays = 10
            bad.legalityMaximumWorkdays = 8
            bad.version = "2024-02-30"
            let audit = try await store.auditCount()
            // when
            let error = await domainError { try await repository.save(bad, for: tree.city.id, by: store.actor) }
            // then
            let fields = Set(error?.fields.map(\.field) ?? [])
            #expect(fields == ["statute", "version", "legalityMaximumWorkdays"])
            #expect(try await NormativeTestData.count(store, "SELECT COUNT(*) AS n FROM normative_local_rules") == 0)
            #expect(try await store.auditCount() == audit)
        }
    }

    @Test("the nearest entry above a body applies; saving again replaces the row and audits before and after")
    func nearestAncestor() async throws {
        try await TestStore.with { store in
            // given
            let tree = try await Tree.build(in: store)
            let repository = NormativeLocalRulesRepository(db: store.db, scope: Scope(tree.city), roles: [.admin])
            try await repository.save(Self.rules("测试市规范性文件管理办法"), for: tree.city.id, by: store.actor)
            try await repository.save(Self.rules("测试县规范性文件管理办法", filingDays: 15), for: tree.county.id, by: store.actor)
            // when
            let county = try await repository.entry(for: tree.countyMarket.id)
            let city = try await repository.entry(for: tree.marketTeam.id)
            // then
            #expect(county.applied.localRules?.statute == "测试县规范性文件管理办法")
            #expect(county.applied.policy.filing.amount == 15)
            #expect(county.inheritedFrom?.id == tree.county.id)
            #expect(county.own == nil)
            #expect(city.applied.localRules?.statute == "测试市规范性文件管理办法")
            #expect(city.applied.policy.filing.basis.citation.contains("第二十条"))
            // replacing the city's rules: one row, audit entry with the old rules
            try await repository.save(Self.rules("测试市规范性文件管理办法", filingDays: 25), for: tree.city.id, by: store.actor)
            #expect(try await NormativeTestData.count(store, "SELECT COUNT(*) AS n FROM normative_local_rules") == 2)
            let entries = try await store.audit(action: "normative.rules.save")
            #expect(entries.count == 3)
            #expect(
                entries.contains {
                    $0.before?.contains("\"filingDays\":20") == true && $0.after?.contains("25") == true
                })
            #expect(try await repository.entry(for: tree.city.id).own?.filingDays == 25)
            // nothing entered above: the national defaults, borrowed
            let other = try await store.org("外市人民政府", kind: .government)
            let national = try await NormativeLocalRulesRepository(db: store.db, scope: Scope(other), roles: [.admin])
                .entry(for: other.id)
            #expect(national.applied.localRules == nil)
            #expect(national.applied.policy.filing.title.contains("参照"))
        }
    }

    @Test("only admin and justice enter rules; an organisation outside the scope is not found")
    func access() async throws {
        try await TestStore.with { store in
            let tree = try await Tree.build(in: store)
            let legal = NormativeLocalRulesRepository(db: store.db, scope: Scope(tree.city), roles: [.legalUnit])
            #expect(
                await domainError { try await legal.save(Self.rules("x"), for: tree.city.id, by: store.actor) }
                    == NormativeLocalRulesRepository.editorsOnly)
            let county = NormativeLocalRulesRepository(db: store.db, scope: Scope(tree.county), roles: [.justice])
            let hidden = await domainError {
                try await county.save(Self.rules("x"), for: tree.city.id, by: store.actor)
            }
            #expect(hidden?.isNotFound == true)
            #expect(try await NormativeTestData.count(store, "SELECT COUNT(*) AS n FROM normative_local_rules") == 0)
        }
    }
}

extension DomainError {
    var isNotFound: Bool {
        if case .notFound = self { return true }
        return false
    }
    var isConflict: Bool {
        if case .conflict = self { return true }
        return false
    }
    var isForbidden: Bool {
        if case .forbidden = self { return true }
        return false
    }
}
