import FazhiCore
import Foundation
import SQLKit

/// Where a complaint goes: a report (举报) to the body itself; a complaint about conduct (投诉) to the justice bureau of
/// the government the body belongs to (the nearest government above it, or the body itself if it is one; the bureau
/// above when the body complained about is that justice bureau).
enum ComplaintRouting {
    struct Body {
        var id: UUID
        var name: String
        var path: OrgPath
    }

    /// The registered, active enforcement body with this id (nil when there is none).
    static func body(_ id: UUID, on sql: any SQLDatabase) async throws -> Body? {
        guard
            let row = try await sql.raw(
                """
                SELECT o.id, o.name, o.path FROM enforcement_bodies b JOIN organisations o ON o.id = b.id
                WHERE b.id = \(bind: id) AND b.status = 'active' AND o.active = \(bind: true)
                """
            ).first()
        else { return nil }
        return Body(
            id: try row.decode(column: "id", as: UUID.self), name: try row.decode(column: "name", as: String.self),
            path: OrgPath(value: try row.decode(column: "path", as: String.self)))
    }

    /// The handling body for a complaint of `kind` about `body`, or nil when no justice bureau is registered above it.
    static func handler(for kind: ComplaintKind, about body: Body, on sql: any SQLDatabase) async throws -> Body? {
        guard kind.routesToSupervisor else { return body }
        let rows = try await sql.raw(
            """
            SELECT g.id, g.path, j.id AS bureau_id, j.name AS bureau_name, j.path AS bureau_path
            FROM organisations g
            JOIN organisations j ON j.parent_id = g.id AND j.kind = \(bind: OrgKind.justiceBureau.rawValue)
                AND j.active = \(bind: true)
            WHERE g.id IN (\(binds: body.path.ids)) AND g.kind = \(bind: OrgKind.government.rawValue)
            ORDER BY j.path
            """
        ).all()
        // The nearest government whose bureau is not the body itself.
        let candidates = try rows.map { row in
            (
                depth: OrgPath(value: try row.decode(column: "path", as: String.self)).depth,
                bureau: Body(
                    id: try row.decode(column: "bureau_id", as: UUID.self),
                    name: try row.decode(column: "bureau_name", as: String.self),
                    path: OrgPath(value: try row.decode(column: "bureau_path", as: String.self)))
            )
        }.filter { $0.bureau.id != body.id }
        return candidates.max { $0.depth < $1.depth }?.bureau
    }

    /// The answer period of complaints handled at `path`: the nearest region's entry above it, else the 参照 default.
    static func policy(at path: OrgPath, on sql: any SQLDatabase) async throws -> ComplaintPolicy {
        guard
            let row = try await sql.raw(
                """
                SELECT reply_days FROM complaint_policies WHERE \(bind: path.value) LIKE org_path || '%'
                ORDER BY LENGTH(org_path) DESC LIMIT 1
                """
            ).first()
        else { return .standard }
        return ComplaintPolicy(replyWorkingDays: try row.decode(column: "reply_days", as: Int.self), isDefault: false)
    }
}
