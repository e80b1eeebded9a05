import Fluent
import Foundation
import SQLKit
import Testing
import Vapor
import VaporTesting

@testable import FazhiCore
@testable import FazhiStore
@testable import FazhiWeb

/// Transfers of suspected crimes (两法衔接) in the access matrix, through the pages: a transfer of the target agency is
/// read within any scope that contains it (the procuratorate's: its government's subtree); steps are recorded only by
/// the agency's own officers and legal units, or an administrator; 立案监督 opinions only by the procuratorate. Same
/// targets as the main matrix (the procurator's inside is 新城区市场监督管理局, in its government).
extension AccessMatrixTests {
    enum TransferAction: String, Sendable { case read, step, opinion }

    struct TransferAccessRow: Sendable, CustomTestStringConvertible {
        let who: Who
        let action: TransferAction
        let place: Place
        let page: Outcome
        var testDescription: String { "\(who.rawValue) \(action.rawValue)s transfers \(place.rawValue)" }
    }

    static let transferMatrix: [TransferAccessRow] = {
        let outcomes: [(Who, [TransferAction: Outcome])] = [
            (.admin, [.read: .allowed, .step: .allowed, .opinion: .forbidden]),
            (.office, [.read: .allowed, .step: .forbidden, .opinion: .forbidden]),
            (.justice, [.read: .allowed, .step: .forbidden, .opinion: .forbidden]),
            (.legal, [.read: .allowed, .step: .allowed, .opinion: .forbidden]),
            (.officer, [.read: .allowed, .step: .allowed, .opinion: .forbidden]),
            (.procurator, [.read: .allowed, .step: .forbidden, .opinion: .allowed]),
        ]
        return outcomes.flatMap { who, inside in
            [TransferAction.read, .step, .opinion].flatMap { action in
                [
                    TransferAccessRow(who: who, action: action, place: .inside, page: inside[action]!),
                    // Outside the scope a transfer is not found, except that a role that may never give an opinion is
                    // told so first.
                    TransferAccessRow(
                        who: who, action: action, place: .outside,
                        page: action == .opinion && who != .procurator ? .forbidden : .notFound),
                ]
            }
        }
    }()

    /// A transfer of `target`, reported through the repository as an administrator would.
    static func transfer(_ t: TestApp, of target: Organisation) async throws -> UUID {
        try await TransferRepository(
            db: t.db, scope: .system, today: CivilDate(chinaTimeAt: Date().timeIntervalSince1970), roles: [.admin],
            memberPath: target.path, memberOrganisationID: target.id, calendar: .official
        ).report(
            TransferInput(
                subject: "矩阵移送案", party: "矩阵公司", offence: "销售伪劣产品罪", facts: "矩阵事实", police: "矩阵公安局",
                members: "甲、乙", reportedOn: CivilDate(chinaTimeAt: Date().timeIntervalSince1970).iso),
            by: .system("测试")
        ).id
    }

    @Test("access matrix: transfer pages", arguments: transferMatrix)
    func transferPages(_ row: TransferAccessRow) async throws {
        try await TestApp.with { t in
            // given
            _ = try await Fixture.build(t)
            let target = try await t.org(Fixture.targetOrg(row.who, row.place))
            let id = try await Self.transfer(t, of: target)
            let browser = t.browser()
            #expect(try await browser.signIn(row.who.rawValue).status == .seeOther)
            let before = try await t.snapshot()

            // when
            let today = CivilDate(chinaTimeAt: Date().timeIntervalSince1970).iso
            let response: TestingHTTPResponse
            switch row.action {
            case .read: response = try await browser.get("/enforcement/transfers/\(id)")
            case .step:
                response = try await browser.post(
                    "/enforcement/transfers/\(id)/steps", [("action", "approve"), ("date", today), ("time", "00:00")])
            case .opinion:
                response = try await browser.post("/enforcement/transfers/\(id)/opinions", [("text", "矩阵意见")])
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
                #expect(response.text.contains("矩阵移送案"), "\(context)")
            case .allowed:
                #expect(response.status == .seeOther, "\(context)")
                #expect(after.auditEntries == before.auditEntries + 1, "\(context)")
            case .hidden:
                Issue.record("no transfer row is hidden")
            }
        }
    }
}
