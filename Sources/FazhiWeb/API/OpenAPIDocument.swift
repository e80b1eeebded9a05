import FazhiCore
import Foundation
import Vapor

/// The OpenAPI 3.1 description of `/api/v1`, built from one table of endpoints. A test checks
/// that every registered API route appears here, so the document cannot fall behind.
enum OpenAPIDocument {
    struct Endpoint {
        let method: String
        let path: String
        let summary: String
        let roles: String
        var body: String? = nil
        var response: String? = nil
        var list = false
        var paged = false
        var created = false
        /// Query parameters (string-valued) with their descriptions.
        var query: [(name: String, description: String)] = []
    }

    static let endpoints: [Endpoint] =
        foundationEndpoints + deadlineEndpoints + ledgerEndpoints + taskLedgerEndpoints + inspectionEndpoints
        + assessmentEndpoints + lawEndpoints + normativeEndpoints + normativePublicEndpoints
        + normativeCleanupEndpoints + enforcementEndpoints
        + enforcementMasterDataEndpoints + supervisionEndpoints
        + caseFileReviewEndpoints + enterpriseInspectionEndpoints + transferEndpoints + complaintEndpoints

    static let foundationEndpoints: [Endpoint] = [
        Endpoint(method: "get", path: "/me", summary: "当前调用者（用户、机构、管辖范围）", roles: "任意", response: "Me"),
        Endpoint(
            method: "get", path: "/organisations", summary: "管辖范围内的机构（树序）", roles: "任意", response: "Organisation",
            list: true),
        Endpoint(
            method: "post", path: "/organisations", summary: "新建机构", roles: "管理员", body: "OrganisationInput",
            response: "Organisation", created: true),
        Endpoint(method: "get", path: "/organisations/{id}", summary: "机构详情", roles: "任意", response: "Organisation"),
        Endpoint(
            method: "patch", path: "/organisations/{id}", summary: "修改机构（名称、简称、类型、代码、别名）", roles: "管理员",
            body: "OrganisationInput", response: "Organisation"),
        Endpoint(
            method: "post", path: "/organisations/{id}/move", summary: "调整上级机构", roles: "管理员", body: "MoveRequest",
            response: "Organisation"),
        Endpoint(
            method: "post", path: "/organisations/{id}/deactivate", summary: "停用机构", roles: "管理员",
            response: "Organisation"),
        Endpoint(
            method: "post", path: "/organisations/{id}/activate", summary: "启用机构", roles: "管理员",
            response: "Organisation"),
        Endpoint(method: "get", path: "/users", summary: "管辖范围内的用户", roles: "管理员", response: "User", list: true),
        Endpoint(
            method: "post", path: "/users", summary: "新建用户", roles: "管理员", body: "UserInput", response: "User",
            created: true),
        Endpoint(method: "get", path: "/users/{id}", summary: "用户详情", roles: "管理员", response: "User"),
        Endpoint(
            method: "patch", path: "/users/{id}", summary: "修改用户（姓名、机构、角色；可重置密码）", roles: "管理员", body: "UserInput",
            response: "User"),
        Endpoint(method: "post", path: "/users/{id}/deactivate", summary: "停用用户", roles: "管理员", response: "User"),
        Endpoint(method: "post", path: "/users/{id}/activate", summary: "启用用户", roles: "管理员", response: "User"),
        Endpoint(
            method: "get", path: "/audit", summary: "审计日志（新到旧，分页；entity 过滤）", roles: "管理员、司法行政", response: "AuditEntry",
            paged: true),
        Endpoint(method: "get", path: "/tokens", summary: "接口令牌", roles: "管理员", response: "ApiToken", list: true),
        Endpoint(
            method: "post", path: "/tokens", summary: "签发接口令牌（secret 仅此一次返回）", roles: "管理员", body: "IssueTokenRequest",
            response: "IssuedToken", created: true),
        Endpoint(method: "delete", path: "/tokens/{id}", summary: "撤销接口令牌", roles: "管理员"),
        Endpoint(method: "get", path: "/openapi.json", summary: "本文档", roles: "公开"),
        Endpoint(
            method: "get", path: "/calendar/{year}", summary: "某年的放假安排、调休上班日和全部休息日（无通知的年份为暂定）", roles: "公开",
            response: "CalendarYear"),
        Endpoint(
            method: "get", path: "/deadlines/rules", summary: "法定期限规则及其法律依据", roles: "公开", response: "DeadlineRule",
            list: true),
        Endpoint(
            method: "post", path: "/deadlines/compute", summary: "计算期限：届满日、是否暂定、逐步说明", roles: "公开",
            body: "DeadlineComputeRequest", response: "Deadline"),
    ]

    static func ref(_ name: String) -> [String: Any] { ["$ref": "#/components/schemas/\(name)"] }
    static func object(_ properties: [String: Any], required: [String]) -> [String: Any] {
        ["type": "object", "properties": properties, "required": required]
    }
    static var string: [String: Any] { ["type": "string"] }
    static var uuid: [String: Any] { ["type": "string", "format": "uuid"] }
    static var bool: [String: Any] { ["type": "boolean"] }
    static var date: [String: Any] { ["type": "string", "format": "date"] }
    static var dateTime: [String: Any] { ["type": "string", "format": "date-time"] }
    static func nullable(_ schema: [String: Any]) -> [String: Any] {
        var s = schema
        s["type"] = [schema["type"] as! String, "null"]
        return s
    }
    static func array(_ items: [String: Any]) -> [String: Any] { ["type": "array", "items": items] }

    static var schemas: [String: Any] {
        foundationSchemas.merging(deadlineSchemas) { a, _ in a }.merging(ledgerSchemas) { a, _ in a }
            .merging(taskLedgerSchemas) { a, _ in a }.merging(inspectionSchemas) { a, _ in a }
            .merging(assessmentSchemas) { a, _ in a }.merging(lawSchemas) { a, _ in a }
            .merging(normativeSchemas) { a, _ in a }.merging(normativePublicSchemas) { a, _ in a }
            .merging(normativeCleanupSchemas) { a, _ in a }.merging(enforcementSchemas) { a, _ in a }
            .merging(enforcementMasterDataSchemas) { a, _ in a }.merging(supervisionSchemas) { a, _ in a }
            .merging(caseFileReviewSchemas) { a, _ in a }.merging(enterpriseInspectionSchemas) { a, _ in a }
            .merging(transferSchemas) { a, _ in a }.merging(complaintSchemas) { a, _ in a }
    }

    static var foundationSchemas: [String: Any] {
        [
            "Organisation": object(
                [
                    "id": uuid, "name": string, "shortName": string, "kind": string, "kindLabel": string,
                    "parentID": nullable(uuid),
                    "creditCode": nullable(string), "aliases": array(string), "active": bool,
                ],
                required: ["id", "name", "shortName", "kind", "kindLabel", "aliases", "active"]),
            "OrganisationInput": object(
                [
                    "name": string, "shortName": string,
                    "kind": [
                        "type": "string",
                        "enum": [
                            "government", "department", "enforcement_agency", "justice_bureau", "rule_of_law_office",
                            "other",
                        ],
                    ],
                    "parentID": uuid, "creditCode": ["type": "string", "description": "统一社会信用代码，18位，GB 32100 校验"],
                    "aliases": array(string),
                ],
                required: ["name", "kind"]),
            "OrganisationPatch": object(
                [
                    "name": string, "shortName": string,
                    "kind": [
                        "type": "string",
                        "enum": [
                            "government", "department", "enforcement_agency", "justice_bureau", "rule_of_law_office",
                            "other",
                        ],
                    ],
                    "creditCode": ["type": "string", "description": "空字符串表示清除"], "aliases": array(string),
                ],
                required: []),
            "MoveRequest": object(["parentID": uuid], required: ["parentID"]),
            "User": object(
                [
                    "id": uuid, "username": string, "displayName": string, "organisationID": uuid,
                    "organisationName": nullable(string),
                    "roles": array([
                        "type": "string", "enum": Role.allCases.map(\.rawValue),
                    ]),
                    "active": bool,
                ],
                required: ["id", "username", "displayName", "organisationID", "roles", "active"]),
            "UserInput": object(
                [
                    "username": string, "displayName": string, "organisationID": uuid, "roles": array(string),
                    "password": string,
                ],
                required: ["username", "displayName", "organisationID", "roles"]),
            "Me": object(
                ["user": ref("User"), "organisation": ref("Organisation"), "scopeRootID": uuid],
                required: ["user", "organisation"]),
            "AuditEntry": object(
                [
                    "id": uuid, "at": dateTime, "actorName": string, "action": string, "entityType": string,
                    "entityID": string,
                    "before": nullable(string), "after": nullable(string), "requestID": nullable(string),
                    "ledgerIndex": nullable(["type": "integer"]),
                ],
                required: ["id", "at", "actorName", "action", "entityType", "entityID"]),
            "ApiToken": object(
                [
                    "id": uuid, "name": string, "prefix": string, "organisationID": uuid,
                    "createdAt": nullable(dateTime),
                    "revokedAt": nullable(dateTime), "lastUsedAt": nullable(dateTime),
                ],
                required: ["id", "name", "prefix", "organisationID"]),
            "IssueTokenRequest": object(
                ["name": string, "organisationID": uuid], required: ["name", "organisationID"]),
            "IssuedToken": object(["token": ref("ApiToken"), "secret": string], required: ["token", "secret"]),
            "CalendarYear": object(
                [
                    "year": ["type": "integer"], "provisional": bool, "notice": nullable(string),
                    "documentNumber": nullable(string),
                    "issuedOn": nullable(date),
                    "holidays": array(
                        object(["name": string, "first": date, "last": date], required: ["name", "first", "last"])),
                    "adjustedWorkdays": array(object(["date": date, "name": string], required: ["date", "name"])),
                    "restDays": array(date),
                ],
                required: ["year", "provisional", "holidays", "adjustedWorkdays", "restDays"]),
            "LegalBasis": object(
                ["statute": string, "version": string, "article": string, "excerpt": string],
                required: ["statute", "version", "article", "excerpt"]),
            "DeadlineRule": object(
                [
                    "id": string, "title": string, "amount": ["type": "integer"],
                    "unit": ["type": "string", "enum": ["calendar_days", "working_days", "months", "hours"]],
                    "kind": ["type": "string", "enum": ["limit", "minimum"]], "startsFrom": string,
                    "basis": ref("LegalBasis"),
                    "countingBasis": ref("LegalBasis"), "maxExtension": nullable(["type": "integer"]),
                ],
                required: ["id", "title", "amount", "unit", "kind", "startsFrom", "basis", "countingBasis"]),
            "DeadlineComputeRequest": object(
                [
                    "rule": string, "start": date, "startTime": ["type": "string", "description": "HH:mm，按小时计算的期限必填"],
                    "events": array(
                        object(
                            [
                                "type": ["type": "string", "enum": ["extend", "suspend", "resume", "restart"]],
                                "date": date,
                                "amount": ["type": "integer"], "note": string,
                            ], required: ["type", "date"])),
                ],
                required: ["rule", "start"]),
            "Deadline": object(
                [
                    "ruleID": string, "title": string, "start": date, "due": nullable(date),
                    "dueTime": nullable(string),
                    "status": ["type": "string", "enum": ["running", "suspended"]], "provisional": bool,
                    "extended": ["type": "integer"],
                    "explanation": array(string),
                ],
                required: ["ruleID", "title", "start", "status", "provisional", "extended", "explanation"]),
            "Error": object(
                [
                    "error": object(
                        [
                            "code": string, "message": string,
                            "fields": array(
                                object(["field": string, "message": string], required: ["field", "message"])),
                        ],
                        required: ["code", "message"])
                ],
                required: ["error"]),
        ]
    }

    static func operation(_ e: Endpoint) -> [String: Any] {
        func json(_ schema: [String: Any]) -> [String: Any] { ["content": ["application/json": ["schema": schema]]] }
        var responses: [String: Any] = [:]
        let errorResponse: (String) -> [String: Any] = { desc in
            ["description": desc].merging(json(ref("Error"))) { a, _ in a }
        }
        if let response = e.response {
            var schema = ref(response)
            if e.list { schema = array(schema) }
            if e.paged {
                schema = object(
                    [
                        "items": array(ref(response)), "total": ["type": "integer"], "page": ["type": "integer"],
                        "perPage": ["type": "integer"],
                    ], required: ["items", "total", "page", "perPage"])
            }
            responses[e.created ? "201" : "200"] = ["description": "成功"].merging(json(schema)) { a, _ in a }
        } else {
            responses[e.method == "delete" ? "204" : "200"] = ["description": "成功"]
        }
        if e.roles != "公开" {
            responses["401"] = errorResponse("未提供令牌或令牌无效")
        }
        if e.roles != "公开" && e.roles != "任意" { responses["403"] = errorResponse("角色无权执行") }
        if e.path.contains("{") { responses["404"] = errorResponse("不存在或不在管辖范围内") }
        if !e.query.isEmpty && e.body == nil { responses["422"] = errorResponse("查询参数校验未通过，fields 给出每个参数的问题") }
        if e.body != nil {
            responses["400"] = errorResponse("请求体无法解析")
            responses["415"] = errorResponse("请使用 application/json")
            responses["422"] = errorResponse("字段校验未通过，fields 给出每个字段的问题")
        }
        if e.method != "get" && e.roles != "公开" { responses["409"] = errorResponse("状态冲突") }
        var op: [String: Any] = [
            "summary": e.summary, "description": "需要角色：\(e.roles)", "responses": responses,
            "operationId": e.method
                + e.path.replacingOccurrences(of: "/", with: "_").replacingOccurrences(of: "{", with: "")
                .replacingOccurrences(of: "}", with: ""),
        ]
        if e.roles == "公开" { op["security"] = [] as [Any] }
        var parameters: [[String: Any]] = []
        for name in pathParameters(e.path) {
            let schema: [String: Any] =
                switch name {
                case "id", "organisationID": uuid
                case "eid", "receipt": string
                default: ["type": "integer", "minimum": 0]
                }
            parameters.append(["name": name, "in": "path", "required": true, "schema": schema])
        }
        for q in e.query {
            parameters.append([
                "name": q.name, "in": "query", "required": false, "schema": string, "description": q.description,
            ])
        }
        if !parameters.isEmpty { op["parameters"] = parameters }
        if let body = e.body { op["requestBody"] = ["required": true].merging(json(ref(body))) { a, _ in a } }
        return op
    }

    /// The `{name}` parameters of a path, in order.
    static func pathParameters(_ path: String) -> [String] {
        path.split(separator: "/").filter { $0.hasPrefix("{") && $0.hasSuffix("}") }.map {
            String($0.dropFirst().dropLast())
        }
    }

    static var document: [String: Any] {
        var paths: [String: [String: Any]] = [:]
        for e in endpoints { paths[e.path, default: [:]][e.method] = operation(e) }
        return [
            "openapi": "3.1.0",
            "info": [
                "title": "Fazhi 法治政府建设一体化平台 API", "version": "1.0.0",
                "description":
                    "所有接口以 Authorization: Bearer <令牌> 认证；令牌在「接口令牌」页面签发。错误统一为 {\"error\": {\"code\", \"message\", \"fields\"?}}。",
            ],
            "servers": [["url": "/api/v1"]],
            "paths": paths,
            "components": [
                "schemas": schemas,
                "securitySchemes": ["bearer": ["type": "http", "scheme": "bearer"]],
            ],
            "security": [["bearer": [] as [Any]]],
        ]
    }

    static let json: Data = try! JSONSerialization.data(
        withJSONObject: document, options: [.sortedKeys, .withoutEscapingSlashes])
}

/// Serves the OpenAPI document.
struct OpenAPIController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get("openapi.json", use: document)
    }

    @Sendable func document(req: Request) async throws -> Response {
        let response = Response(status: .ok, body: .init(data: OpenAPIDocument.json))
        response.headers.contentType = .json
        return response
    }
}
