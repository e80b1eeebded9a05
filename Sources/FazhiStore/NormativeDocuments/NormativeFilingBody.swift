import FazhiCore
import Fluent
import Foundation
import SQLKit

/// The body a document is filed with (备案审查机关), found in the organisation tree: a department's documents go to its
/// own government, a government's to the government above (法规规章备案审查条例 第四条 for rules; local rules follow
/// the same line for normative documents), and in either case the filing work is done by that government's justice
/// bureau (司法行政机关, 第五条: 法制机构具体负责).
enum NormativeFilingBody {
    static func find(for drafterID: UUID, on db: any Database) async throws -> Organisation {
        let organisations = OrganisationRepository(db: db, scope: .system)
        let drafter = try await organisations.find(drafterID)
        // The ancestors nearest first, the drafter itself excluded.
        var chain: [Organisation] = []
        for id in drafter.path.ids.dropLast().reversed() { chain.append(try await organisations.find(id)) }
        // The nearest government above the drafter: a department's own, or for a government the one above it.
        let government = chain.first { $0.kind == .government }
        guard let government else {
            throw DomainError.conflict(
                drafter.kind == .government
                    ? "「\(drafter.name)」的备案机关（上一级人民政府）不在本平台的机构中，请按规定直接报送"
                    : "未找到「\(drafter.name)」所属的人民政府，无法确定备案审查机关")
        }
        let sql = db as! any SQLDatabase
        let bureau = try await sql.raw(
            """
            SELECT id FROM organisations
            WHERE parent_id = \(bind: government.id) AND kind = \(bind: OrgKind.justiceBureau.rawValue) AND active = \(bind: true)
            ORDER BY name LIMIT 1
            """
        ).first()?.decode(column: "id", as: UUID.self)
        guard let bureau else {
            throw DomainError.conflict("「\(government.name)」下没有司法行政机关，无法报送备案；请管理员在机构管理中添加")
        }
        return try await organisations.find(bureau)
    }
}
