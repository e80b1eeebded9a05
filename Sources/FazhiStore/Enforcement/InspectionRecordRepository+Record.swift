import FazhiCore
import Fluent
import Foundation
import SQLKit

extension EnterpriseInspectionRepository {
    /// The registered, active enforcement body `id` within the scope.
    public func body(_ id: UUID) async throws -> EnforcementBodyRef {
        guard
            let row = try await sql.raw(
                """
                SELECT o.id, o.name, o.path FROM enforcement_bodies b JOIN organisations o ON o.id = b.id
                WHERE b.id = \(bind: id) AND b.status = 'active' AND \(scope.root.sqlSubtreeRange("o.path", on: sql))
                """
            ).first()
        else { throw DomainError.notFound("执法主体不存在、未登记或不在您的管辖范围内") }
        return EnforcementBodyRef(
            id: try row.decode(column: "id", as: UUID.self),
            path: OrgPath(value: try row.decode(column: "path", as: String.self)),
            name: try row.decode(column: "name", as: String.self))
    }

    /// Records inspections of enterprises by body `bodyID`, in one transaction: each record validated
    /// (`EnterpriseInspectionInput.validated`) and checked (`EnterpriseInspectionRules`: a 行政检查 matter of the
    /// body, two officers with valid certificates), stored with an audit entry, and the repeated-inspection alerts
    /// raised. A record whose client id the body sent before is a duplicate and changes nothing. The outcome of each,
    /// in order; a batch beyond the limit, or for a body outside the scope, is refused whole.
    public func record(
        body bodyID: UUID, _ inputs: [EnterpriseInspectionInput], source: String, by actor: Actor
    ) async throws -> [EnterpriseInspectionOutcome] {
        guard mayRecord else { throw DomainError.forbidden("录入行政检查需要执法人员、部门法制员或管理员角色") }
        guard !inputs.isEmpty else { throw DomainError.invalid("inspections", "请至少提交一条检查记录") }
        guard inputs.count <= Self.maximumRecords else {
            throw DomainError.invalid("inspections", "每批最多\(Self.maximumRecords)条检查记录，本批\(inputs.count)条")
        }
        let body = try await body(bodyID)
        let today = today
        var checked: [Result<EnterpriseInspection, DomainError>] = inputs.map { input in
            do throws(DomainError) { return .success(try input.validated(today: today)) } catch {
                return .failure(error)
            }
        }
        let valid = checked.compactMap { try? $0.get() }
        let certificates = try await CaseBatch.certificates(
            Array(Set(valid.flatMap(\.officers))), of: body, on: sql)
        let matters = try await CaseBatch.matters(Array(Set(valid.map(\.matterCode))), of: body, on: sql)
        for (index, result) in checked.enumerated() {
            guard case .success(let inspection) = result else { continue }
            let errors = EnterpriseInspectionRules(matter: matters[inspection.matterCode], certificates: certificates)
                .check(inspection)
            if !errors.isEmpty { checked[index] = .failure(.invalid(errors)) }
        }
        let accepted = checked
        return try await db.writeTransaction { tx in
            try await Self.write(
                accepted, body: body, matters: matters, source: source, today: today, by: actor, on: tx)
        }
    }

    static func write(
        _ checked: [Result<EnterpriseInspection, DomainError>], body: EnforcementBodyRef, matters: [String: CaseMatter],
        source: String, today: CivilDate, by actor: Actor, on tx: any Database
    ) async throws -> [EnterpriseInspectionOutcome] {
        let sql = tx as! any SQLDatabase
        let clientIDs = checked.compactMap { try? $0.get().clientID }
        var seen: [String: UUID] = [:]
        for chunk in Array(Set(clientIDs)).chunked(by: 500) {
            for row in try await sql.raw(
                """
                SELECT id, client_id FROM enterprise_inspections
                WHERE organisation_id = \(bind: body.id) AND client_id IN (\(binds: Array(chunk)))
                """
            ).all() {
                seen[try row.decode(column: "client_id", as: String.self)] = try row.decode(column: "id", as: UUID.self)
            }
        }
        var outcomes: [EnterpriseInspectionOutcome] = []
        var rows: [[any Encodable & Sendable]] = []
        var audits: [(change: AuditChange, orgPath: OrgPath)] = []
        var applied: [(index: Int, id: UUID, code: String, date: CivilDate)] = []
        let now = Date()
        for result in checked {
            let inspection: EnterpriseInspection
            switch result {
            case .failure(let error):
                outcomes.append(.refused(error))
                continue
            case .success(let value): inspection = value
            }
            if let id = seen[inspection.clientID] {
                outcomes.append(.duplicate(id: id))
                continue
            }
            let id = UUID()
            seen[inspection.clientID] = id
            let matterName = matters[inspection.matterCode]?.name ?? inspection.matterCode
            rows.append([
                id, body.id, body.path.value, inspection.clientID, inspection.matterCode, matterName,
                inspection.creditCode.value, inspection.enterpriseName, inspection.date.iso,
                try AuditChange.canonicalJSON(inspection.officers), inspection.kind.rawValue, inspection.result, source,
                actor.name, now,
            ])
            audits.append(
                (
                    try .of(
                        "enforcement.inspection.record", "enterprise_inspection", id: id.uuidString,
                        before: nil as EnterpriseInspection?, after: inspection), body.path
                ))
            applied.append((outcomes.count, id, inspection.creditCode.value, inspection.date))
            outcomes.append(.applied(id: id, alerts: []))
        }
        guard !rows.isEmpty else { return outcomes }
        try await BulkInsert.run(
            into: "enterprise_inspections",
            columns: [
                "id", "organisation_id", "org_path", "client_id", "matter_code", "matter_name", "credit_code",
                "enterprise_name", "inspected_on", "officers", "kind", "result", "source", "created_by", "created_at",
            ], rows: rows, on: sql)
        try await AuditLog.appendAll(audits, by: actor, on: sql)
        var days: [String: [CivilDate]] = [:]
        for item in applied { days[item.code, default: []].append(item.date) }
        let rules = RuleCache(db: tx)
        let raised = try await RepeatedInspectionAlerts.raise(
            days, rule: { try await rules.rule(for: $0) }, today: today, on: sql)
        // Each alert is reported with the records of this batch it counted.
        for item in applied {
            let alerts = (raised[item.code] ?? []).filter { $0.inspections.contains { $0.id == item.id } }
            if !alerts.isEmpty { outcomes[item.index] = .applied(id: item.id, alerts: alerts) }
        }
        return outcomes
    }
}
