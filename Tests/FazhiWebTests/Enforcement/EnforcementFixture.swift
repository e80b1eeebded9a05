import Fluent
import Foundation
import SQLKit
import Testing

@testable import FazhiCore
@testable import FazhiStore
@testable import FazhiWeb

/// The master data a penalty case needs, written directly (the demo's enforcement data is the demo loader's): an
/// organisation registered as an enforcement body, two officers with valid certificates, and a penalty matter of
/// its powers list with a discretion benchmark (轻微 0–1,000 yuan, 一般 1,000–5,000 yuan).
enum EnforcementFixture {
    static let matterCode = "TEST-CF-001"
    static let matterName = "销售不符合食品安全标准的食品"

    struct Body {
        var organisation: Organisation
        /// The certificate numbers of its two officers.
        var certificates: [String]
        var officers: String { certificates.joined(separator: "，") }
    }

    /// Registers the organisation named `name`; `prefix` makes its certificate numbers unique.
    @discardableResult
    static func register(_ t: TestApp, _ name: String, prefix: String) async throws -> Body {
        let org = try await t.org(name)
        let sql = t.db as! any SQLDatabase
        let now = Date()
        if try await sql.raw("SELECT id FROM enforcement_bodies WHERE id = \(bind: org.id)").first() == nil {
            try await sql.raw(
                """
                INSERT INTO enforcement_bodies (id, org_path, legal_basis, territory, status, updated_at)
                VALUES (\(bind: org.id), \(bind: org.path.value), \(bind: "中华人民共和国食品安全法"), \(bind: "本行政区域"),
                        'active', \(bind: now))
                """
            ).run()
        }
        var certificates: [String] = []
        for index in 1...2 {
            let officer = UUID()
            let number = "\(prefix)\(index)"
            try await sql.raw(
                """
                INSERT INTO enforcement_officers (id, organisation_id, org_path, name, duty, active, created_at)
                VALUES (\(bind: officer), \(bind: org.id), \(bind: org.path.value), \(bind: "测试执法员\(index)"),
                        'enforcement', \(bind: true), \(bind: now))
                """
            ).run()
            try await sql.raw(
                """
                INSERT INTO enforcement_certificates
                    (id, officer_id, organisation_id, org_path, number, issuer, fields, valid_from, valid_to, status,
                     created_at)
                VALUES (\(bind: UUID()), \(bind: officer), \(bind: org.id), \(bind: org.path.value), \(bind: number),
                        \(bind: "内蒙古自治区人民政府"), \(bind: "市场监管"), '2020-01-01', '2099-12-31', 'valid', \(bind: now))
                """
            ).run()
            certificates.append(number)
        }
        let benchmark = DiscretionBenchmark(ranges: [
            .init(circumstance: "轻微", description: "初次违法，及时改正", minimumFen: 0, maximumFen: 100_000),
            .init(circumstance: "一般", description: "其他情形", minimumFen: 100_000, maximumFen: 500_000),
        ])
        try await sql.raw(
            """
            INSERT INTO power_matters
                (id, organisation_id, org_path, code, name, kind, legal_basis, benchmark, no_penalty, light_penalty,
                 active, updated_at)
            VALUES (\(bind: UUID()), \(bind: org.id), \(bind: org.path.value), \(bind: matterCode), \(bind: matterName),
                    'penalty', \(bind: "食品安全法第一百二十四条"),
                    \(bind: String(decoding: try JSONEncoder().encode(benchmark), as: UTF8.self)), \(bind: false),
                    \(bind: false), \(bind: true), \(bind: now))
            """
        ).run()
        return Body(organisation: org, certificates: certificates)
    }

    /// Opens a general-procedure case against an organisation directly (system scope), dated today.
    static func openCase(_ t: TestApp, in body: Body, reference: String, party: String = "某某商贸有限公司")
        async throws -> UUID
    {
        let today = CivilDate(chinaTimeAt: Date().timeIntervalSince1970)
        var input = CaseStepInput(action: "file", date: today.iso, officers: body.certificates)
        input.matterCode = matterCode
        input.partyKind = "organisation"
        input.partyName = party
        input.violationOn = today.adding(days: -10).iso
        return try await CaseRepository(
            db: t.db, scope: .system, today: today, roles: [.admin], calendar: t.app.services.calendars.current.calendar
        ).open(body: body.organisation.id, reference: reference, input, by: .system("测试")).row.id
    }

    static func count(_ t: TestApp, _ table: String) async throws -> Int {
        try await (t.db as! any SQLDatabase).raw("SELECT COUNT(*) AS n FROM \(unsafeRaw: table)").first()!
            .decode(column: "n", as: Int.self)
    }
}
