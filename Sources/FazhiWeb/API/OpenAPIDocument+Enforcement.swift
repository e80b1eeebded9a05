import FazhiCore

/// Penalty cases, their alerts, the data exchange and the public enforcement publicity in the OpenAPI document.
extension OpenAPIDocument {
    static let enforcementEndpoints: [Endpoint] = [
        Endpoint(
            method: "get", path: "/enforcement/cases", summary: "管辖范围内的行政处罚案件（每页50件，最近办理在前）", roles: "任意",
            response: "EnforcementCase", paged: true,
            query: [
                ("stage", "阶段"), ("open", "true：仅在办案件"), ("overdue", "true：当前环节已超期"),
                ("unpublished", "true：应公示而未公示"), ("q", "当事人、案号或事项名称中的文字"), ("org", "执法主体 id"),
                ("matter", "执法事项代码"), ("figure", "统计下钻：按月统计的指标代码（与 from、to 同用）"),
                ("from", "起始月份 YYYY-MM"), ("to", "截止月份 YYYY-MM"), ("page", "页码，从1开始"),
            ]),
        Endpoint(
            method: "post", path: "/enforcement/cases",
            summary: "立案（action=file，普通程序）或当场处罚（action=decide_on_spot，简易程序）；违反强制性规则的以422或409拒绝并引用条文",
            roles: "执法人员、部门法制员、管理员", body: "EnforcementOpenInput", response: "EnforcementCase", created: true),
        Endpoint(
            method: "get", path: "/enforcement/cases/{id}", summary: "案件详情：事实、办理记录、可办理的环节、当前期限及其计算过程", roles: "任意",
            response: "EnforcementCase"),
        Endpoint(
            method: "post", path: "/enforcement/cases/{id}/steps", summary: "办理一个环节（raised 为本环节产生的预警）",
            roles: "执法人员、部门法制员（法制审核意见）、管理员", body: "CaseStepInput", response: "EnforcementCase"),
        Endpoint(
            method: "post", path: "/enforcement/cases/{id}/publication", summary: "公示行政处罚决定（自然人的个人信息自动遮蔽）",
            roles: "执法人员、部门法制员、管理员", body: "EnforcementPublishInput", response: "EnforcementPublication",
            created: true),
        Endpoint(
            method: "post", path: "/enforcement/cases/{id}/publication/withdraw",
            summary: "决定被变更、撤销或确认违法、无效后撤回公示（行政处罚法第四十八条第二款，3个工作日内）", roles: "执法人员、部门法制员、管理员",
            body: "EnforcementWithdrawInput", response: "EnforcementPublication"),
        Endpoint(
            method: "post", path: "/enforcement/events",
            summary: "数据对接：一批（至多1000个）事件按顺序办理，逐个返回 applied、duplicate（事件编号已记录，未作改变）或 refused（附拒绝的规则）",
            roles: "执法人员、部门法制员、管理员（令牌）", body: "EnforcementIngestInput", response: "EnforcementIngestResult"),
        Endpoint(
            method: "get", path: "/enforcement/alerts", summary: "管辖范围内的执法预警（每页50件，最新在前）", roles: "任意",
            response: "EnforcementAlert", paged: true,
            query: [("open", "true（默认，未处理）或 false（已处理）"), ("rule", "规则代码"), ("case", "案件 id"), ("page", "页码")]),
        Endpoint(
            method: "post", path: "/enforcement/alerts/{id}/close", summary: "处理预警（填写处理说明）", roles: "司法行政、部门法制员、管理员",
            body: "EnforcementAlertCloseInput"),
        Endpoint(
            method: "get", path: "/publicity", summary: "行政处罚决定公示（每页20件，已撤回的不列出）", roles: "公开",
            response: "EnforcementPublication", paged: true,
            query: [
                ("q", "检索词（每个至少两个字，空格分隔，须全部包含于当事人、事项、执法机关或决定书文号）"), ("year", "公示年份"),
                ("page", "页码"),
            ]),
        Endpoint(
            method: "get", path: "/enforcement/statistics",
            summary: "执法监督看板的统计数字（管辖范围内；definitions 为各指标的统计口径，罚款以分计）", roles: "任意",
            response: "EnforcementStatistics",
            query: [
                ("from", "起始月份 YYYY-MM（默认本年1月）"), ("to", "截止月份 YYYY-MM（默认本月）"),
                ("by", "agency（按执法主体，默认）、month 或 matter"),
            ]),
        Endpoint(
            method: "get", path: "/publicity/statistics", summary: "公开的行政执法统计（全地区；不含在办、超期、预警等办案情况）", roles: "公开",
            response: "EnforcementStatistics",
            query: [("from", "起始月份 YYYY-MM"), ("to", "截止月份 YYYY-MM"), ("by", "agency 或 month")]),
        Endpoint(
            method: "get", path: "/publicity/{id}", summary: "一项公示（已撤回的显示撤回日期和理由）", roles: "公开",
            response: "EnforcementPublication"),
    ]

    static var enforcementSchemas: [String: Any] {
        let integer: [String: Any] = ["type": "integer"]
        let evidenceFile = object(
            ["name": string, "size": integer, "sha256": string], required: ["name", "size", "sha256"])
        let finding = object(
            ["rule": string, "title": string, "message": string, "basis": string, "severity": string],
            required: ["rule", "title", "message", "basis", "severity"])
        var step: [String: Any] = [
            "action": ["type": "string", "enum": CaseAction.allCases.map(\.rawValue)],
            "date": date, "officers": ["type": "array", "items": string, "description": "办案执法人员的执法证号"],
            "matterCode": string, "partyKind": ["type": "string", "enum": PartyKind.allCases.map(\.rawValue)],
            "partyName": string, "partyID": ["type": "string", "description": "统一社会信用代码或居民身份证号码"],
            "partyAddress": string, "violationOn": date, "severeHarm": bool, "facts": string,
            "penalties": ["type": "array", "items": ["type": "string", "enum": PenaltyKind.allCases.map(\.rawValue)]],
            "fine": ["type": "string", "description": "罚款金额（元），如 5000 或 5000.50"], "circumstance": string,
            "deviationReason": string, "hearingRight": bool, "reviewPassed": bool,
            "outcome": ["type": "string", "enum": ["penalty", "none"]], "decisionNumber": string,
            "serviceMethod": string, "note": string,
        ]
        var opening = step
        opening["body"] = uuid
        opening["reference"] = ["type": "string", "description": "本机关的案号；不填则自动生成"]
        step["eventId"] = ["type": "string", "description": "发送方的事件编号，重复发送时据此识别"]
        step["reference"] = ["type": "string", "description": "发送方的案件编号（同一执法主体内唯一）"]
        step["evidence"] = array(object(["name": string, "sha256": string], required: ["name", "sha256"]))
        let statisticsLine = object(
            [
                "key": string, "label": string,
                "figures": [
                    "type": "object", "additionalProperties": ["type": "number"],
                    "description": "指标代码 → 数值：\(EnforcementMetric.allCases.map(\.rawValue).joined(separator: "、"))",
                ],
            ], required: ["key", "label", "figures"])
        return [
            "EnforcementStatistics": object(
                [
                    "from": string, "to": string, "by": string,
                    "definitions": array(
                        object(
                            ["metric": string, "label": string, "definition": string],
                            required: ["metric", "label", "definition"])),
                    "lines": array(statisticsLine), "total": statisticsLine,
                ], required: ["from", "to", "by", "definitions", "lines", "total"]),
            "EnforcementCase": object(
                [
                    "id": uuid, "reference": string, "bodyID": uuid, "body": string, "procedure": string,
                    "stage": string, "stageLabel": string, "matterCode": string, "matterName": string,
                    "partyKind": nullable(string), "partyName": string, "filedOn": nullable(date),
                    "decidedOn": nullable(date), "penalties": array(string), "fine": nullable(string),
                    "decisionNumber": nullable(string), "dueOn": nullable(date), "dueRule": nullable(string),
                    "publicityDue": nullable(date), "actions": array(string),
                    "events": array(
                        object(
                            [
                                "sequence": integer, "action": string, "actionLabel": string, "onDay": date,
                                "stageAfter": string, "source": string, "author": string, "at": dateTime,
                                "officers": array(string), "evidence": array(evidenceFile),
                            ], required: ["sequence", "action", "onDay"])),
                    "deadline": object(
                        ["rule": string, "title": string, "due": nullable(date), "explanation": array(string)],
                        required: ["rule", "title", "explanation"]),
                    "raised": array(finding),
                ], required: ["id", "reference", "bodyID", "stage", "matterCode", "partyName"]),
            "CaseStepInput": object(
                step.filter { !["eventId", "reference", "evidence"].contains($0.key) }, required: ["action", "date"]),
            "EnforcementOpenInput": object(opening, required: ["action", "date"]),
            "EnforcementIngestInput": object(
                ["body": uuid, "events": array(object(step, required: ["eventId", "reference", "action", "date"]))],
                required: ["events"]),
            "EnforcementIngestResult": object(
                [
                    "results": array(
                        object(
                            [
                                "eventId": string,
                                "status": ["type": "string", "enum": ["applied", "duplicate", "refused"]],
                                "caseId": uuid, "sequence": integer, "stage": string, "alerts": array(finding),
                                "error": ref("Error"),
                            ], required: ["eventId", "status"])),
                    "applied": integer, "duplicates": integer, "refused": integer,
                ], required: ["results", "applied", "duplicates", "refused"]),
            "EnforcementAlert": object(
                [
                    "id": uuid, "caseID": nullable(uuid), "caseReference": nullable(string), "body": string,
                    "rule": string, "title": string, "message": string, "basis": string, "severity": string,
                    "raisedOn": date, "closedAt": nullable(dateTime), "closedNote": nullable(string),
                ], required: ["id", "rule", "title", "message", "basis", "severity", "raisedOn"]),
            "EnforcementAlertCloseInput": object(["note": string], required: ["note"]),
            "EnforcementPublishInput": object(["summary": string], required: ["summary"]),
            "EnforcementWithdrawInput": object(
                ["changedOn": date, "reason": string], required: ["changedOn", "reason"]),
            "EnforcementPublication": object(
                [
                    "id": uuid, "caseID": uuid, "bodyName": string, "decisionNumber": string,
                    "party": ["type": "string", "description": "自然人姓名已遮蔽"], "matterName": string, "summary": string,
                    "penalties": array(string), "fineFen": ["type": "integer", "description": "罚款（分）"],
                    "decidedOn": date, "publishedOn": date, "withdrawnOn": nullable(date),
                    "withdrawReason": nullable(string),
                ], required: ["id", "caseID", "bodyName", "party", "matterName", "summary", "publishedOn"]),
        ]
    }
}
