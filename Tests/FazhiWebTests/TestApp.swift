import FazhiTestSupport
import Fluent
import Foundation
import SQLKit
import Testing
import Vapor
import VaporTesting

// The real application (`configure(app, config)`) on a fresh database per test, and a small
// browser that keeps cookies and fills in the CSRF field.
@testable import FazhiCore
@testable import FazhiStore
@testable import FazhiWeb

struct TestApp {
    let app: Application
    var db: any Database { app.db }

    /// Runs `body` against the configured application; by default with the demo region loaded.
    static func with<T>(demo: Bool = true, _ body: (TestApp) async throws -> T) async throws -> T {
        try await TestDatabase.with { target in
            let app = try await Application.make(.testing)
            app.logger.logLevel = .warning
            do {
                var config: AppConfig
                switch target {
                case .sqlite(let path): config = .testing(storage: .sqliteScratch(path))
                case .postgres(let url): config = .testing(storage: .postgres(url))
                }
                config.loadDemo = demo
                try await configure(app, config)
                let result = try await body(TestApp(app: app))
                try await app.asyncShutdown()
                return result
            } catch {
                try? await app.asyncShutdown()
                throw TestDatabase.readable(error)
            }
        }
    }

    func browser() -> Browser { Browser(app: app) }

    // MARK: demo data

    func org(_ name: String) async throws -> Organisation {
        try #require(
            try await OrganisationRepository(db: db, scope: .system).list().first { $0.name == name },
            "no organisation \(name)")
    }

    func user(_ username: String) async throws -> User {
        try #require(
            try await UserRepository(db: db, scope: .system, hasher: app.services.hasher).list().first {
                $0.user.username == username
            }?.user)
    }

    func member(_ username: String) async throws -> Accounts.Member {
        try #require(try await Accounts(db: db, hasher: app.services.hasher).member(id: try await user(username).id))
    }

    /// Creates a user directly (system scope).
    @discardableResult
    func createUser(_ username: String, in org: Organisation, roles: Set<Role> = [.officer]) async throws -> User {
        try await UserRepository(db: db, scope: .system, hasher: app.services.hasher).create(
            ValidUserInput(
                username: username, displayName: "用户\(username)", organisationID: org.id, roles: roles,
                password: DemoRegion.password),
            by: .system("测试"))
    }

    /// Issues a token for `username` directly, for the subtree of `org` (default: the user's scope root).
    func issueToken(for username: String, name: String = "测试令牌", org: UUID? = nil) async throws -> (
        token: ApiToken, secret: String
    ) {
        let member = try await member(username)
        return try await ApiTokenRepository(db: db, scope: member.scope).issue(
            name: name, organisationID: org ?? member.scope.root.ids.last,
            by: Actor(userID: member.user.id, name: member.user.displayName))
    }

    // MARK: state, to show that a refused request changes nothing

    struct Snapshot: Equatable {
        var organisations: [Organisation]
        var users: [User]
        var auditEntries: Int
        var tokens: [String]
        var sessions: Int
        /// Progress reports, rectification events, steps on normative documents and steps of penalty cases.
        var reports: Int
    }

    func snapshot() async throws -> Snapshot {
        Snapshot(
            organisations: try await OrganisationRepository(db: db, scope: .system).list(),
            users: try await UserRepository(db: db, scope: .system, hasher: app.services.hasher).list().map(\.user),
            auditEntries: try await AuditEntryModel.query(on: db).count(),
            tokens: try await ApiTokenModel.query(on: db).sort(\.$id).all().map {
                "\($0.id!) revoked=\($0.revokedAt != nil)"
            },
            sessions: try await SessionModel.query(on: db).count(),
            reports: try await (db as! any SQLDatabase).raw(
                """
                SELECT (SELECT COUNT(*) FROM plan_progress) + (SELECT COUNT(*) FROM inspection_events)
                     + (SELECT COUNT(*) FROM normative_events)
                     + (SELECT COUNT(*) FROM enforcement_case_events) AS n
                """
            ).first()!.decode(column: "n", as: Int.self))
    }
}

/// Keeps cookies like a browser and adds `_csrf` to forms.
final class Browser: @unchecked Sendable {
    let app: Application
    private(set) var cookies: [String: String] = [:]

    init(app: Application) { self.app = app }

    var csrf: String? { cookies["fazhi_csrf"] }
    var session: String? { cookies["fazhi_session"] }

    func set(cookie name: String, _ value: String?) { cookies[name] = value }

    @discardableResult
    func get(_ path: String, headers: HTTPHeaders = [:]) async throws -> TestingHTTPResponse {
        try await send(.GET, path, headers: headers, body: nil)
    }

    /// Posts a form; `_csrf` is the cookie's token unless `csrf` says otherwise (nil: leave it out).
    @discardableResult
    func post(_ path: String, _ fields: [(String, String)] = [], csrf: String?? = .none) async throws
        -> TestingHTTPResponse
    {
        if self.csrf == nil { try await get("/login") }
        var fields = fields
        switch csrf {
        case .none: fields.append(("_csrf", self.csrf ?? ""))
        case .some(.some(let token)): fields.append(("_csrf", token))
        case .some(.none): break
        }
        var headers = HTTPHeaders()
        headers.contentType = .urlEncodedForm
        return try await send(.POST, path, headers: headers, body: formBody(fields))
    }

    /// Signs in through the login form.
    @discardableResult
    func signIn(_ username: String, password: String = DemoRegion.password) async throws -> TestingHTTPResponse {
        try await get("/login")
        return try await post("/login", [("username", username), ("password", password)])
    }

    func send(_ method: HTTPMethod, _ path: String, headers: HTTPHeaders = [:], body: String?) async throws
        -> TestingHTTPResponse
    {
        try await send(method, path, headers: headers, bytes: body.map { ByteBuffer(string: $0) })
    }

    /// Sends raw bytes (a multipart body with a file that is not UTF-8).
    func send(_ method: HTTPMethod, _ path: String, headers: HTTPHeaders = [:], bytes: ByteBuffer?) async throws
        -> TestingHTTPResponse
    {
        var headers = headers
        if !cookies.isEmpty {
            headers.replaceOrAdd(
                name: .cookie,
                value: cookies.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: "; "))
        }
        let response = try await app.testing().sendRequest(
            method, path, headers: headers, body: bytes)
        for (name, value) in response.headers.setCookie?.all ?? [:] {
            if value.string.isEmpty || (value.expires.map { $0 < Date() } ?? false) {
                cookies[name] = nil
            } else {
                cookies[name] = value.string
            }
        }
        return response
    }

    func formBody(_ fields: [(String, String)]) -> String {
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._~")
        allowed.remove(charactersIn: "+&=")
        func encode(_ s: String) -> String { s.addingPercentEncoding(withAllowedCharacters: allowed) ?? "" }
        return fields.map { encode($0.0) + "=" + encode($0.1) }.joined(separator: "&")
    }
}

/// JSON API calls with a bearer token.
struct APIClient {
    let app: Application
    let token: String?

    @discardableResult
    func send(
        _ method: HTTPMethod, _ path: String, json: String? = nil, contentType: HTTPMediaType? = .json
    ) async throws -> TestingHTTPResponse {
        var headers = HTTPHeaders()
        if let token { headers.bearerAuthorization = BearerAuthorization(token: token) }
        if json != nil, let contentType { headers.contentType = contentType }
        return try await app.testing().sendRequest(
            method, "/api/v1" + path, headers: headers, body: json.map { ByteBuffer(string: $0) })
    }
}

extension TestingHTTPResponse {
    var text: String { body.string }

    /// The JSON body as a dictionary (or nil).
    var object: [String: Any]? {
        try? JSONSerialization.jsonObject(with: Data(body.readableBytesView)) as? [String: Any]
    }
    var array: [[String: Any]]? {
        try? JSONSerialization.jsonObject(with: Data(body.readableBytesView)) as? [[String: Any]]
    }

    /// `error.code` of an API error body.
    var errorCode: String? { (object?["error"] as? [String: Any])?["code"] as? String }
    var errorFields: [String] {
        ((object?["error"] as? [String: Any])?["fields"] as? [[String: Any]] ?? []).compactMap {
            $0["field"] as? String
        }
    }
    var location: String? { headers.first(name: .location) }
}

/// The secret shown once on the token page after issuing.
func secret(in html: String) -> String? {
    guard let range = html.range(of: #"fz_[A-Za-z0-9_-]{43}"#, options: .regularExpression) else { return nil }
    return String(html[range])
}
