import FazhiCore
import Fluent
import Foundation
import SQLKit

extension NormativeCleanupRepository {
    static let itemColumns: SQLQueryString = """
        i.id, i.cleanup_id, i.document_id, d.title, d.document_number, d.organisation_id, o.name AS organisation_name,
        i.org_path, d.published_on, d.expires_on, i.decision, i.reason, i.decided_on, u.display_name AS decided_by_name
        """

    static let itemJoins: SQLQueryString = """
        normative_cleanup_items i JOIN normative_cleanups c ON c.id = i.cleanup_id
        JOIN normative_documents d ON d.id = i.document_id JOIN organisations o ON o.id = d.organisation_id
        LEFT JOIN users u ON u.id = i.decided_by
        """

    /// The conditions of `filter` on the items of a campaign, after the scope's own. The figures count the same
    /// rows: `decided`, each decision, and the drafting body.
    func conditions(_ cleanupID: UUID, _ filter: NormativeCleanupItemFilter) -> SQLQueryString {
        var parts: [SQLQueryString] = ["i.cleanup_id = \(bind: cleanupID)", visible("i", campaign: "c")]
        switch filter.decided {
        case true?: parts.append("i.decision IS NOT NULL")
        case false?: parts.append("i.decision IS NULL")
        case nil: break
        }
        if let decision = filter.decision { parts.append("i.decision = \(bind: decision.rawValue)") }
        if let body = filter.organisationID { parts.append("d.organisation_id = \(bind: body)") }
        return parts.joined(separator: " AND ")
    }

    /// The campaign's items `filter` selects, by drafting body and publication.
    public func items(of cleanupID: UUID, _ filter: NormativeCleanupItemFilter = .init()) async throws
        -> [NormativeCleanupItemRow]
    {
        _ = try await campaign(cleanupID)
        return try await sql.raw(
            """
            SELECT \(Self.itemColumns) FROM \(Self.itemJoins) WHERE \(conditions(cleanupID, filter))
            ORDER BY i.org_path, d.published_on, d.title, i.id
            """
        ).all().map(decodeItem)
    }

    /// The figures of the items `filter` selects (a body's share, or all the scope sees).
    public func figures(of cleanupID: UUID, _ filter: NormativeCleanupItemFilter = .init()) async throws
        -> NormativeCleanupFigures
    {
        try await sql.raw(
            "SELECT \(Self.figureColumns) FROM \(Self.itemJoins) WHERE \(conditions(cleanupID, filter))"
        ).first().map(Self.decodeFigures) ?? NormativeCleanupFigures()
    }

    /// The drafting bodies with items the scope sees, for the filter.
    public func bodies(of cleanupID: UUID) async throws -> [(id: UUID, name: String)] {
        try await sql.raw(
            """
            SELECT d.organisation_id, o.name, MIN(i.org_path) AS path FROM \(Self.itemJoins)
            WHERE \(conditions(cleanupID, .init())) GROUP BY d.organisation_id, o.name ORDER BY path
            """
        ).all().map {
            (try $0.decode(column: "organisation_id", as: UUID.self), try $0.decode(column: "name", as: String.self))
        }
    }

    /// One item, if the scope may see it.
    public func item(_ id: UUID) async throws -> NormativeCleanupItemRow {
        guard
            let row = try await sql.raw(
                """
                SELECT \(Self.itemColumns) FROM \(Self.itemJoins)
                WHERE i.id = \(bind: id) AND \(visible("i", campaign: "c"))
                """
            ).first()
        else { throw Self.notFound }
        return try decodeItem(row)
    }

    func decodeItem(_ row: any SQLRow) throws -> NormativeCleanupItemRow {
        func date(_ column: String) throws -> CivilDate? {
            try row.decode(column: column, as: String?.self).flatMap(CivilDate.init(iso:))
        }
        let path = OrgPath(value: try row.decode(column: "org_path", as: String.self))
        return NormativeCleanupItemRow(
            id: try row.decode(column: "id", as: UUID.self),
            cleanupID: try row.decode(column: "cleanup_id", as: UUID.self),
            documentID: try row.decode(column: "document_id", as: UUID.self),
            title: try row.decode(column: "title", as: String.self),
            documentNumber: try row.decode(column: "document_number", as: String?.self),
            organisationID: try row.decode(column: "organisation_id", as: UUID.self),
            organisationName: try row.decode(column: "organisation_name", as: String.self), orgPath: path,
            publishedOn: try date("published_on"), expiresOn: try date("expires_on"),
            decision: try row.decode(column: "decision", as: String?.self).flatMap(
                NormativeCleanupDecision.init(rawValue:)),
            reason: try row.decode(column: "reason", as: String?.self), decidedOn: try date("decided_on"),
            decidedBy: try row.decode(column: "decided_by_name", as: String?.self),
            drafterInScope: scope.contains(path))
    }

    /// The drafting body's decision on an item (decided today): the item, the document's decision (废止 and 宣布失效
    /// end it from today), its history, the library's status and the audit log change together. A decision once
    /// made is changed only by the office running the campaign (409 for anyone else).
    @discardableResult
    public func decide(_ itemID: UUID, _ input: NormativeCleanupDecisionInput, by actor: Actor) async throws
        -> NormativeCleanupItemRow
    {
        let item = try await item(itemID)
        let campaign = try await campaign(item.cleanupID)
        let isOffice = mayRun && campaign.wholeCampaign
        guard mayDecide || isOffice else {
            throw DomainError.forbidden("您的角色无权作出清理决定（需要部门法制员、司法行政、依法治理办或管理员）")
        }
        guard item.drafterInScope else { throw DomainError.forbidden("清理决定由文件的起草单位作出") }
        if item.decision != nil && !isOffice {
            throw DomainError.conflict("该文件已作出清理决定（\(item.decision!.label)），如需更改请联系组织清理的单位")
        }
        let valid = try input.validated()
        let expiry = NormativeExpiryRepository(db: db, scope: .system, today: today, roles: [])
        let document = try await expiry.document(item.documentID)
        // A document another decision has ended already (an expiry evaluation, another campaign) is not decided again.
        if item.decision == nil && NormativeCleanupEnding.ended(document, on: today) {
            throw DomainError.conflict("文件已于\(document.decidedOn!.iso)\(document.decision!.label)，无需再作清理决定")
        }
        try await db.writeTransaction { tx in
            let sql = tx as! any SQLDatabase
            let current = try await sql.raw(
                "SELECT decision FROM normative_cleanup_items WHERE id = \(bind: itemID)\(sql.forUpdate)"
            ).first()?.decode(column: "decision", as: String?.self)
            guard current == item.decision?.rawValue else {
                throw DomainError.conflict("该文件的清理决定刚刚已被他人录入，请刷新页面后再操作")
            }
            try await sql.raw(
                """
                UPDATE normative_cleanup_items SET decision = \(bind: valid.decision.rawValue),
                       reason = \(bind: valid.reason), decided_on = \(bind: today.iso), decided_by = \(bind: actor.userID)
                WHERE id = \(bind: itemID)
                """
            ).run()
            // Labelled in Chinese, as the document's history shows them.
            var details = ["清理": campaign.title, "清理决定": valid.decision.label]
            details["原决定"] = item.decision?.label
            try await NormativeCleanupEnding.apply(
                .init(
                    document: document, decision: valid.decision, decidedOn: today, expiresOn: document.expiresOn,
                    reason: valid.reason, action: NormativeCleanupEnding.cleanupAction, details: details),
                today: today, by: actor, on: tx)
            try await AuditLog.append(
                .of(
                    "normative.cleanup.decide", "normative_cleanup_item", id: itemID.uuidString,
                    before: NormativeCleanupEnding.Record(
                        decision: item.decision?.rawValue, decidedOn: item.decidedOn?.iso, reason: item.reason),
                    after: NormativeCleanupEnding.Record(
                        decision: valid.decision.rawValue, decidedOn: today.iso, reason: valid.reason)),
                orgPath: item.orgPath, by: actor, on: tx)
        }
        return try await self.item(itemID)
    }
}
