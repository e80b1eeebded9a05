import FazhiTestSupport
import Fluent
import Foundation
import SQLKit
import Testing
import Vapor
import VaporTesting

@testable import FazhiCore
@testable import FazhiStore
@testable import FazhiWeb

@Suite("Normative documents: review suggestions over HTTP")
struct NormativeSuggestionWebTests {
    static let text = "第五条规定的罚款数额超出了上位法规定的幅度，建议审查。"

    /// A filed document (测政规〔2026〕1号) and a published one not yet filed.
    func documents(_ s: NormativePublicSamples) async throws -> (filed: UUID, unfiled: UUID) {
        let filed = try await s.insert(
            "市场监管行政处罚裁量基准", stage: .underReview, published: CivilDate(iso: "2026-03-01"),
            change: { $0.numberSequence = 1 })
        let unfiled = try await s.insert("市场监管信用修复办法", stage: .published, published: CivilDate(iso: "2026-03-02"))
        return (filed, unfiled)
    }

    func receipt(in path: String?) throws -> String {
        try #require(path?.replacingOccurrences(of: "/documents/suggestions/", with: ""))
    }

    @Test("a citizen sends a suggestion from the page and follows it by receipt; the filing body answers it once")
    func suggestionCycle() async throws {
        try await TestApp.with { t in
            // given
            let s = NormativePublicSamples(t: t)
            let (filed, unfiled) = try await documents(s)
            let citizen = t.browser()
            try await citizen.get("/documents/\(filed)")

            // when / then: refused submissions store nothing
            let short = try await citizen.post(
                "/documents/suggestions", [("documentID", filed.uuidString), ("body", "不合法")])
            #expect(short.status == .unprocessableEntity && short.text.contains("意见至少10个字"))
            #expect(short.text.contains("市场监管行政处罚裁量基准的正文"))
            let notFiled = try await citizen.post(
                "/documents/suggestions", [("documentID", unfiled.uuidString), ("body", Self.text)])
            #expect(notFiled.status == .conflict && notFiled.text.contains("尚未报送备案"))
            let unknown = try await citizen.post(
                "/documents/suggestions", [("documentNumber", "测政规〔2026〕9号"), ("body", Self.text)])
            #expect(unknown.status == .unprocessableEntity)
            #expect(unknown.text.contains("未找到文号为「测政规〔2026〕9号」的已备案文件"))
            let forged = try await citizen.post(
                "/documents/suggestions", [("documentID", filed.uuidString), ("body", Self.text)], csrf: .some("x"))
            #expect(forged.status == .forbidden)
            #expect(try await s.count("normative_suggestions") == 0)

            // when: sent from the document's page with a name and contact
            let sent = try await citizen.post(
                "/documents/suggestions",
                [
                    ("documentID", filed.uuidString), ("body", Self.text), ("name", "李四"),
                    ("contact", "lisi@example.cn"),
                ])

            // then: the receipt page, prominently, without the personal data
            #expect(sent.status == .seeOther)
            let number = try receipt(in: sent.location)
            let tracking = try await citizen.get("/documents/suggestions/\(number)")
            #expect(tracking.status == .ok)
            #expect(tracking.text.contains("receipt-number") && tracking.text.contains(number))
            #expect(tracking.text.contains("已收到您的审查建议。回执号 \(number)"))
            #expect(tracking.text.contains("已收到，正在研究办理"))
            #expect(!tracking.text.contains("李四") && !tracking.text.contains("lisi@example.cn"))
            // the look-up form leads to the same page; unknown and malformed numbers are 404 with the number
            let lookUp = try await t.browser().get("/documents/suggestions?receipt=\(number.lowercased())")
            #expect(lookUp.status == .seeOther && lookUp.location == "/documents/suggestions/\(number)")
            let missing = try await t.browser().get("/documents/suggestions/JY20261120-AAAAAAAA")
            #expect(missing.status == .notFound)
            #expect(missing.text.contains("未找到回执号为「JY20261120-AAAAAAAA」的审查建议，请核对后重新输入"))
            let malformed = try await t.browser().get("/documents/suggestions?receipt=abc")
            #expect(malformed.status == .notFound && malformed.text.contains("未找到回执号为「abc」"))
            // by 文号 with ASCII brackets, from the suggestions page
            let byNumber = try await citizen.post(
                "/documents/suggestions", [("documentNumber", "测政规[2026]1号"), ("body", Self.text)])
            #expect(byNumber.status == .seeOther)

            // the filing body: the city's justice bureau sees both, with the sender
            let justice = t.browser()
            try await justice.signIn("demo-justice")
            let inbox = try await justice.get("/normative/suggestions")
            #expect(inbox.status == .ok && inbox.text.contains(number) && inbox.text.contains("共 2 件"))
            #expect(inbox.text.contains("审查建议</a>"))
            let id = try #require(
                inbox.text.range(of: #"/normative/suggestions/[0-9A-Fa-f-]{36}"#, options: .regularExpression).map {
                    String(inbox.text[$0])
                })
            // others: no role 403, another government's justice 404
            let legal = t.browser()
            try await legal.signIn("demo-legal")
            #expect(try await legal.get("/normative/suggestions").status == .forbidden)
            try await t.createUser("ordos-justice", in: try await t.org("鄂尔多斯市司法局"), roles: [.justice])
            let ordos = t.browser()
            try await ordos.signIn("ordos-justice")
            #expect(try await ordos.get("/normative/suggestions").text.contains("共 0 件"))
            #expect(try await ordos.get(id).status == .notFound)
            let answer = "经审查，第五条与上位法不一致，已通知制定机关纠正。"
            #expect(try await ordos.post(id + "/answer", [("answer", answer)]).status == .notFound)
            #expect(try await legal.post(id + "/answer", [("answer", answer)]).status == .forbidden)

            // the answer: too short, then right, then again
            let tooShort = try await justice.post(id + "/answer", [("answer", "已收到")])
            #expect(tooShort.status == .unprocessableEntity && tooShort.text.contains("答复意见至少10个字"))
            #expect(try await justice.post(id + "/answer", [("answer", answer)]).status == .seeOther)
            #expect(try await justice.post(id + "/answer", [("answer", answer)]).status == .conflict)
            let answeredPage = try await justice.get(id)
            #expect(answeredPage.text.contains(answer) && !answeredPage.text.contains("name=\"answer\""))
            let answeredReceipt = try #require(
                answeredPage.text.range(of: #"JY\d{8}-[2-9A-Z]{8}"#, options: .regularExpression).map {
                    String(answeredPage.text[$0])
                })
            let followed = try await citizen.get("/documents/suggestions/\(answeredReceipt)")
            #expect(followed.text.contains("已答复") && followed.text.contains(answer))
        }
    }

    @Test("the API: 201 with a receipt, 404/409/422 refusals, tracking without personal data, the inbox by token")
    func suggestionAPI() async throws {
        try await TestApp.with { t in
            // given
            let s = NormativePublicSamples(t: t)
            let (filed, unfiled) = try await documents(s)
            let api = APIClient(app: t.app, token: nil)

            // when / then: submitting
            let created = try await api.send(
                .POST, "/documents/suggestions",
                json:
                    #"{"documentNumber": "测政规（2026）1号", "body": "\#(Self.text)", "name": "李四", "contact": "lisi@example.cn"}"#
            )
            #expect(created.status == .created)
            let number = try #require(created.object?["receipt"] as? String)
            #expect(created.location == "/api/v1/documents/suggestions/\(number)")
            #expect(created.object?["documentID"] as? String == filed.uuidString)
            #expect(created.object?["status"] as? String == "received")
            let unknown = try await api.send(
                .POST, "/documents/suggestions", json: #"{"documentNumber": "测政规〔2026〕9号", "body": "\#(Self.text)"}"#)
            #expect(unknown.status == .unprocessableEntity && unknown.errorFields == ["documentNumber"])
            let notFiled = try await api.send(
                .POST, "/documents/suggestions", json: #"{"documentID": "\#(unfiled)", "body": "\#(Self.text)"}"#)
            #expect(notFiled.status == .conflict)
            let draft = try await s.insert("起草中的办法", stage: .drafting)
            let hidden = try await api.send(
                .POST, "/documents/suggestions", json: #"{"documentID": "\#(draft)", "body": "\#(Self.text)"}"#)
            #expect(hidden.status == .notFound)
            #expect(try await s.count("normative_suggestions") == 1)

            // tracking: no name, no contact anywhere in the answer
            let tracked = try await api.send(.GET, "/documents/suggestions/\(number)")
            #expect(tracked.status == .ok && tracked.object?["receipt"] as? String == number)
            #expect(!tracked.text.contains("李四") && !tracked.text.contains("lisi@example.cn"))
            let missing = try await api.send(.GET, "/documents/suggestions/JY20261120-AAAAAAAA")
            #expect(missing.status == .notFound && missing.errorCode == "not_found")

            // the inbox: a token of the filing body's justice staff; others 401/403
            let justice = APIClient(app: t.app, token: try await t.issueToken(for: "demo-justice").secret)
            let legal = APIClient(app: t.app, token: try await t.issueToken(for: "demo-legal").secret)
            #expect(try await api.send(.GET, "/normative/suggestions").status == .unauthorized)
            #expect(try await legal.send(.GET, "/normative/suggestions").status == .forbidden)
            let inbox = try await justice.send(.GET, "/normative/suggestions?status=received")
            #expect(inbox.status == .ok && inbox.object?["total"] as? Int == 1)
            let item = try #require((inbox.object?["items"] as? [[String: Any]])?.first)
            #expect(item["contact"] as? String == "lisi@example.cn")
            let id = try #require(item["id"] as? String)
            #expect(try await justice.send(.GET, "/normative/suggestions?status=x").status == .unprocessableEntity)
            let short = try await justice.send(.POST, "/normative/suggestions/\(id)/answer", json: #"{"answer": "好"}"#)
            #expect(short.status == .unprocessableEntity && short.errorFields == ["answer"])
            let answer = #"{"answer": "经审查，第五条与上位法不一致，已通知制定机关纠正。"}"#
            #expect(
                try await legal.send(.POST, "/normative/suggestions/\(id)/answer", json: answer).status == .forbidden)
            let answered = try await justice.send(.POST, "/normative/suggestions/\(id)/answer", json: answer)
            #expect(answered.status == .ok)
            #expect((answered.object?["tracking"] as? [String: Any])?["status"] as? String == "answered")
            #expect(
                try await justice.send(.POST, "/normative/suggestions/\(id)/answer", json: answer).status == .conflict)
            let after = try await api.send(.GET, "/documents/suggestions/\(number)")
            #expect(after.object?["answer"] as? String == "经审查，第五条与上位法不一致，已通知制定机关纠正。")
        }
    }
}
