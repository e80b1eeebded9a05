/// The deadline, calendar-notice and notification parts of the OpenAPI document.
extension OpenAPIDocument {
    static let deadlineEndpoints: [Endpoint] = [
        Endpoint(
            method: "get", path: "/deadlines", summary: "管辖范围内受监控的期限", roles: "任意", response: "TrackedDeadline",
            list: true, query: [("filter", "open（默认）、due_soon、overdue、closed、all")]),
        Endpoint(
            method: "post", path: "/deadlines", summary: "登记期限（承办机构、承办人默认为调用者）", roles: "任意",
            body: "TrackedDeadlineInput", response: "TrackedDeadline", created: true),
        Endpoint(
            method: "get", path: "/deadlines/{id}", summary: "期限详情：届满日、计算说明、事件、日历调整记录", roles: "任意",
            response: "TrackedDeadline"),
        Endpoint(
            method: "post", path: "/deadlines/{id}/events", summary: "登记延长、中止、恢复或重新起算", roles: "任意",
            body: "DeadlineEventInput", response: "TrackedDeadline"),
        Endpoint(
            method: "post", path: "/deadlines/{id}/close", summary: "办结", roles: "任意", response: "TrackedDeadline"),
        Endpoint(
            method: "post", path: "/deadlines/{id}/reopen", summary: "重新打开", roles: "任意", response: "TrackedDeadline"),
        Endpoint(
            method: "get", path: "/calendar/notices", summary: "管理员录入的放假通知（新到旧）", roles: "公开",
            response: "CalendarNotice", list: true),
        Endpoint(
            method: "post", path: "/calendar/notices", summary: "录入放假通知：日历升版，重新计算进行中的期限并通知承办人",
            roles: "管理员（最上级机构）", body: "CalendarNoticeInput", response: "CalendarChange", created: true),
        Endpoint(
            method: "get", path: "/notifications", summary: "调用者本人的通知（新到旧）", roles: "任意", response: "Notification",
            list: true),
        Endpoint(
            method: "post", path: "/notifications/{id}/read", summary: "标为已读", roles: "任意", response: "Notification"),
    ]

    static var deadlineSchemas: [String: Any] {
        let integer: [String: Any] = ["type": "integer"]
        let period = object(["name": string, "first": date, "last": date], required: ["name", "first", "last"])
        let workday = object(["date": date, "name": string], required: ["date", "name"])
        let eventType: [String: Any] = ["type": "string", "enum": ["extend", "suspend", "resume", "restart"]]
        let move = object(
            [
                "deadlineID": uuid, "at": dateTime, "calendarVersion": integer, "oldDue": nullable(date),
                "newDue": nullable(date), "wasProvisional": bool, "provisional": bool, "reason": string,
            ],
            required: ["deadlineID", "at", "calendarVersion", "wasProvisional", "provisional", "reason"])
        return [
            "TrackedDeadline": object(
                [
                    "id": uuid, "subject": string, "rule": string, "ruleTitle": nullable(string),
                    "organisationID": uuid,
                    "organisationName": string, "ownerID": uuid, "ownerName": string, "start": date,
                    "startTime": nullable(string), "status": ["type": "string", "enum": ["open", "closed"]],
                    "due": nullable(date), "dueTime": nullable(string), "provisional": bool, "calendarVersion": integer,
                    "events": array(
                        object(
                            [
                                "type": eventType, "label": string, "date": date, "amount": nullable(integer),
                                "note": nullable(string),
                            ], required: ["type", "label", "date"])),
                    "explanation": array(string), "moves": array(move),
                ],
                required: [
                    "id", "subject", "rule", "organisationID", "organisationName", "ownerID", "ownerName", "start",
                    "status", "provisional", "calendarVersion", "events",
                ]),
            "TrackedDeadlineInput": object(
                [
                    "subject": string, "rule": string, "start": date,
                    "startTime": ["type": "string", "description": "HH:mm，按小时计算的期限必填"], "organisationID": uuid,
                    "ownerID": uuid,
                ],
                required: ["subject", "rule", "start"]),
            "DeadlineEventInput": object(
                ["type": eventType, "date": date, "amount": integer, "note": string], required: ["type", "date"]),
            "CalendarNoticeInput": object(
                [
                    "year": integer, "title": string, "documentNumber": string, "issuedOn": date,
                    "holidays": array(period), "adjustedWorkdays": array(workday), "reason": string,
                ],
                required: ["year", "title", "issuedOn", "holidays"]),
            "CalendarNotice": object(
                [
                    "version": integer, "year": integer, "title": string, "documentNumber": nullable(string),
                    "issuedOn": date, "holidays": array(period), "adjustedWorkdays": array(workday),
                    "reason": nullable(string), "enteredBy": string, "enteredAt": dateTime,
                ],
                required: [
                    "version", "year", "title", "issuedOn", "holidays", "adjustedWorkdays", "enteredBy", "enteredAt",
                ]),
            "CalendarChange": object(
                ["version": integer, "recomputed": integer, "moves": array(move)],
                required: ["version", "recomputed", "moves"]),
            "Notification": object(
                [
                    "id": uuid, "kind": string, "title": string, "body": string, "link": nullable(string),
                    "createdAt": dateTime, "readAt": nullable(dateTime),
                ],
                required: ["id", "kind", "title", "body", "createdAt"]),
        ]
    }
}
