import FazhiCore

/// Transfers of suspected crimes (两法衔接) in the OpenAPI document.
extension OpenAPIDocument {
    static let transferEndpoints: [Endpoint] = [
        Endpoint(
            method: "get", path: "/enforcement/transfers", summary: "管辖范围内的涉嫌犯罪案件移送（每页50件，最近办理在前）；检察监督角色为所在人民政府辖区",
            roles: "任意", response: "Transfer", paged: true,
            query: [
                ("view", "open（在办，默认）、all（全部）、overdue（期限已过）"), ("stage", "阶段"), ("q", "关键词：案件名称、当事人、罪名、公安机关"),
                ("case", "行政处罚案件 id"), ("page", "页码，从1开始"),
            ]),
        Endpoint(
            method: "post", path: "/enforcement/transfers",
            summary: "登记专案组的移送涉嫌犯罪案件书面报告（第五条）；可关联本机关的行政处罚案件（case）",
            roles: "执法人员、部门法制员、管理员", body: "TransferReportInput", response: "Transfer", created: true),
        Endpoint(
            method: "get", path: "/enforcement/transfers/{id}", summary: "移送详情：当前期限及其计算过程、可办理的环节、办理记录和立案监督意见",
            roles: "任意", response: "Transfer"),
        Endpoint(
            method: "post", path: "/enforcement/transfers/{id}/steps",
            summary: "记录一个办理环节：批准或不批准、移送、回执、立案或不予立案、提请复议、复议决定、建议立案监督、移交涉案物品、办结、撤回；逾期办理的记为逾期并产生预警",
            roles: "移送机关的执法人员、部门法制员；管理员", body: "TransferStepInput", response: "Transfer"),
        Endpoint(
            method: "post", path: "/enforcement/transfers/{id}/opinions", summary: "检察机关记录立案监督意见（不改变阶段）",
            roles: "检察监督", body: "TransferOpinionInput", response: "Transfer"),
    ]

    static var transferSchemas: [String: Any] {
        let integer: [String: Any] = ["type": "integer"]
        return [
            "Transfer": object(
                [
                    "id": uuid, "organisationID": uuid, "organisation": string, "caseID": nullable(uuid),
                    "subject": string, "party": string, "offence": string, "facts": string, "police": string,
                    "members": array(string),
                    "stage": ["type": "string", "enum": TransferStage.allCases.map(\.rawValue)], "stageLabel": string,
                    "reportedOn": date, "transferredOn": nullable(date), "dueOn": nullable(date),
                    "dueTime": nullable(string), "overdue": bool, "opinions": integer, "actions": array(string),
                    "deadline": object(
                        ["rule": string, "title": string, "due": nullable(date), "explanation": array(string)],
                        required: ["rule", "title", "explanation"]),
                    "events": array(
                        object(
                            [
                                "sequence": integer, "action": string, "label": string, "stageAfter": string,
                                "onDay": date, "onTime": nullable(string), "document": string, "note": string,
                                "late": bool, "organisation": string, "author": string, "at": dateTime,
                            ], required: ["sequence", "action", "stageAfter", "onDay", "late"])),
                ],
                required: ["id", "organisationID", "subject", "party", "offence", "police", "stage", "reportedOn"]),
            "TransferReportInput": object(
                [
                    "case": uuid, "subject": string, "party": string, "offence": string, "facts": string,
                    "police": string, "members": array(string), "reportedOn": date,
                ], required: ["subject", "party", "offence", "facts", "police", "members", "reportedOn"]),
            "TransferStepInput": object(
                [
                    "action": ["type": "string", "enum": TransferAction.allCases.map(\.rawValue)], "date": date,
                    "time": ["type": "string", "description": "时:分；批准移送、移送时必填（24小时按小时计算）"],
                    "document": string,
                    "note": ["type": "string", "description": "不批准、不予立案、提请复议、复议决定、建议立案监督、办结、撤回时必填"],
                ], required: ["action", "date"]),
            "TransferOpinionInput": object(["text": string], required: ["text"]),
        ]
    }
}
