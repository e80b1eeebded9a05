import Fluent
import Foundation
import SQLKit
import Testing
import Vapor
import VaporTesting

@testable import FazhiCore
@testable import FazhiStore
@testable import FazhiWeb

/// Complaints (投诉举报) in the access matrix, through the pages: a report routed to the target organisation is read
/// within the scope that contains it, and accepted only by its own officers, legal units or administrators. Same
/// targets as the main matrix.
extension AccessMatrixTests {
    struct ComplaintAccessRow: Sendable, CustomTestStringConvertible {
        let who: Who
        let action: Action
        let place: Place
        let page: Outcome
        var testDescription: String { "\(who.rawValue) \(action.rawValue)s complaints \(place.rawValue)" }
    }

    static let complaintMatrix: [ComplaintAccessRow] = [
        ComplaintAccessRow(who: .admin, action: .read, place: .inside, page: .allowed),
        ComplaintAccessRow(who: .admin, action: .read, place: .outside, page: .notFound),
        ComplaintAccessRow(who: .admin, action: .write, place: .inside, page: .allowed),
        ComplaintAccessRow(who: .admin, action: .write, place: .outside, page: .notFound),
        ComplaintAccessRow(who: .office, action: .read, place: .inside, page: .allowed),
        ComplaintAccessRow(who: .office, action: .read, place: .outside, page: .notFound),
        ComplaintAccessRow(who: .office, action: .write, place: .inside, page: .forbidden),
        ComplaintAccessRow(who: .office, action: .write, place: .outside, page: .notFound),
        ComplaintAccessRow(who: .justice, action: .read, place: .inside, page: .allowed),
        ComplaintAccessRow(who: .justice, action: .read, place: .outside, page: .notFound),
        ComplaintAccessRow(who: .justice, action: .write, place: .inside, page: .forbidden),
        ComplaintAccessRow(who: .justice, action: .write, place: .outside, page: .notFound),
        ComplaintAccessRow(who: .legal, action: .read, place: .inside, page: .allowed),
        ComplaintAccessRow(who: .legal, action: .read, place: .outside, page: .notFound),
        ComplaintAccessRow(who: .legal, action: .write, place: .inside, page: .allowed),
        ComplaintAccessRow(who: .legal, action: .write, place: .outside, page: .notFound),
        ComplaintAccessRow(who: .officer, action: .read, place: .inside, page: .allowed),
        ComplaintAccessRow(who: .officer, action: .read, place: .outside, page: .notFound),
        ComplaintAccessRow(who: .officer, action: .write, place: .inside, page: .allowed),
        ComplaintAccessRow(who: .officer, action: .write, place: .outside, page: .notFound),
        // The procuratorate's scope outside transfers is its own organisation: no complaint is in reach.
        ComplaintAccessRow(who: .procurator, action: .read, place: .inside, page: .notFound),
        ComplaintAccessRow(who: .procurator, action: .read, place: .outside, page: .notFound),
        ComplaintAccessRow(who: .procurator, action: .write, place: .inside, page: .notFound),
        ComplaintAccessRow(who: .procurator, action: .write, place: .outside, page: .notFound),
    ]

    /// A report about and handled by `target`, written directly (receiving has its own tests).
    static func complaint(_ t: TestApp, to target: Organisation) async throws -> UUID {
        let id = UUID()
        let today = CivilDate(chinaTimeAt: Date().timeIntervalSince1970)
        try await BulkInsert.run(
            into: "complaints",
            columns: [
                "id", "number", "code_hash", "source", "kind", "body_id", "body_path", "organisation_id", "org_path",
                "narrative", "name", "mobile", "stage", "received_on", "reply_days", "due_on", "due_day",
                "event_count", "created_at", "updated_at",
            ],
            rows: [
                [
                    id, "TS19990101-MATRIX22", ComplaintCode.hash("MATRIX22"), "web", "report", target.id,
                    target.path.value, target.id, target.path.value, "矩阵举报：某店铺无证经营", "张三", "13900001234",
                    "received", today.iso, 15, today.adding(days: 21).iso, today.adding(days: 21).iso, 1, Date(),
                    Date(),
                ]
            ], on: t.db as! any SQLDatabase)
        return id
    }

    @Test("access matrix: complaint pages", arguments: complaintMatrix)
    func complaintPages(_ row: ComplaintAccessRow) async throws {
        try await TestApp.with { t in
            // given
            _ = try await Fixture.build(t)
            let target = try await t.org(Fixture.targetOrg(row.who, row.place))
            let id = try await Self.complaint(t, to: target)
            let browser = t.browser()
            #expect(try await browser.signIn(row.who.rawValue).status == .seeOther)
            let before = try await t.snapshot()

            // when
            let response: TestingHTTPResponse
            switch row.action {
            case .read: response = try await browser.get("/enforcement/complaints/\(id)")
            case .write:
                response = try await browser.post("/enforcement/complaints/\(id)/steps", [("action", "accept")])
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
                #expect(response.text.contains("矩阵举报"), "\(context)")
            case .allowed:
                #expect(response.status == .seeOther, "\(context)")
                #expect(after.auditEntries == before.auditEntries + 1, "\(context)")
            case .hidden:
                Issue.record("no complaint row is hidden")
            }
        }
    }
}
