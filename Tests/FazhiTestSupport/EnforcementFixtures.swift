import FazhiCore
import Fluent
import Foundation
import SQLKit

/// Enforcement master data written straight into its tables (a registered body, officers with certificates, a
/// matter with a discretion benchmark), for tests of cases, alerts and publicity; the master data's own repository
/// has its own tests.
public enum EnforcementFixtures {
    /// The two officers' certificate numbers registered by `register`, valid 2024-01-01 to 2028-12-31.
    public static let officers = ["T1501000000001", "T1501000000002"]
    /// A third officer whose certificate expired on 2026-06-30.
    public static let expiredOfficer = "T1501000000003"
    /// The matter `register` lists: 销售超过保质期的食品, fines 5万–10万 (一般 range 5万–7万).
    public static let matterCode = "T-330217189000"

    /// Registers `body` as an enforcement body with officers, certificates and one penalty matter and one inspection
    /// matter (`INSPECT-1`).
    /// `prefix` replaces the certificates' leading "T", so that a second body can hold certificates of its own
    /// (numbers are unique).
    public static func register(_ body: Organisation, prefix: String = "T", on db: any Database) async throws {
        let sql = db as! any SQLDatabase
        let now = Date()
        // A demo body is registered already; its own officers and matters stay beside these.
        let registered = try await sql.raw("SELECT id FROM enforcement_bodies WHERE id = \(bind: body.id)").first()
        if registered == nil {
            try await sql.insert(into: "enforcement_bodies")
                .columns("id", "org_path", "legal_basis", "territory", "status", "updated_at")
                .values(
                    SQLBind(body.id), SQLBind(body.path.value), SQLBind("《中华人民共和国食品安全法》第六条"), SQLBind("本行政区域"),
                    SQLBind("active"), SQLBind(now)
                ).run()
        }
        let people = [
            ("王执法", officers[0], "2028-12-31"), ("李执法", officers[1], "2028-12-31"),
            ("赵执法", expiredOfficer, "2026-06-30"),
        ]
        for (name, number, validTo) in people.map({ ($0.0, prefix + $0.1.dropFirst(), $0.2) }) {
            let officer = UUID()
            try await sql.insert(into: "enforcement_officers")
                .columns("id", "organisation_id", "org_path", "name", "duty", "active", "created_at")
                .values(
                    SQLBind(officer), SQLBind(body.id), SQLBind(body.path.value), SQLBind(name), SQLBind("enforcement"),
                    SQLBind(true), SQLBind(now)
                ).run()
            try await sql.insert(into: "enforcement_certificates")
                .columns(
                    "id", "officer_id", "organisation_id", "org_path", "number", "issuer", "fields", "valid_from",
                    "valid_to", "status", "created_at"
                )
                .values(
                    SQLBind(UUID()), SQLBind(officer), SQLBind(body.id), SQLBind(body.path.value), SQLBind(number),
                    SQLBind("测试市人民政府"), SQLBind("市场监管"), SQLBind("2024-01-01"), SQLBind(validTo), SQLBind("valid"),
                    SQLBind(now)
                ).run()
        }
        let benchmark = DiscretionBenchmark(ranges: [
            .init(circumstance: "轻微", description: "初次违法，货值较小", minimumFen: 5_000_000, maximumFen: 6_000_000),
            .init(circumstance: "一般", description: "一般情形", minimumFen: 5_000_000, maximumFen: 7_000_000),
            .init(circumstance: "严重", description: "造成危害后果", minimumFen: 8_000_000, maximumFen: 10_000_000),
        ])
        for (code, name, kind, json) in [
            (matterCode, "对销售超过保质期的食品的行政处罚", PowerKind.penalty, try AuditChange.canonicalJSON(benchmark)),
            ("T-INSPECT-1", "食品经营监督检查", PowerKind.inspection, #"{"ranges":[]}"#),
        ] {
            try await sql.insert(into: "power_matters")
                .columns(
                    "id", "organisation_id", "org_path", "code", "name", "kind", "legal_basis", "benchmark",
                    "no_penalty", "light_penalty", "active", "updated_at"
                )
                .values(
                    SQLBind(UUID()), SQLBind(body.id), SQLBind(body.path.value), SQLBind(code), SQLBind(name),
                    SQLBind(kind.rawValue), SQLBind("《中华人民共和国食品安全法》第一百二十四条"), SQLBind(json), SQLBind(false),
                    SQLBind(false), SQLBind(true), SQLBind(now)
                ).run()
        }
    }

    /// The fields of a 立案 step against an organisation, on `day`.
    public static func filing(on day: String, violationOn: String = "2026-09-01") -> CaseStepInput {
        var input = CaseStepInput(action: CaseAction.file.rawValue, date: day, officers: officers)
        input.matterCode = matterCode
        input.partyKind = PartyKind.organisation.rawValue
        input.partyName = "测试市某某超市有限公司"
        input.violationOn = violationOn
        input.facts = "销售超过保质期的食品"
        return input
    }

    /// A step with its action and day, the two officers acting.
    public static func step(_ action: CaseAction, on day: String, _ fill: (inout CaseStepInput) -> Void = { _ in })
        -> CaseStepInput
    {
        var input = CaseStepInput(action: action.rawValue, date: day, officers: officers)
        fill(&input)
        return input
    }
}
