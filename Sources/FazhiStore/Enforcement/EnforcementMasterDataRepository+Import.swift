import FazhiCore
import Fluent
import Foundation
import SQLKit

extension EnforcementMasterDataRepository {
    /// Imports a parsed powers list (`PowerListTable.parse`) into a body's list: all or nothing, in one transaction.
    /// A code the body has is updated (and active again), a new code added; matters the sheet leaves out stay as
    /// they are. Each created or changed matter gets its own audit entry.
    @discardableResult
    public func importMatters(_ matters: [PowerMatterInput.Valid], body bodyID: UUID, by actor: Actor) async throws
        -> PowerListImportSummary
    {
        try requireEditor()
        let body = try await self.body(bodyID)
        guard body.status != .revoked else { throw DomainError.conflict("「\(body.name)」的执法主体资格已撤销，不能再导入权责清单") }
        guard !matters.isEmpty else { throw DomainError.invalid("file", "表格中没有事项") }
        var codes: Set<String> = []
        for matter in matters where !codes.insert(matter.code).inserted {
            throw DomainError.invalid("file", "事项编码「\(matter.code)」出现了两次，同一事项的多个裁量情节应写在同一编码下")
        }
        let existing = try await self.matters(
            PowerMatterFilter(bodyID: body.id, includeInactive: true, limit: 1_000_000)
        )
        .rows
        let byCode = Dictionary(existing.map { ($0.code, $0) }, uniquingKeysWith: { first, _ in first })
        return try await db.writeTransaction { tx in
            let sql = tx as! any SQLDatabase
            var summary = PowerListImportSummary(created: 0, updated: 0, unchanged: 0)
            for matter in matters {
                let after = MatterRecord(matter, active: true)
                if let current = byCode[matter.code] {
                    let before = MatterRecord(current)
                    if before == after {
                        summary.unchanged += 1
                        continue
                    }
                    try await Self.updateMatter(current.id, matter, on: sql)
                    try await AuditLog.append(
                        .of(
                            "enforcement.matter.import", "power_matter", id: current.id.uuidString, before: before,
                            after: after),
                        orgPath: body.path, by: actor, on: tx)
                    summary.updated += 1
                } else {
                    let id = UUID()
                    try await Self.insertMatter(matter, id: id, body: body, on: sql)
                    try await AuditLog.append(
                        .of(
                            "enforcement.matter.import", "power_matter", id: id.uuidString,
                            before: nil as MatterRecord?, after: after),
                        orgPath: body.path, by: actor, on: tx)
                    summary.created += 1
                }
            }
            return summary
        }
    }
}
