import FazhiTestSupport
import Foundation
import SQLKit
import Testing
import Vapor
import VaporTesting

@testable import FazhiCore
@testable import FazhiStore
@testable import FazhiWeb

@Suite("Enforcement over the API: the data exchange, cases, alerts, publicity")
struct EnforcementAPITests {
    var today: CivilDate { CivilDate(chinaTimeAt: Date().timeIntervalSince1970) }

    /// demo-legal's body with the fixture's officers and matter, and an API token for it.
    func prepare(_ t: TestApp) async throws -> (api: APIClient, body: Organisation) {
        let body = try await t.member("demo-legal").organisation
        try await EnforcementFixtures.register(body, on: t.db)
        return (APIClient(app: t.app, token: try await t.issueToken(for: "demo-legal").secret), body)
    }

    /// Three events of one case, a week ago and after, as JSON objects.
    func events(_ reference: String) -> [[String: Any]] {
        let officers = EnforcementFixtures.officers
        let day = { (offset: Int) in self.today.adding(days: offset - 10).iso }
        return [
            [
                "eventId": "\(reference)-1", "reference": reference, "action": "file", "date": day(0),
                "officers": officers, "matterCode": EnforcementFixtures.matterCode, "partyKind": "organisation",
                "partyName": "某某食品商行有限公司", "violationOn": day(-5),
            ],
            [
                "eventId": "\(reference)-2", "reference": reference, "action": "investigate", "date": day(1),
                "officers": officers,
                "evidence": [["name": "现场笔录.pdf", "sha256": String(repeating: "0f", count: 32)]],
            ],
            [
                "eventId": "\(reference)-3", "reference": reference, "action": "notify", "date": day(3),
                "officers": officers, "penalties": ["fine"], "fine": "60000", "circumstance": "一般",
                "hearingRight": true,
            ],
        ]
    }

    func json(_ object: Any) throws -> String {
        String(decoding: try JSONSerialization.data(withJSONObject: object), as: UTF8.self)
    }

    @Test("an agency's system sends a batch; sending it again changes nothing")
    func ingestIsIdempotent() async throws {
        try await TestApp.with { t in
            // given
            let (api, body) = try await prepare(t)
            let batch = try json(["body": body.id.uuidString, "events": events("SYS-1")])
            // when
            let first = try await api.send(.POST, "/enforcement/events", json: batch)
            let before = try await t.snapshot()
            let again = try await api.send(.POST, "/enforcement/events", json: batch)
            // then
            #expect(first.status == .ok)
            #expect(first.object?["applied"] as? Int == 3)
            #expect(again.object?["duplicates"] as? Int == 3)
            #expect(try await t.snapshot() == before)
            let list = try await api.send(.GET, "/enforcement/cases?q=SYS-1")
            let items = list.object?["items"] as? [[String: Any]] ?? []
            #expect(items.first?["stage"] as? String == "notified")
            let id = try #require(items.first?["id"] as? String)
            let detail = try await api.send(.GET, "/enforcement/cases/\(id)")
            let deadline = detail.object?["deadline"] as? [String: Any]
            #expect(deadline?["rule"] as? String == "punishment.decision")
            #expect((deadline?["explanation"] as? [String])?.isEmpty == false)
            #expect((detail.object?["events"] as? [Any])?.count == 3)
        }
    }

    @Test("bad batches are refused with the right status and change nothing")
    func badInput() async throws {
        try await TestApp.with { t in
            // given
            let (api, body) = try await prepare(t)
            let before = try await t.snapshot()
            let tooMany = (0...CaseIngest.maximumEvents).map {
                ["eventId": "e\($0)", "reference": "R", "action": "file"]
            }
            // when / then
            #expect(try await api.send(.POST, "/enforcement/events", json: "{\"events\": [").status == .badRequest)
            #expect(
                try await api.send(.POST, "/enforcement/events", json: "{\"events\": []}").status
                    == .unprocessableEntity)
            #expect(
                try await api.send(.POST, "/enforcement/events", json: try json(["events": tooMany])).status
                    == .unprocessableEntity)
            #expect(
                try await api.send(
                    .POST, "/enforcement/events", json: try json(["body": UUID().uuidString, "events": events("X")])
                ).status == .notFound)
            #expect(
                try await APIClient(app: t.app, token: nil).send(
                    .POST, "/enforcement/events", json: try json(["events": events("X")])
                ).status == .unauthorized)
            #expect(
                try await api.send(.POST, "/enforcement/events", json: "events=1", contentType: .urlEncodedForm).status
                    == .unsupportedMediaType)
            #expect(try await t.snapshot() == before)
            // and: an event that breaks a rule is refused alone, with its field and article
            var oneOfficer = events("R-2")
            oneOfficer[0]["officers"] = [EnforcementFixtures.officers[0]]
            let refused = try await api.send(
                .POST, "/enforcement/events", json: try json(["body": body.id.uuidString, "events": oneOfficer]))
            let results = refused.object?["results"] as? [[String: Any]] ?? []
            #expect(results.map { $0["status"] as? String } == ["refused", "refused", "refused"])
            let error = results.first?["error"] as? [String: Any]
            #expect((error?["message"] as? String)?.contains("第四十二条") == true)
        }
    }

    @Test("a decided case is published masked and the public API shows it without login")
    func publicity() async throws {
        try await TestApp.with { t in
            // given: a case against a natural person, decided with a warning
            let (api, body) = try await prepare(t)
            var batch = events("PUB-1")
            batch[0]["partyKind"] = "person"
            batch[0]["partyName"] = "李大明"
            batch[2]["penalties"] = ["warning"]
            batch[2]["fine"] = nil
            batch[2]["circumstance"] = nil
            batch[2]["hearingRight"] = false
            batch.append([
                "eventId": "PUB-1-4", "reference": "PUB-1", "action": "decide", "date": today.adding(days: -2).iso,
                "penalties": ["warning"], "decisionNumber": "呼市监决〔2026〕88号",
            ])
            let sent = try await api.send(
                .POST, "/enforcement/events", json: try json(["body": body.id.uuidString, "events": batch]))
            #expect(sent.object?["applied"] as? Int == 4, "\(sent.text)")
            let caseID = try #require((sent.object?["results"] as? [[String: Any]])?.last?["caseId"] as? String)
            // when
            let published = try await api.send(
                .POST, "/enforcement/cases/\(caseID)/publication",
                json: try json(["summary": "李大明销售过期食品，手机13800001234"]))
            let listed = try await APIClient(app: t.app, token: nil).send(.GET, "/publicity?q=呼市监决")
            // then
            #expect(published.status == .created)
            let item = (listed.object?["items"] as? [[String: Any]])?.first
            #expect(item?["party"] as? String == "李**")
            #expect((item?["summary"] as? String)?.contains("李大明") == false)
            #expect((item?["summary"] as? String)?.contains("138****1234") == true)
            // and: an alert list is there for the body, and other organisations see no case
            #expect(try await api.send(.GET, "/enforcement/alerts").status == .ok)
            let other = APIClient(app: t.app, token: try await t.issueToken(for: "demo-officer").secret)
            #expect(try await other.send(.GET, "/enforcement/cases/\(caseID)").status == .notFound)
        }
    }
}
