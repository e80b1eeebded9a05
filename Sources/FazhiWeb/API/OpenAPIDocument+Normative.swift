import FazhiCore

/// The normative documents (规范性文件) part of the OpenAPI document: the procedure, scoped like its pages.
extension OpenAPIDocument {
    static let normativeEndpoints: [Endpoint] = [
        Endpoint(
            method: "get", path: "/normative", summary: "管辖范围内起草的或报送本机关备案的规范性文件、规章（每页50件）", roles: "任意",
            response: "NormativeDocument", paged: true,
            query: [
                ("view", "review（报送本机关备案的）或 overdue（当前环节已逾期）"),
                ("stage", "阶段：" + NormativeStage.allCases.map(\.rawValue).joined(separator: "、")),
                ("kind", "类别：government_rule（地方政府规章）、normative_document（行政规范性文件）"), ("q", "文件名称包含"),
                ("page", "页码，从1开始"),
            ]),
        Endpoint(
            method: "post", path: "/normative", summary: "起草新文件（起草单位默认为调用者所属机构）", roles: "任意",
            body: "NormativeDraftInput", response: "NormativeDocument", created: true),
        Endpoint(
            method: "get", path: "/normative/{id}", summary: "文件详情：办理过程、调用者可办理的事项、当前期限及其计算说明", roles: "任意",
            response: "NormativeDocument"),
        Endpoint(
            method: "put", path: "/normative/{id}", summary: "修改草案名称和正文（起草中、未公开征求意见时）", roles: "起草单位",
            body: "NormativeDraftInput", response: "NormativeDocument"),
        Endpoint(
            method: "post", path: "/normative/{id}/steps",
            summary: "办理一个环节：评估论证、公开征求意见、合法性审核、集体审议、统一登记编号印发、报送备案、备案审查、纠正等；不符合期限规则的予以拒绝并说明依据",
            roles: "任意（按环节：起草单位、合法性审核机构、备案审查机关）", body: "NormativeStepInput", response: "NormativeDocument"),
    ]

    static var normativeSchemas: [String: Any] {
        let integer: [String: Any] = ["type": "integer"]
        let evidence = object(["name": string, "size": integer, "sha256": string], required: ["name", "size", "sha256"])
        let event = object(
            [
                "action": string, "label": string, "stageBefore": string, "stageAfter": string,
                "organisationName": string, "authorName": string, "at": dateTime,
                "details": ["type": "object", "additionalProperties": string], "body": nullable(string),
                "evidence": array(evidence),
            ],
            required: [
                "action", "label", "stageBefore", "stageAfter", "organisationName", "authorName", "at", "details",
                "evidence",
            ])
        let deadline = object(
            ["rule": string, "title": string, "due": nullable(date), "explanation": array(string)],
            required: ["rule", "title", "explanation"])
        let stage: [String: Any] = ["type": "string", "enum": NormativeStage.allCases.map(\.rawValue)]
        return [
            "NormativeDocument": object(
                [
                    "id": uuid, "kind": ["type": "string", "enum": NormativeKind.allCases.map(\.rawValue)],
                    "kindLabel": string, "title": string, "organisationID": uuid, "organisationName": string,
                    "stage": stage, "stageLabel": string,
                    "status": nullable(["type": "string", "enum": LawStatus.allCases.map(\.rawValue)]),
                    "documentNumber": nullable(string), "commentOpensOn": nullable(date),
                    "commentClosesOn": nullable(date), "legalityOpinion": nullable(string),
                    "deliberationMeeting": nullable(string), "deliberatedOn": nullable(date),
                    "publishedOn": nullable(date), "effectiveOn": nullable(date), "expiresOn": nullable(date),
                    "filingDue": nullable(date), "filedOn": nullable(date), "filedOnTime": nullable(bool),
                    "filingOrganisationID": nullable(uuid), "filingOrganisationName": nullable(string),
                    "registeredOn": nullable(date), "reviewedOn": nullable(date), "reviewOutcome": nullable(string),
                    "decision": nullable(string), "decidedOn": nullable(date), "dueOn": nullable(date),
                    "dueRule": nullable(string), "overdue": bool, "lawWorkID": nullable(integer), "updatedAt": dateTime,
                    "body": nullable(string), "actions": array(string), "deadline": deadline, "events": array(event),
                ],
                required: [
                    "id", "kind", "kindLabel", "title", "organisationID", "organisationName", "stage", "stageLabel",
                    "overdue", "updatedAt",
                ]),
            "NormativeDraftInput": object(
                [
                    "kind": ["type": "string", "enum": NormativeKind.allCases.map(\.rawValue)], "title": string,
                    "body": string, "organisationID": uuid,
                ], required: ["kind", "title", "body"]),
            "NormativeStepInput": object(
                [
                    "action": ["type": "string", "enum": NormativeAction.allCases.map(\.rawValue)],
                    "body": string, "opensOn": date, "closesOn": date,
                    "opinion": ["type": "string", "enum": LegalityOpinion.allCases.map(\.rawValue)],
                    "meeting": string, "meetingOn": date, "adopted": ["type": "string", "enum": ["yes", "no"]],
                    "numberCode": string, "publishedOn": date, "effectiveOn": date, "expiresOn": date,
                    "outcome": ["type": "string", "enum": NormativeReviewOutcome.allCases.map(\.rawValue)],
                    "decision": ["type": "string", "enum": ["amend", "repeal", "declare_expired"]],
                ], required: ["action"]),
        ]
    }
}
