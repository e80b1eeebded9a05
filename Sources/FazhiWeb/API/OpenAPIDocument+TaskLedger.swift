/// The task ledger (任务台账) part of the OpenAPI document.
extension OpenAPIDocument {
    static let taskLedgerEndpoints: [Endpoint] = [
        Endpoint(
            method: "get", path: "/plans", summary: "管辖范围内的方案台账（本机构的，或有本单位任务的），附任务统计", roles: "任意",
            response: "Plan", list: true),
        Endpoint(
            method: "post", path: "/plans/parse", summary: "识别方案文本：章节树、任务、责任单位、时限和修正提示（不写入）",
            roles: "依法治理办、管理员", body: "PlanImportRequest", response: "PlanDocument"),
        Endpoint(
            method: "post", path: "/plans/import", summary: "导入方案生成台账（全部成功或全部不写入；未对应的单位名称以 422 列出）",
            roles: "依法治理办、管理员", body: "PlanImportRequest", response: "PlanImportResult", created: true),
        Endpoint(method: "get", path: "/plans/{id}", summary: "台账详情及章节树", roles: "任意", response: "Plan"),
        Endpoint(
            method: "get", path: "/plans/{id}/units", summary: "按单位：各单位承担、完成、逾期的任务数", roles: "任意",
            response: "PlanUnitStanding", list: true),
        Endpoint(
            method: "get", path: "/plans/{id}/tasks", summary: "任务（每页100项）", roles: "任意", response: "PlanTask",
            paged: true,
            query: [
                ("item", "条目 id（含其下级）"), ("unit", "责任单位 id"),
                ("standing", "not_started、in_progress、done、overdue、ongoing"), ("order", "deadline：按完成时限排序"),
                ("page", "页码，从1开始"),
            ]),
        Endpoint(
            method: "get", path: "/plans/tasks/{id}", summary: "任务详情及进展报告", roles: "任意", response: "PlanTask"),
        Endpoint(
            method: "patch", path: "/plans/tasks/{id}", summary: "设置责任人和完成时限（方案的牵头办公室）", roles: "任意（按范围）",
            body: "PlanTaskEdit", response: "PlanTask"),
        Endpoint(
            method: "post", path: "/plans/tasks/{id}/progress", summary: "报告进展（附 Base64 佐证材料）", roles: "任意（按范围）",
            body: "PlanProgressRequest", response: "PlanTask"),
    ]

    static var taskLedgerSchemas: [String: Any] {
        let integer: [String: Any] = ["type": "integer"]
        let number: [String: Any] = ["type": "number"]
        let counts = object(
            [
                "total": integer, "notStarted": integer, "inProgress": integer, "done": integer, "overdue": integer,
                "ongoing": integer, "completionRate": nullable(number),
            ], required: ["total", "notStarted", "inProgress", "done", "overdue", "ongoing"])
        let item = object(
            [
                "id": uuid, "parentID": nullable(uuid), "kind": string, "level": integer, "marker": string,
                "title": nullable(string), "body": string,
            ], required: ["id", "kind", "level", "marker", "body"])
        let evidence = object(
            ["name": string, "size": integer, "sha256": string], required: ["name", "size", "sha256"])
        let file = object(["name": string, "contentBase64": string], required: ["name", "contentBase64"])
        let status: [String: Any] = ["type": "string", "enum": ["not_started", "in_progress", "done", "ongoing"]]
        return [
            "Plan": object(
                [
                    "id": uuid, "title": string, "organisationName": string, "sourceName": string,
                    "sourceSHA256": string, "importedAt": dateTime, "wholePlan": bool, "counts": counts,
                    "items": array(item),
                ],
                required: [
                    "id", "title", "organisationName", "sourceName", "sourceSHA256", "importedAt", "wholePlan",
                    "counts",
                ]),
            "PlanUnitStanding": object(
                ["organisationID": uuid, "name": string, "lead": integer, "counts": counts],
                required: ["organisationID", "name", "lead", "counts"]),
            "PlanTask": object(
                [
                    "id": uuid, "planID": uuid, "itemID": uuid, "code": string, "body": string,
                    "deadlineText": nullable(string), "deadlineKind": nullable(string), "due": nullable(date),
                    "status": status, "standing": string, "standingLabel": string,
                    "responsiblePerson": nullable(string), "progressCount": integer,
                    "units": array(
                        object(
                            [
                                "organisationID": uuid, "name": string,
                                "role": ["type": "string", "enum": ["lead", "cooperating", "responsible"]],
                            ], required: ["organisationID", "name", "role"])),
                    "progress": array(
                        object(
                            [
                                "organisationName": string, "authorName": string, "at": dateTime, "body": string,
                                "status": status, "evidence": array(evidence),
                            ], required: ["organisationName", "authorName", "at", "body", "status", "evidence"])),
                ],
                required: [
                    "id", "planID", "itemID", "code", "body", "status", "standing", "progressCount", "units",
                ]),
            "PlanTaskEdit": object(["responsiblePerson": string, "due": string], required: []),
            "PlanProgressRequest": object(
                ["body": string, "status": status, "files": array(file)], required: ["body", "status"]),
            "PlanImportRequest": object(
                [
                    "text": string, "organisationID": uuid, "year": integer, "sourceName": string,
                    "mappings": ["type": "object", "additionalProperties": array(uuid)],
                ], required: ["text"]),
            "PlanDocument": ["type": "object", "description": "与 `fazhi plan parse --json` 的输出相同"],
            "PlanImportResult": object(
                [
                    "planID": uuid, "tasks": integer, "assignments": integer,
                    "units": array(
                        object(
                            [
                                "name": string, "organisations": array(string), "resolved": bool,
                                "remembered": bool, "taskCount": integer,
                            ], required: ["name", "organisations", "resolved", "remembered", "taskCount"])),
                ], required: ["planID", "tasks", "assignments", "units"]),
        ]
    }
}
