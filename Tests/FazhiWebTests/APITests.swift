import Fluent
import Foundation
import Testing
import Vapor
import VaporTesting

@testable import FazhiCore
@testable import FazhiStore
@testable import FazhiWeb

@Suite("JSON API")
struct APITests {
    /// Signs in as demo-admin and issues a token for the whole region through the token page.
    static func adminToken(_ t: TestApp) async throws -> String {
        let browser = t.browser()
        try await browser.signIn("demo-admin")
        let region = try await t.org("内蒙古自治区人民政府")
        let page = try await browser.post(
            "/admin/tokens", [("name", "对接测试"), ("organisationID", region.id.uuidString)])
        #expect(page.status == .ok)
        #expect(page.text.contains("新令牌已签发"))
        return try #require(secret(in: page.text))
    }

    @Test("a token issued on the page works as a bearer token")
    func bearer() async throws {
        try await TestApp.with { t in
            // given
            let api = APIClient(app: t.app, token: try await Self.adminToken(t))
            // when
            let me = try await api.send(.GET, "/me")
            let orgs = try await api.send(.GET, "/organisations")
            let anonymous = try await APIClient(app: t.app, token: nil).send(.GET, "/me")
            // then
            #expect(me.status == .ok)
            #expect((me.object?["user"] as? [String: Any])?["username"] as? String == "demo-admin")
            #expect(orgs.status == .ok)
            #expect(orgs.array?.count == (try await OrganisationRepository(db: t.db, scope: .system).count()))
            #expect(anonymous.status == .unauthorized)
            #expect(anonymous.errorCode == "unauthenticated")
        }
    }

    @Test("creating an organisation through the API returns 201 with its location")
    func create() async throws {
        try await TestApp.with { t in
            // given
            let api = APIClient(app: t.app, token: try await Self.adminToken(t))
            let parent = try await t.org("鄂尔多斯市人民政府")
            // when
            let response = try await api.send(
                .POST, "/organisations",
                json: #"{"name":"鄂尔多斯市数据局","kind":"department","parentID":"\#(parent.id)","aliases":["数据局"]}"#)
            // then
            #expect(response.status == .created)
            let id = try #require(response.object?["id"] as? String)
            #expect(response.location == "/api/v1/organisations/\(id)")
            #expect(try await t.org("鄂尔多斯市数据局").parentID == parent.id)
        }
    }

    @Test("PATCH changes the fields it names and keeps the others")
    func patchIsPartial() async throws {
        try await TestApp.with { t in
            // given
            let api = APIClient(app: t.app, token: try await Self.adminToken(t))
            let before = try await t.org("呼和浩特市司法局")
            // when
            let response = try await api.send(.PATCH, "/organisations/\(before.id)", json: #"{"shortName":"呼市司法局"}"#)
            // then
            #expect(response.status == .ok)
            let after = try await t.org("呼和浩特市司法局")
            #expect(after.shortName == "呼市司法局")
            #expect(after.creditCode == before.creditCode && after.creditCode != nil)
            #expect(after.aliases == before.aliases && after.kind == before.kind)
        }
    }

    /// Bad requests, each with the status and error code it must get.
    static let badRequests:
        [(
            name: String, method: HTTPMethod, path: String, body: String?, contentType: HTTPMediaType?,
            status: HTTPResponseStatus, code: String, fields: [String]
        )] = [
            (
                "malformed JSON", .POST, "/organisations", #"{"name": "x", "kind": "#, .json, .badRequest, "malformed",
                []
            ),
            (
                "wrong content type", .POST, "/organisations", "name=x&kind=other", .urlEncodedForm,
                .unsupportedMediaType, "unsupported_media_type", []
            ),
            (
                "text body", .POST, "/organisations", #"{"name":"x","kind":"other"}"#, .plainText,
                .unsupportedMediaType, "unsupported_media_type", []
            ),
            (
                "missing field", .POST, "/organisations", #"{"kind":"other","parentID":"{parent}"}"#, .json,
                .unprocessableEntity, "invalid", ["name"]
            ),
            (
                "wrong type", .POST, "/organisations", #"{"name":1,"kind":"other"}"#, .json, .unprocessableEntity,
                "invalid", ["name"]
            ),
            (
                "invalid values", .POST, "/organisations", #"{"name":" ","kind":"nonsense","creditCode":"123"}"#, .json,
                .unprocessableEntity, "invalid", ["name", "kind", "creditCode"]
            ),
            ("unknown id", .GET, "/organisations/{random}", nil, nil, .notFound, "not_found", []),
            (
                "unknown id, write", .PATCH, "/organisations/{random}", #"{"name":"x","kind":"other"}"#, .json,
                .notFound, "not_found", []
            ),
            ("non-UUID id", .GET, "/organisations/not-a-uuid", nil, nil, .notFound, "not_found", []),
            ("non-UUID user id", .POST, "/users/123/deactivate", nil, nil, .notFound, "not_found", []),
            ("unknown token id", .DELETE, "/tokens/{random}", nil, nil, .notFound, "not_found", []),
            (
                "move under itself", .POST, "/organisations/{parent}/move", #"{"parentID":"{parent}"}"#, .json,
                .unprocessableEntity, "invalid", ["parentID"]
            ),
            (
                "duplicate username", .POST, "/users",
                #"{"username":"demo-legal","displayName":"x","organisationID":"{parent}","roles":["officer"],"password":"long-enough-1"}"#,
                .json, .unprocessableEntity, "invalid", ["username"]
            ),
        ]

    @Test("a bad request gets the right status and error body, and changes nothing", arguments: badRequests.indices)
    func badRequest(_ index: Int) async throws {
        let bad = Self.badRequests[index]
        try await TestApp.with { t in
            // given
            let api = APIClient(app: t.app, token: try await Self.adminToken(t))
            let parent = try await t.org("呼和浩特市市场监督管理局")
            func fill(_ s: String) -> String {
                s.replacingOccurrences(of: "{parent}", with: parent.id.uuidString).replacingOccurrences(
                    of: "{random}", with: UUID().uuidString)
            }
            let before = try await t.snapshot()
            // when
            let response = try await api.send(
                bad.method, fill(bad.path), json: bad.body.map(fill), contentType: bad.contentType)
            // then
            #expect(response.status == bad.status, "\(bad.name)")
            #expect(response.errorCode == bad.code, "\(bad.name): \(response.text)")
            #expect(response.errorFields == bad.fields, "\(bad.name)")
            #expect((response.object?["error"] as? [String: Any])?["message"] is String)
            #expect(try await t.snapshot() == before, "\(bad.name)")
        }
    }

    @Test("a body over 2 MB is refused with 413 and changes nothing")
    func oversized() async throws {
        try await TestApp.with { t in
            // given
            let token = try await Self.adminToken(t)
            let before = try await t.snapshot()
            // 2.4 MB of UTF-8
            let body = #"{"kind":"other","name":""# + String(repeating: "字", count: 800_000) + #""}"#
            var headers = HTTPHeaders()
            headers.bearerAuthorization = BearerAuthorization(token: token)
            headers.contentType = .json
            // when
            let response = try await t.app.testing(method: .running(hostname: "127.0.0.1", port: 0)).sendRequest(
                .POST, "/api/v1/organisations", headers: headers, body: ByteBuffer(string: body))
            // then
            #expect(response.status == .payloadTooLarge)
            #expect(try await t.snapshot() == before)
        }
    }

    @Test("a revoked token is refused with 401 at once")
    func revokedToken() async throws {
        try await TestApp.with { t in
            // given
            let admin = APIClient(app: t.app, token: try await Self.adminToken(t))
            let other = try await t.issueToken(for: "demo-admin", name: "待撤销")
            let revoke = try await admin.send(.DELETE, "/tokens/\(other.token.id)")
            let before = try await t.snapshot()
            // when
            let response = try await APIClient(app: t.app, token: other.secret).send(
                .POST, "/organisations", json: #"{"name":"x","kind":"other"}"#)
            let unknown = try await APIClient(app: t.app, token: "fz_" + Secrets.randomToken()).send(.GET, "/me")
            // then
            #expect(revoke.status == .noContent)
            #expect(response.status == .unauthorized)
            #expect(response.errorCode == "unauthenticated")
            #expect(unknown.status == .unauthorized)
            #expect(try await t.snapshot() == before)
        }
    }

    @Test("a token stops working when its creator is deactivated")
    func creatorDeactivated() async throws {
        try await TestApp.with { t in
            // given
            let admin = APIClient(app: t.app, token: try await Self.adminToken(t))
            let legal = try await t.issueToken(for: "demo-legal")
            let legalUser = try await t.user("demo-legal")
            // when
            let before = try await APIClient(app: t.app, token: legal.secret).send(.GET, "/me")
            let deactivate = try await admin.send(.POST, "/users/\(legalUser.id)/deactivate")
            let after = try await APIClient(app: t.app, token: legal.secret).send(.GET, "/me")
            // then
            #expect(before.status == .ok)
            #expect(deactivate.status == .ok)
            #expect(after.status == .unauthorized)
        }
    }
}
