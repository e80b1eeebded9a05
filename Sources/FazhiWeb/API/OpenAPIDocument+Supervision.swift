import FazhiCore

/// Supervision notices (督办) in the OpenAPI document.
extension OpenAPIDocument {
    static let supervisionEndpoints: [Endpoint] = [
        Endpoint(
            method: "get", path: "/enforcement/supervision", summary: "管辖范围内的督办（每页50件，最近办理在前）", roles: "任意",
            response: "SupervisionNotice", paged: true,
            query: [
                ("box", "all（默认）、issued（本机关发出或承办）、addressed（发给本单位）"), ("stage", "阶段"),
                ("overdue", "true：答复期限已过仍未答复"), ("page", "页码，从1开始"),
            ]),
        Endpoint(
            method: "post", path: "/enforcement/supervision",
            summary: "从同一执法机关的未处理预警（alerts）或一个案件（case）发出监督意见书或纠错通知书；文号按发出机关和年度编号",
            roles: "司法行政、管理员", body: "SupervisionIssueInput", response: "SupervisionNotice", created: true),
        Endpoint(
            method: "get", path: "/enforcement/supervision/{id}", summary: "督办详情：文书、答复期限及其计算过程、可办理的操作、办理记录",
            roles: "任意", response: "SupervisionNotice"),
        Endpoint(
            method: "post", path: "/enforcement/supervision/{id}/steps",
            summary: "答复（被督办机关）；办结、退回补充、提请上级（当前承办的司法行政机关）。附件请用页面表单上传",
            roles: "执法人员、部门法制员、管理员（答复）；司法行政、管理员（审查）", body: "SupervisionStepInput",
            response: "SupervisionNotice"),
    ]

    static var supervisionSchemas: [String: Any] {
        let integer: [String: Any] = ["type": "integer"]
        let evidenceFile = object(
            ["name": string, "size": integer, "sha256": string], required: ["name", "size", "sha256"])
        return [
            "SupervisionNotice": object(
                [
                    "id": uuid, "number": string,
                    "kind": ["type": "string", "enum": SupervisionNoticeKind.allCases.map(\.rawValue)],
                    "kindLabel": string,
                    "stage": ["type": "string", "enum": SupervisionStage.allCases.map(\.rawValue)],
                    "stageLabel": string, "issuer": string, "supervisor": string, "organisationID": uuid,
                    "organisation": string, "caseID": nullable(uuid), "findings": string, "requirement": string,
                    "replyDays": integer, "issuedOn": date, "dueOn": nullable(date), "repliedOn": nullable(date),
                    "closedOn": nullable(date), "overdue": bool, "actions": array(string), "alerts": array(uuid),
                    "deadline": object(
                        ["rule": string, "title": string, "due": nullable(date), "explanation": array(string)],
                        required: ["rule", "title", "explanation"]),
                    "events": array(
                        object(
                            [
                                "sequence": integer, "action": string, "stageAfter": string, "text": string,
                                "organisation": string, "author": string, "onDay": date, "at": dateTime,
                                "files": array(evidenceFile),
                            ], required: ["sequence", "action", "stageAfter", "text", "onDay"])),
                ], required: ["id", "number", "kind", "stage", "organisationID", "findings", "requirement", "issuedOn"]),
            "SupervisionIssueInput": object(
                [
                    "alerts": array(uuid), "case": uuid,
                    "kind": ["type": "string", "enum": SupervisionNoticeKind.allCases.map(\.rawValue)],
                    "findings": string, "requirement": string,
                    "replyDays": ["type": "string", "description": "答复期限（工作日，1至60；参照默认15）"],
                ], required: ["kind", "findings", "requirement", "replyDays"]),
            "SupervisionStepInput": object(
                [
                    "action": ["type": "string", "enum": SupervisionAction.allCases.map(\.rawValue)],
                    "text": ["type": "string", "description": "答复内容，或退回、提请的理由（办结时可不填）"],
                ], required: ["action"]),
        ]
    }
}
