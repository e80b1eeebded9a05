/// The normative documents' oversight part of the OpenAPI document: local rules (本地规定), clean-up campaigns
/// (清理) and the yearly statistics (统计).
extension OpenAPIDocument {
    static let normativeCleanupEndpoints: [Endpoint] = [
        Endpoint(
            method: "get", path: "/normative/rules", summary: "机构适用的规范性文件期限（本地规定或参照国家规定）及本机构录入的本地规定",
            roles: "管理员、司法行政", response: "NormativeRules",
            query: [("organisation", "机构 id，默认为调用者所在的最近一级政府")]),
        Endpoint(
            method: "put", path: "/normative/rules/{organisationID}", summary: "录入或替换机构的本地规定（记入审计日志）",
            roles: "管理员、司法行政", body: "NormativeLocalRules", response: "NormativeRules"),
        Endpoint(
            method: "get", path: "/normative/cleanups", summary: "管辖范围内组织的或有本单位文件的清理，附清理统计", roles: "任意",
            response: "NormativeCleanup", list: true),
        Endpoint(
            method: "post", path: "/normative/cleanups",
            summary: "开始清理：组织单位为调用者所属机构，范围为其所在政府及下级；开始之日有效的已印发文件全部列入", roles: "依法治理办、司法行政、管理员",
            body: "NormativeCleanupInput", response: "NormativeCleanup", created: true),
        Endpoint(
            method: "get", path: "/normative/cleanups/{id}", summary: "清理详情及调用者可见的文件和决定", roles: "任意",
            response: "NormativeCleanup",
            query: [
                ("decided", "yes（已清理）或 no（未清理）"), ("decision", "keep、amend、repeal、declare_expired"),
                ("organisation", "起草单位 id"),
            ]),
        Endpoint(
            method: "post", path: "/normative/cleanups/items/{id}/decision",
            summary: "起草单位作出清理决定（已作出的只能由组织清理的单位更改）", roles: "部门法制员、司法行政、依法治理办、管理员",
            body: "NormativeCleanupDecisionInput", response: "NormativeCleanupItem"),
        Endpoint(
            method: "get", path: "/normative/statistics", summary: "某年规范性文件统计：按起草单位，附合计和指标定义", roles: "任意",
            response: "NormativeStatistics", query: [("year", "年份（1949–9999），默认今年")]),
        Endpoint(
            method: "get", path: "/normative/statistics/records", summary: "某项统计数字对应的文件（件数与统计数字一致）", roles: "任意",
            response: "NormativeStatisticsRecord", list: true,
            query: [
                ("figure", "published、due、filed、filed_on_time、reviewed、corrected、cleaned、ended"), ("year", "年份"),
                ("organisation", "起草单位 id；不填为全部"),
            ]),
    ]

    static var normativeCleanupSchemas: [String: Any] {
        let integer: [String: Any] = ["type": "integer"]
        let decision: [String: Any] = ["type": "string", "enum": ["keep", "amend", "repeal", "declare_expired"]]
        let rules = object(
            [
                "statute": string, "version": date, "commentDays": integer, "commentArticle": string,
                "legalityMinimumWorkdays": integer, "legalityMaximumWorkdays": integer, "legalityArticle": string,
                "filingDays": integer, "filingArticle": string, "suggestionDays": integer, "suggestionArticle": string,
                "validityYears": integer, "validityArticle": string,
            ],
            required: [
                "statute", "version", "commentDays", "commentArticle", "legalityMinimumWorkdays",
                "legalityMaximumWorkdays", "legalityArticle", "filingDays", "filingArticle", "suggestionDays",
                "suggestionArticle", "validityYears", "validityArticle",
            ])
        let period = object(
            [
                "id": string, "title": string, "amount": integer, "unit": string, "unitLabel": string, "kind": string,
                "startsFrom": string, "citation": string, "borrowed": bool,
            ], required: ["id", "title", "amount", "unit", "unitLabel", "kind", "startsFrom", "citation", "borrowed"])
        let figures = object(
            [
                "total": integer, "decided": integer, "undecided": integer, "keep": integer, "amend": integer,
                "repeal": integer, "declareExpired": integer,
            ], required: ["total", "decided", "undecided", "keep", "amend", "repeal", "declareExpired"])
        let statisticsRow = object(
            [
                "organisationID": nullable(uuid), "name": string,
                "counts": ["type": "object", "additionalProperties": integer],
                "onTimeRate": nullable(["type": "number"]),
            ], required: ["name", "counts"])
        return [
            "NormativeLocalRules": rules,
            "NormativeRules": object(
                [
                    "organisationID": uuid, "organisationName": string,
                    "source": ["type": "string", "enum": ["local", "national"]],
                    "rulesOrganisationID": nullable(uuid), "appliedRules": nullable(["type": "object"]),
                    "ownRules": nullable(["type": "object"]), "periods": array(period),
                    "maxValidityYears": nullable(integer), "expiryNoticeMonths": integer,
                ],
                required: ["organisationID", "organisationName", "source", "periods", "expiryNoticeMonths"]),
            "NormativeCleanupInput": object(
                ["title": string, "basis": string, "startedOn": date, "dueOn": date],
                required: ["title", "startedOn", "dueOn"]),
            "NormativeCleanupDecisionInput": object(
                ["decision": decision, "reason": string], required: ["decision"]),
            "NormativeCleanupItem": object(
                [
                    "id": uuid, "cleanupID": uuid, "documentID": uuid, "title": string,
                    "documentNumber": nullable(string), "organisationID": uuid, "organisationName": string,
                    "publishedOn": nullable(date), "expiresOn": nullable(date), "decision": nullable(decision),
                    "decisionLabel": nullable(string), "reason": nullable(string), "decidedOn": nullable(date),
                    "decidedBy": nullable(string),
                ],
                required: ["id", "cleanupID", "documentID", "title", "organisationID", "organisationName"]),
            "NormativeCleanup": object(
                [
                    "id": uuid, "title": string, "basis": nullable(string), "organisationName": string,
                    "startedOn": date, "dueOn": date, "createdAt": dateTime, "wholeCampaign": bool,
                    "figures": figures, "definitions": ["type": "object", "additionalProperties": string],
                    "items": array(ref("NormativeCleanupItem")),
                ],
                required: [
                    "id", "title", "organisationName", "startedOn", "dueOn", "createdAt", "wholeCampaign", "figures",
                    "definitions",
                ]),
            "NormativeStatistics": object(
                [
                    "year": integer, "rows": array(statisticsRow), "total": statisticsRow,
                    "definitions": ["type": "object", "additionalProperties": string],
                ], required: ["year", "rows", "total", "definitions"]),
            "NormativeStatisticsRecord": object(
                [
                    "id": uuid, "title": string, "kind": string, "stage": string, "documentNumber": nullable(string),
                    "organisationID": uuid, "organisationName": string, "publishedOn": nullable(date),
                    "filingDue": nullable(date), "filedOn": nullable(date), "reviewedOn": nullable(date),
                    "reviewOutcome": nullable(string), "decision": nullable(string), "decidedOn": nullable(date),
                ], required: ["id", "title", "kind", "stage", "organisationID", "organisationName"]),
        ]
    }
}
