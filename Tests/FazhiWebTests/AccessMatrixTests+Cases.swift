import Fluent
import Foundation
import Testing
import Vapor
import VaporTesting

@testable import FazhiCore
@testable import FazhiStore
@testable import FazhiWeb

/// Penalty cases in the access matrix, through the pages: a case is read within its body's scope (司法行政 and the
/// office supervise and read), and a step is taken by those who handle cases (officers, legal units,
/// administrators). Same targets as the main matrix: each target organisation is registered as an enforcement body
/// with a case of its own. The API rows join the main matrix with the case API.
extension AccessMatrixTests {
    struct CaseAccessRow: Sendable, CustomTestStringConvertible {
        let who: Who
        let action: Action
        let place: Place
        let page: Outcome
        var testDescription: String { "\(who.rawValue) \(action.rawValue)s cases \(place.rawValue)" }
    }

    static let caseMatrix: [CaseAccessRow] = [
        CaseAccessRow(who: .admin, action: .read, place: .inside, page: .allowed),
        CaseAccessRow(who: .admin, action: .read, place: .outside, page: .notFound),
        CaseAccessRow(who: .admin, action: .write, place: .inside, page: .allowed),
        CaseAccessRow(who: .admin, action: .write, place: .outside, page: .notFound),
        CaseAccessRow(who: .office, action: .read, place: .inside, page: .allowed),
        CaseAccessRow(who: .office, action: .read, place: .outside, page: .notFound),
        CaseAccessRow(who: .office, action: .write, place: .inside, page: .forbidden),
        CaseAccessRow(who: .office, action: .write, place: .outside, page: .forbidden),
        CaseAccessRow(who: .justice, action: .read, place: .inside, page: .allowed),
        CaseAccessRow(who: .justice, action: .read, place: .outside, page: .notFound),
        CaseAccessRow(who: .justice, action: .write, place: .inside, page: .forbidden),
        CaseAccessRow(who: .justice, action: .write, place: .outside, page: .forbidden),
        CaseAccessRow(who: .legal, action: .read, place: .inside, page: .allowed),
        CaseAccessRow(who: .legal, action: .read, place: .outside, page: .notFound),
        CaseAccessRow(who: .legal, action: .write, place: .inside, page: .allowed),
        CaseAccessRow(who: .legal, action: .write, place: .outside, page: .notFound),
        CaseAccessRow(who: .officer, action: .read, place: .inside, page: .allowed),
        CaseAccessRow(who: .officer, action: .read, place: .outside, page: .notFound),
        CaseAccessRow(who: .officer, action: .write, place: .inside, page: .allowed),
        CaseAccessRow(who: .officer, action: .write, place: .outside, page: .notFound),
    ]

    @Test("access matrix: penalty case pages", arguments: caseMatrix)
    func casePages(_ row: CaseAccessRow) async throws {
        try await TestApp.with { t in
            // given
            _ = try await Fixture.build(t)
            var cases: [String: (id: UUID, body: EnforcementFixture.Body)] = [:]
            for (index, name) in [Fixture.hohhot, Fixture.xincheng, Fixture.erdos, Fixture.elsewhere].enumerated() {
                let body = try await EnforcementFixture.register(t, name, prefix: "M\(index)-")
                cases[name] = (try await EnforcementFixture.openCase(t, in: body, reference: "矩阵案件\(index)"), body)
            }
            let target = try #require(cases[Fixture.targetOrg(row.who, row.place)])
            let browser = t.browser()
            #expect(try await browser.signIn(row.who.rawValue).status == .seeOther)
            let before = try await t.snapshot()

            // when
            let response: TestingHTTPResponse
            switch row.action {
            case .read: response = try await browser.get("/enforcement/\(target.id)")
            case .write:
                let today = CivilDate(chinaTimeAt: Date().timeIntervalSince1970)
                response = try await browser.post(
                    "/enforcement/\(target.id)/steps",
                    [
                        ("action", "investigate"), ("date", today.iso), ("officers", target.body.officers),
                        ("note", "矩阵"),
                    ])
            }
            let after = try await t.snapshot()

            // then
            let context = "\(row.testDescription): \(response.status.code)"
            switch row.page {
            case .forbidden:
                #expect(response.status == .forbidden, "\(context)")
                #expect(response.text.contains("<h1>无权访问</h1>"), "\(context)")
                #expect(after == before, "\(context)")
            case .notFound:
                #expect(response.status == .notFound, "\(context)")
                #expect(response.text.contains("<h1>页面不存在</h1>"), "\(context)")
                #expect(after == before, "\(context)")
            case .allowed where row.action == .read:
                #expect(response.status == .ok, "\(context)")
                #expect(response.text.contains("矩阵案件"), "\(context)")
            case .allowed:
                #expect(response.status == .seeOther, "\(context)")
                #expect(after.reports == before.reports + 1, "\(context)")
                #expect(after.auditEntries == before.auditEntries + 1, "\(context)")
            case .hidden:
                Issue.record("no case row is hidden")
            }
        }
    }
}
