import FazhiTestSupport
import Fluent
import Foundation
import SQLKit
import Testing

@testable import FazhiCore
@testable import FazhiStore

@Suite("Enforcement master data: bodies, officers, powers list")
struct EnforcementMasterDataStoreTests {
    static let today = CivilDate(iso: "2026-12-01")!

    static func repository(_ store: TestStore, _ root: Organisation, roles: Set<Role> = [.justice])
        -> EnforcementMasterDataRepository
    {
        EnforcementMasterDataRepository(db: store.db, scope: Scope(root), today: today, roles: roles)
    }

    static func register(_ repository: EnforcementMasterDataRepository, _ org: Organisation, _ store: TestStore)
        async throws
    {
        try await repository.saveBody(
            EnforcementBodyInput(organisationID: org.id.uuidString, legalBasis: "《中华人民共和国食品安全法》第六条", territory: "测试市"),
            by: store.actor)
    }

    static func officer(_ name: String, _ number: String, from: String = "2025-01-01", to: String = "2029-12-31")
        -> OfficerInput
    {
        OfficerInput(
            name: name, duty: "执法人员", certificateNumber: number, issuer: "测试省人民政府", fields: "市场监管", validFrom: from,
            validTo: to)
    }

    static func matter(_ code: String, name: String = "未建立进货查验记录", minimum: String = "5000") -> PowerMatterInput {
        PowerMatterInput(
            code: code, name: name, kind: "行政处罚", legalBasis: "《中华人民共和国食品安全法》第一百二十六条",
            ranges: [.init(circumstance: "一般", description: "拒不改正", minimum: minimum, maximum: "50000")],
            lightPenalty: true)
    }

    @Test("a body is registered once, updated in place, and only agencies, departments and governments qualify")
    func bodies() async throws {
        try await TestStore.with { store in
            // given
            let tree = try await Tree.build(in: store)
            let repository = Self.repository(store, tree.city)
            let audit = try await store.auditCount()
            // when
            try await Self.register(repository, tree.market, store)
            let updated = try await repository.saveBody(
                EnforcementBodyInput(
                    organisationID: tree.market.id.uuidString, legalBasis: "三定规定", territory: "测试市行政区域",
                    status: "暂停"), by: store.actor)
            let justice = await domainError {
                try await repository.saveBody(
                    EnforcementBodyInput(organisationID: tree.justice.id.uuidString, legalBasis: "x", territory: "y"),
                    by: store.actor)
            }
            // then
            #expect(updated.status == .suspended)
            #expect(updated.territory == "测试市行政区域")
            #expect(try await repository.bodies().map(\.id) == [tree.market.id])
            #expect(justice?.fields.map(\.field) == ["organisationID"])
            #expect(try await store.auditCount() == audit + 2)
            #expect(try await store.audit(action: "enforcement.body.register").count == 1)
        }
    }

    @Test("outside the scope a body is not found, and readers may not write")
    func scope() async throws {
        try await TestStore.with { store in
            // given
            let tree = try await Tree.build(in: store)
            try await Self.register(Self.repository(store, tree.city), tree.market, store)
            try await Self.register(Self.repository(store, tree.city), tree.countyMarket, store)
            let county = Self.repository(store, tree.county, roles: [.legalUnit])
            let officer = Self.repository(store, tree.market, roles: [.officer])
            // when
            let outside = await domainError { _ = try await county.body(tree.market.id) }
            let register = await domainError { try await Self.register(county, tree.market, store) }
            let write = await domainError {
                _ = try await officer.addOfficer(Self.officer("张三", "T0001"), to: tree.market.id, by: store.actor)
            }
            // then
            #expect(outside == EnforcementMasterDataRepository.notFound)
            #expect(register == DomainError.notFound("机构不存在，或不在您的管辖范围内"))
            #expect(write == EnforcementMasterDataRepository.editorsOnly)
            #expect(try await county.bodies().map(\.id) == [tree.countyMarket.id])
            #expect(try await officer.bodies().map(\.id) == [tree.market.id])
        }
    }

    @Test("officers and certificates: valid today, duplicates refused, status changes and expiry")
    func officers() async throws {
        try await TestStore.with { store in
            // given
            let tree = try await Tree.build(in: store)
            let repository = Self.repository(store, tree.city)
            try await Self.register(repository, tree.market, store)
            // when
            let valid = try await repository.addOfficer(
                Self.officer("张三", "t0001"), to: tree.market.id, by: store.actor)
            let expired = try await repository.addOfficer(
                Self.officer("李四", "T0002", to: "2026-11-30"), to: tree.market.id, by: store.actor)
            let expiring = try await repository.addOfficer(
                Self.officer("王五", "T0003", to: "2027-01-15"), to: tree.market.id, by: store.actor)
            let duplicate = await domainError {
                _ = try await repository.addOfficer(Self.officer("赵六", "T0001"), to: tree.market.id, by: store.actor)
            }
            let renewed = try await repository.addCertificate(
                CertificateInput(
                    number: "T0004", issuer: "测试省人民政府", fields: "市场监管", validFrom: "2026-12-01", validTo: "2031-11-30"),
                to: expired.id, by: store.actor)
            try await repository.setCertificateStatus(
                try #require(valid.certificates.first?.id), to: .suspended, by: store.actor)
            try await repository.deactivateOfficer(expiring.id, by: store.actor)
            // then
            #expect(valid.certificates.first?.certificate.number == "T0001")
            #expect(valid.validToday)
            #expect(!expired.validToday)
            #expect(expired.certificates.first?.problemToday == "执法证T0002（李四）已于2026-11-30到期")
            #expect(renewed.validToday)
            #expect(renewed.certificates.map(\.certificate.number) == ["T0004", "T0002"])
            #expect(duplicate?.fields.map(\.field) == ["certificateNumber"])
            let officers = try await repository.officers(of: tree.market.id)
            #expect(officers.map(\.name) == ["张三", "李四", "王五"])
            #expect(officers.map(\.validToday) == [false, true, false])
            #expect(try await repository.officers(of: tree.market.id, includeInactive: false).count == 2)
            let body = try await repository.body(tree.market.id)
            #expect(body.officers == 2)
            #expect(body.validCertificates == 1)
            #expect(try await repository.expiringCertificates().isEmpty)
            #expect(
                try await Self.repository(store, tree.city).expiringCertificates(within: 400).map(\.certificate.number)
                    == [])
            #expect(try await store.audit(action: "enforcement.certificate.status").count == 1)
        }
    }

    @Test("certificates running out within 60 days are listed, soonest first, in the scope")
    func expiring() async throws {
        try await TestStore.with { store in
            // given
            let tree = try await Tree.build(in: store)
            let repository = Self.repository(store, tree.city)
            try await Self.register(repository, tree.market, store)
            try await Self.register(repository, tree.countyMarket, store)
            try await repository.addOfficer(
                Self.officer("甲", "E0001", to: "2027-01-20"), to: tree.market.id, by: store.actor)
            try await repository.addOfficer(
                Self.officer("乙", "E0002", to: "2026-12-10"), to: tree.countyMarket.id, by: store.actor)
            try await repository.addOfficer(
                Self.officer("丙", "E0003", to: "2027-03-01"), to: tree.market.id, by: store.actor)
            // when
            let all = try await repository.expiringCertificates()
            let county = try await Self.repository(store, tree.county).expiringCertificates()
            // then
            #expect(all.map(\.certificate.number) == ["E0002", "E0001"])
            #expect(county.map(\.certificate.number) == ["E0002"])
            #expect(all.first?.bodyName == "测试县市场监管局")
        }
    }

    @Test("matters: created once per code, updated, deactivated, filtered and paged")
    func matters() async throws {
        try await TestStore.with { store in
            // given
            let tree = try await Tree.build(in: store)
            let repository = Self.repository(store, tree.city)
            try await Self.register(repository, tree.market, store)
            try await Self.register(repository, tree.countyMarket, store)
            // when
            let first = try await repository.createMatter(Self.matter("CF-1"), body: tree.market.id, by: store.actor)
            try await repository.createMatter(Self.matter("CF-2", name: "虚假广告"), body: tree.market.id, by: store.actor)
            try await repository.createMatter(Self.matter("CF-1"), body: tree.countyMarket.id, by: store.actor)
            let licence = try await repository.createMatter(
                PowerMatterInput(code: "XK-1", name: "食品经营许可", kind: "行政许可", legalBasis: "第三十五条"),
                body: tree.market.id, by: store.actor)
            let duplicate = await domainError {
                _ = try await repository.createMatter(Self.matter("CF-1"), body: tree.market.id, by: store.actor)
            }
            let clash = await domainError {
                _ = try await repository.updateMatter(licence.id, Self.matter("CF-2"), by: store.actor)
            }
            let changed = try await repository.updateMatter(
                first.id, Self.matter("CF-1", minimum: "6000"), by: store.actor)
            try await repository.deactivateMatter(licence.id, by: store.actor)
            // then
            #expect(duplicate?.fields.map(\.field) == ["code"])
            #expect(clash?.fields.map(\.field) == ["code"])
            #expect(changed.benchmark.ranges.first?.minimumFen == 600_000)
            #expect(try await repository.matters(PowerMatterFilter()).total == 3)
            #expect(try await repository.matters(PowerMatterFilter(includeInactive: true)).total == 4)
            #expect(
                try await repository.matters(PowerMatterFilter(bodyID: tree.market.id)).rows.map(\.code) == [
                    "CF-1", "CF-2",
                ])
            #expect(try await repository.matters(PowerMatterFilter(words: "广告")).rows.map(\.name) == ["虚假广告"])
            #expect(try await repository.matters(PowerMatterFilter(words: "100%")).total == 0)
            #expect(try await repository.matters(PowerMatterFilter(list: .lightPenalty)).total == 3)
            #expect(try await repository.matters(PowerMatterFilter(list: .noPenalty)).total == 0)
            #expect(try await repository.matters(PowerMatterFilter(kind: .licence, includeInactive: true)).total == 1)
            let page = try await repository.matters(PowerMatterFilter(limit: 2, offset: 2))
            #expect(page.rows.count == 1 && page.total == 3)
            #expect(try await Self.repository(store, tree.county).matters(PowerMatterFilter()).total == 1)
            let outside = await domainError { _ = try await Self.repository(store, tree.county).matter(first.id) }
            #expect(outside == EnforcementMasterDataRepository.notFound)
        }
    }

    @Test("an import upserts by code in one transaction, with an audit entry per changed matter")
    func importList() async throws {
        try await TestStore.with { store in
            // given
            let tree = try await Tree.build(in: store)
            let repository = Self.repository(store, tree.market, roles: [.legalUnit])
            try await Self.register(Self.repository(store, tree.city), tree.market, store)
            try await repository.createMatter(Self.matter("CF-1"), body: tree.market.id, by: store.actor)
            try await repository.createMatter(Self.matter("CF-9"), body: tree.market.id, by: store.actor)
            let sheet = ImportedTable(rows: [
                ImportedRow(
                    number: 1, cells: ["事项编码", "事项名称", "职权类型", "实施依据", "裁量情节", "适用情形", "罚款下限", "罚款上限", "轻罚清单"]),
                ImportedRow(
                    number: 2,
                    cells: ["CF-1", "未建立进货查验记录", "行政处罚", "《中华人民共和国食品安全法》第一百二十六条", "一般", "拒不改正", "5000", "50000", "是"]),
                ImportedRow(
                    number: 3,
                    cells: ["CF-9", "未建立进货查验记录", "行政处罚", "《中华人民共和国食品安全法》第一百二十六条", "一般", "拒不改正", "8000", "50000", "是"]),
                ImportedRow(number: 4, cells: ["JC-1", "食品生产经营监督检查", "行政检查", "《中华人民共和国食品安全法》第一百一十条"]),
            ])
            let audit = try await store.auditCount()
            // when
            let summary = try await repository.importMatters(
                try PowerListTable.parse(sheet), body: tree.market.id, by: store.actor)
            // then
            #expect(summary == PowerListImportSummary(created: 1, updated: 1, unchanged: 1))
            #expect(try await store.auditCount() == audit + 2)
            let rows = try await repository.matters(PowerMatterFilter(bodyID: tree.market.id)).rows
            #expect(rows.map(\.code) == ["CF-1", "CF-9", "JC-1"])
            #expect(rows[1].benchmark.ranges.first?.minimumFen == 800_000)
        }
    }

    @Test("a failing import leaves the list as it was")
    func importAtomic() async throws {
        try await TestStore.with { store in
            // given
            let tree = try await Tree.build(in: store)
            let repository = Self.repository(store, tree.city)
            try await Self.register(repository, tree.market, store)
            let good = try Self.matter("CF-1").validated()
            let other = try Self.matter("CF-2").validated()
            let audit = try await store.auditCount()
            // when
            let twice = await domainError {
                _ = try await repository.importMatters([good, other, good], body: tree.market.id, by: store.actor)
            }
            let outside = await domainError {
                _ = try await Self.repository(store, tree.county).importMatters(
                    [good], body: tree.market.id, by: store.actor)
            }
            // then
            #expect(twice?.fields.map(\.field) == ["file"])
            #expect(outside == EnforcementMasterDataRepository.notFound)
            #expect(try await repository.matters(PowerMatterFilter(includeInactive: true)).total == 0)
            #expect(try await store.auditCount() == audit)
        }
    }
}
