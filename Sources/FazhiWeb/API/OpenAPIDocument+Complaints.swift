import FazhiCore

/// Complaints and reports (投诉举报) in the OpenAPI document: the 12345 feed.
extension OpenAPIDocument {
    static let complaintEndpoints: [Endpoint] = [
        Endpoint(
            method: "post", path: "/complaints",
            summary:
                "接收投诉举报（12345热线等）：按 source + externalID 幂等，重发返回同一件（200，不改变任何内容，不再返回查询码）；新收到的返回201和查询码；投诉转被投诉机关所属人民政府的司法行政机关，举报转执法机关",
            roles: "管理员、依法治理办、司法行政", body: "ComplaintFeedInput", response: "Complaint", created: true),
        Endpoint(
            method: "get", path: "/complaints/{number}",
            summary: "按受理编号查询办理情况：阶段、答复期限、答复、投诉举报人评价（承办机关在令牌范围内，或由该令牌的机构报送）", roles: "任意",
            response: "Complaint"),
    ]

    static var complaintSchemas: [String: Any] {
        [
            "Complaint": object(
                [
                    "id": uuid, "number": string,
                    "source": ["type": "string", "enum": ComplaintSource.allCases.map(\.rawValue)],
                    "externalID": nullable(string),
                    "kind": ["type": "string", "enum": ComplaintKind.allCases.map(\.rawValue)], "kindLabel": string,
                    "bodyID": uuid, "body": string, "handler": string,
                    "stage": ["type": "string", "enum": ComplaintStage.allCases.map(\.rawValue)], "stageLabel": string,
                    "receivedOn": date, "dueOn": date, "overdue": bool, "acceptedOn": nullable(date),
                    "answer": nullable(string), "answeredOn": nullable(date),
                    "rating": nullable(["type": "string", "enum": ComplaintRating.allCases.map(\.rawValue)]),
                    "ratingComment": nullable(string),
                    "code": ["type": "string", "description": "查询码，只在首次接收时返回；平台只保存其哈希"],
                ], required: ["id", "number", "source", "kind", "bodyID", "stage", "receivedOn", "dueOn"]),
            "ComplaintFeedInput": object(
                [
                    "externalID": ["type": "string", "description": "来源系统的工单号，最多64个字符；重发时据此识别"],
                    "source": [
                        "type": "string", "enum": ComplaintSource.allCases.map(\.rawValue), "description": "默认 hotline",
                    ],
                    "bodyID": uuid, "kind": ["type": "string", "enum": ComplaintKind.allCases.map(\.rawValue)],
                    "narrative": ["type": "string", "description": "事情经过，10至4000字"],
                    "decisionNumber": string, "name": string,
                    "mobile": ["type": "string", "description": "11位手机号码；非匿名时必填"],
                    "anonymous": ["type": "boolean", "description": "匿名举报（不答复）；投诉不能匿名"],
                ], required: ["externalID", "bodyID", "kind", "narrative"]),
        ]
    }
}
