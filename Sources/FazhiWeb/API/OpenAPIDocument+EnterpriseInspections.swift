/// Inspections of enterprises (涉企检查) in the OpenAPI document.
extension OpenAPIDocument {
    static let enterpriseInspectionEndpoints: [Endpoint] = [
        Endpoint(
            method: "get", path: "/enforcement/inspections", summary: "管辖范围内的涉企行政检查记录（每页100条，检查日期新者在前）",
            roles: "任意", response: "EnterpriseInspection", paged: true,
            query: [
                ("q", "统一社会信用代码或企业名称中的文字"), ("kind", "random、special、complaint 或 other"),
                ("alerted", "true：仅列出产生重复检查预警的检查"), ("page", "页码"),
            ]),
        Endpoint(
            method: "post", path: "/enforcement/inspections",
            summary: "记录一次行政检查（检查事项须为本机关权责清单中的行政检查事项，两名持有效执法证的执法人员）；clientId 已记录的返回200且不作改变",
            roles: "执法人员、部门法制员、管理员", body: "EnterpriseInspectionInput", response: "EnterpriseInspectionResult",
            created: true),
        Endpoint(
            method: "post", path: "/enforcement/inspections/batch",
            summary: "一批（至多1000条）检查记录，逐条返回 applied、duplicate（clientId 已记录，未作改变）或 refused（附原因）",
            roles: "执法人员、部门法制员、管理员（令牌）", body: "EnterpriseInspectionBatchInput",
            response: "EnterpriseInspectionBatchResult"),
        Endpoint(
            method: "get", path: "/enforcement/inspections/alerts",
            summary: "涉企重复检查预警（同一企业在预警期内被检查超过规定次数），附所计入的检查", roles: "任意",
            response: "RepeatedInspectionAlert", list: true, query: [("open", "true（默认）、false 或 all")]),
    ]

    static var enterpriseInspectionSchemas: [String: Any] {
        let input: [String: Any] = [
            "clientId": string, "matterCode": string, "creditCode": string, "enterpriseName": string, "date": date,
            "officers": array(string),
            "kind": ["type": "string", "enum": ["random", "special", "complaint", "other"]],
            "result": string,
        ]
        let required = ["clientId", "matterCode", "creditCode", "enterpriseName", "date", "officers", "kind", "result"]
        let alert = object(
            [
                "id": uuid, "creditCode": string, "enterpriseName": string, "windowFrom": date, "title": string,
                "message": string, "basis": string, "raisedOn": date, "closed": bool,
                "inspections": array(
                    object(
                        ["id": uuid, "date": date, "bodyName": string, "matterName": string],
                        required: ["id", "date", "bodyName", "matterName"])),
            ], required: ["id", "creditCode", "title", "message", "basis", "inspections"])
        let result = object(
            [
                "clientId": string, "status": ["type": "string", "enum": ["applied", "duplicate", "refused"]],
                "id": uuid, "alerts": array(ref("RepeatedInspectionAlert")), "error": ref("Error"),
            ], required: ["clientId", "status"])
        return [
            "EnterpriseInspectionInput": object(
                input.merging(["body": uuid]) { a, _ in a }, required: required),
            "EnterpriseInspectionBatchInput": object(
                ["body": uuid, "inspections": array(object(input, required: required))], required: ["inspections"]),
            "EnterpriseInspection": object(
                [
                    "id": uuid, "bodyID": uuid, "bodyName": string, "clientId": string, "matterCode": string,
                    "matterName": string, "creditCode": string, "enterpriseName": string, "date": date,
                    "officers": array(string), "kind": string, "kindLabel": string, "result": string,
                    "source": string, "alerted": bool,
                ], required: ["id", "bodyID", "clientId", "creditCode", "enterpriseName", "date", "kind", "alerted"]),
            "EnterpriseInspectionResult": result,
            "EnterpriseInspectionBatchResult": object(
                [
                    "results": array(result), "applied": ["type": "integer"], "duplicates": ["type": "integer"],
                    "refused": ["type": "integer"],
                ], required: ["results", "applied", "duplicates", "refused"]),
            "RepeatedInspectionAlert": alert,
        ]
    }
}
