/// The inspection and rectification (督察整改) part of the OpenAPI document.
extension OpenAPIDocument {
    private static let findingQuery: [(name: String, description: String)] = [
        ("campaign", "督察 id"), ("unit", "整改责任单位 id"),
        (
            "kind",
            "问题类别：leadership、functions、rules、decisions、enforcement、emergencies、disputes、oversight、technology、other"
        ),
        ("standing", "open（待整改）、submitted（待审核）、closed（已销号）、overdue（逾期未整改）"), ("year", "反馈年份"),
    ]

    static let inspectionEndpoints: [Endpoint] = [
        Endpoint(
            method: "get", path: "/inspections", summary: "管辖范围内组织的或有本单位问题的督察，附整改统计", roles: "任意",
            response: "InspectionCampaign", list: true),
        Endpoint(
            method: "post", path: "/inspections", summary: "新建督察（组织单位为调用者所属机构）", roles: "依法治理办、司法行政、管理员",
            body: "InspectionCampaignInput", response: "InspectionCampaign", created: true),
        Endpoint(
            method: "get", path: "/inspections/{id}", summary: "督察详情", roles: "任意", response: "InspectionCampaign"),
        Endpoint(
            method: "post", path: "/inspections/{id}/findings", summary: "录入反馈问题（督察的组织单位）",
            roles: "依法治理办、司法行政、管理员", body: "InspectionFindingInput", response: "InspectionFinding",
            created: true),
        Endpoint(
            method: "get", path: "/inspections/findings", summary: "问题清单（每页100项）", roles: "任意",
            response: "InspectionFinding", paged: true, query: findingQuery + [("page", "页码，从1开始")]),
        Endpoint(
            method: "get", path: "/inspections/statistics", summary: "整改统计：合计、按单位、按类别，附指标定义", roles: "任意",
            response: "RectificationStatistics", query: findingQuery),
        Endpoint(
            method: "get", path: "/inspections/findings/{id}", summary: "问题详情及整改过程", roles: "任意",
            response: "InspectionFinding"),
        Endpoint(
            method: "post", path: "/inspections/findings/{id}/actions",
            summary: "提交整改报告（整改责任单位）或销号、退回、重新打开、延期（督察组织单位）", roles: "任意（按操作）",
            body: "InspectionActionRequest", response: "InspectionFinding"),
    ]

    static var inspectionSchemas: [String: Any] {
        let integer: [String: Any] = ["type": "integer"]
        let number: [String: Any] = ["type": "number"]
        let figures = object(
            [
                "total": integer, "closed": integer, "closedOnTime": integer, "overdue": integer, "submitted": integer,
                "open": integer, "rectificationRate": nullable(number), "onTimeRate": nullable(number),
            ], required: ["total", "closed", "closedOnTime", "overdue", "submitted", "open"])
        let group = object(["key": string, "name": string, "figures": figures], required: ["key", "name", "figures"])
        let evidence = object(
            ["name": string, "size": integer, "sha256": string], required: ["name", "size", "sha256"])
        let event = object(
            [
                "action": ["type": "string", "enum": ["report", "close", "send_back", "reopen", "extend"]],
                "label": string, "organisationName": string, "authorName": string, "at": dateTime, "body": string,
                "deadline": nullable(date), "evidence": array(evidence),
            ], required: ["action", "label", "organisationName", "authorName", "at", "body", "evidence"])
        return [
            "InspectionCampaign": object(
                [
                    "id": uuid, "title": string, "basis": nullable(string), "organisationName": string,
                    "startedOn": date, "endedOn": nullable(date), "createdAt": dateTime, "wholeCampaign": bool,
                    "figures": figures,
                ],
                required: ["id", "title", "organisationName", "startedOn", "createdAt", "wholeCampaign", "figures"]),
            "InspectionCampaignInput": object(
                ["title": string, "basis": string, "startedOn": date, "endedOn": date],
                required: ["title", "startedOn"]),
            "InspectionFindingInput": object(
                [
                    "organisationID": uuid, "kind": string, "description": string, "requirement": string,
                    "raisedOn": date, "deadline": date,
                ], required: ["organisationID", "kind", "description", "deadline"]),
            "InspectionFinding": object(
                [
                    "id": uuid, "campaignID": uuid, "campaignTitle": string, "number": integer,
                    "organisationID": uuid, "organisationName": string, "kind": string, "kindLabel": string,
                    "description": string, "requirement": nullable(string), "raisedOn": date, "deadline": date,
                    "status": ["type": "string", "enum": ["open", "submitted", "closed"]],
                    "standing": ["type": "string", "enum": ["open", "submitted", "closed", "overdue"]],
                    "standingLabel": string, "reportedOn": nullable(date), "closedOn": nullable(date),
                    "reopenedCount": integer, "extendedCount": integer, "events": array(event),
                ],
                required: [
                    "id", "campaignID", "campaignTitle", "number", "organisationID", "organisationName", "kind",
                    "description", "raisedOn", "deadline", "status", "standing", "reopenedCount", "extendedCount",
                ]),
            "InspectionActionRequest": object(
                [
                    "action": ["type": "string", "enum": ["report", "close", "send_back", "reopen", "extend"]],
                    "body": string, "deadline": date,
                    "files": array(
                        object(["name": string, "contentBase64": string], required: ["name", "contentBase64"])),
                ], required: ["action"]),
            "RectificationStatistics": object(
                [
                    "total": figures, "byUnit": array(group), "byKind": array(group),
                    "definitions": ["type": "object", "additionalProperties": string],
                ], required: ["total", "byUnit", "byKind", "definitions"]),
        ]
    }
}
