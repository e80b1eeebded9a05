import Fluent
import Foundation
import SQLKit
import Testing
import Vapor
import VaporTesting

@testable import FazhiCore
@testable import FazhiStore
@testable import FazhiWeb

/// Supervision notices (督办) in the access matrix, through the pages: a notice addressed to the target organisation
/// is read within the scope that contains the agency, and replied to only by the agency's own officers, legal units
/// or administrators. Same targets as the main matrix.
extension AccessMatrixTests {
    struct SupervisionAccessRow: Sendable, CustomTestStringConvertible {
        let who: Who
        let action: Action
        let place: Place
        let page: Outcome
        var testDescription: String { "\(who.rawValue) \(action.rawValue)s supervision notices \(place.rawValue)" }
    }

    static let supervisionMatrix: [SupervisionAccessRow] = [
        SupervisionAccessRow(who: .admin, action: .read, place: .inside, page: .allowed),
        SupervisionAccessRow(who: .admin, action: .read, place: .outside, page: .notFound),
        SupervisionAccessRow(who: .admin, action: .write, place: .inside, page: .forbidden),
        SupervisionAccessRow(who: .admin, action: .write, place: .outside, page: .notFound),
        SupervisionAccessRow(who: .office, action: .read, place: .inside, page: .allowed),
        SupervisionAccessRow(who: .office, action: .read, place: .outside, page: .notFound),
        SupervisionAccessRow(who: .office, action: .write, place: .inside, page: .forbidden),
        SupervisionAccessRow(who: .office, action: .write, place: .outside, page: .notFound),
        SupervisionAccessRow(who: .justice, action: .read, place: .inside, page: .allowed),
        SupervisionAccessRow(who: .justice, action: .read, place: .outside, page: .notFound),
        SupervisionAccessRow(who: .justice, action: .write, place: .inside, page: .forbidden),
        SupervisionAccessRow(who: .justice, action: .write, place: .outside, page: .notFound),
        SupervisionAccessRow(who: .legal, action: .read, place: .inside, page: .allowed),
        SupervisionAccessRow(who: .legal, action: .read, place: .outside, page: .notFound),
        SupervisionAccessRow(who: .legal, action: .write, place: .inside, page: .allowed),
        SupervisionAccessRow(who: .legal, action: .write, place: .outside, page: .notFound),
        SupervisionAccessRow(who: .officer, action: .read, place: .inside, page: .allowed),
        SupervisionAccessRow(who: .officer, action: .read, place: .outside, page: .notFound),
        SupervisionAccessRow(who: .officer, action: .write, place: .inside, page: .allowed),
        SupervisionAccessRow(who: .officer, action: .write, place: .outside, page: .notFound),
    ]

    /// A notice from 呼和浩特市司法局 to `target`, written directly (issuing has its own tests).
    static func supervisionNotice(_ t: TestApp, to target: Organisation) async throws -> UUID {
        let bureau = try await t.org("呼和浩特市司法局")
        let government = try #require(
            try await OrganisationRepository(db: t.db, scope: .system).list().first { $0.id == bureau.parentID })
        let id = UUID()
        let today = CivilDate(chinaTimeAt: Date().timeIntervalSince1970)
        try await BulkInsert.run(
            into: "supervision_notices",
            columns: [
                "id", "number", "year", "serial", "kind", "issuer_id", "issuer_scope", "supervisor_id",
                "supervisor_scope", "organisation_id", "org_path", "findings", "requirement", "reply_days", "stage",
                "issued_on", "due_from", "due_on", "event_count", "created_at", "updated_at",
            ],
            rows: [
                [
                    id, "矩阵监督〔1999〕1号", 1999, 1, "opinion", bureau.id,
                    government.path.value, bureau.id, government.path.value, target.id, target.path.value, "矩阵督办",
                    "报告", 15, "issued", today.iso, today.iso, today.adding(days: 21).iso, 0, Date(), Date(),
                ]
            ], on: t.db as! any SQLDatabase)
        return id
    }

    @Test("access matrix: supervision notice pages", arguments: supervisionMatrix)
    func supervisionPages(_ row: SupervisionAccessRow) async throws {
        try await TestApp.with { t in
            // given
            _ = try await Fixture.build(t)
            let target = try await t.org(Fixture.targetOrg(row.who, row.place))
            let id = try await Self.supervisionNotice(t, to: target)
            let browser = t.browser()
            #expect(try await browser.signIn(row.who.rawValue).status == .seeOther)
            let before = try await t.snapshot()

            // when
            let response: TestingHTTPResponse
            switch row.action {
            case .read: response = try await browser.get("/enforcement/supervision/\(id)")
            case .write:
                response = try await browser.post(
                    "/enforcement/supervision/\(id)/steps", [("action", "reply"), ("text", "矩阵答复")])
            }
            let after = try await t.snapshot()

            // then
            let context = "\(row.testDescription): \(response.status.code)"
            switch row.page {
            case .forbidden:
                #expect(response.status == .forbidden, "\(context)")
                #expect(after == before, "\(context)")
            case .notFound:
                #expect(response.status == .notFound, "\(context)")
                #expect(after == before, "\(context)")
            case .allowed where row.action == .read:
                #expect(response.status == .ok, "\(context)")
                #expect(response.text.contains("矩阵督办"), "\(context)")
            case .allowed:
                #expect(response.status == .seeOther, "\(context)")
                #expect(after.auditEntries == before.auditEntries + 1, "\(context)")
            case .hidden:
                Issue.record("no supervision row is hidden")
            }
        }
    }
}
