/// The public side of normative documents (规范性文件公开、征求意见、审查建议) in the OpenAPI document.
extension OpenAPIDocument {
    static let normativePublicEndpoints: [Endpoint] = [
        Endpoint(
            method: "get", path: "/documents", summary: "已公布的规范性文件和规章（每页50件，按公布日期新到旧）", roles: "公开",
            response: "NormativePublicDocument", paged: true,
            query: [
                ("q", "标题关键词，多个用空格分开，须同时出现"), ("organisation", "制定机关 id"), ("status", "效力状态：有效、已修改、已废止、尚未生效、失效"),
                ("year", "公布年份"), ("page", "页码，从1开始"),
            ]),
        Endpoint(
            method: "get", path: "/documents/catalogue", summary: "备案目录：某季度予以备案登记的文件，按备案登记日期排列（默认本季度）", roles: "公开",
            response: "NormativePublicCatalogue", query: [("year", "年份"), ("quarter", "季度：1、2、3、4")]),
        Endpoint(
            method: "get", path: "/documents/{id}", summary: "已公布文件的详情和正文（草案、已撤回的文件为404）", roles: "公开",
            response: "NormativePublicDocument"),
        Endpoint(
            method: "get", path: "/documents/drafts", summary: "正在公开征求意见的草案", roles: "公开",
            response: "NormativePublicDraft", list: true),
        Endpoint(
            method: "post", path: "/documents/drafts/{id}/comments",
            summary: "对征求意见稿提出意见（无需令牌；未公开的草案404，征求意见已截止409）", roles: "公开",
            body: "NormativePublicCommentInput", response: "NormativePublicCommentReceipt", created: true),
        Endpoint(
            method: "post", path: "/documents/suggestions",
            summary: "对已备案文件提出审查建议（按 documentID 或 documentNumber；无需令牌；未公布404，未备案409），返回回执号", roles: "公开",
            body: "NormativeSuggestionInput", response: "NormativeSuggestionTracking", created: true),
        Endpoint(
            method: "get", path: "/documents/suggestions/{receipt}", summary: "凭回执号查询审查建议的办理情况（不含提出人信息）",
            roles: "公开", response: "NormativeSuggestionTracking"),
        Endpoint(
            method: "get", path: "/normative/suggestions", summary: "管辖范围内备案审查机关收到的审查建议（未答复在前，每页100件）",
            roles: "司法行政", response: "NormativeSuggestion", paged: true,
            query: [("status", "received（未答复）或 answered（已答复）"), ("page", "页码，从1开始")]),
        Endpoint(
            method: "post", path: "/normative/suggestions/{id}/answer", summary: "答复审查建议（每件只能答复一次）", roles: "司法行政",
            body: "NormativeSuggestionAnswerInput", response: "NormativeSuggestion"),
    ]

    static var normativePublicSchemas: [String: Any] {
        let integer: [String: Any] = ["type": "integer"]
        let document = object(
            [
                "id": uuid, "kind": ["type": "string", "enum": ["government_rule", "normative_document"]],
                "kindLabel": string, "title": string, "documentNumber": nullable(string), "draftingBodyID": uuid,
                "draftingBody": string, "publishedOn": nullable(date), "effectiveOn": nullable(date),
                "expiresOn": nullable(date), "status": nullable(string), "filingBody": nullable(string),
                "filingStatus": string, "filedOn": nullable(date), "registeredOn": nullable(date),
                "acceptsSuggestions": bool, "lawWorkID": nullable(integer),
                "body": ["type": ["string", "null"], "description": "正文，仅单个文件返回"],
            ],
            required: [
                "id", "kind", "kindLabel", "title", "draftingBodyID", "draftingBody", "filingStatus",
                "acceptsSuggestions",
            ])
        let tracking = object(
            [
                "receipt": string, "trackingURL": string, "documentID": uuid, "documentTitle": string,
                "documentNumber": nullable(string), "filingBody": nullable(string), "receivedOn": date, "dueOn": date,
                "status": ["type": "string", "enum": ["received", "answered"]], "statusLabel": string,
                "answer": nullable(string), "answeredOn": nullable(date),
            ],
            required: [
                "receipt", "trackingURL", "documentID", "documentTitle", "receivedOn", "dueOn", "status",
                "statusLabel",
            ])
        return [
            "NormativePublicDocument": document,
            "NormativePublicCatalogue": object(
                [
                    "year": integer, "quarter": integer, "label": string, "from": date, "to": date,
                    "items": array(ref("NormativePublicDocument")),
                ], required: ["year", "quarter", "label", "from", "to", "items"]),
            "NormativePublicDraft": object(
                [
                    "id": uuid, "title": string, "draftingBody": string, "commentOpensOn": nullable(date),
                    "commentClosesOn": nullable(date), "open": bool, "daysLeft": nullable(integer),
                    "body": nullable(string),
                ], required: ["id", "title", "draftingBody", "open"]),
            "NormativePublicCommentInput": object(
                [
                    "body": ["type": "string", "description": "意见内容，5至2000字"],
                    "name": ["type": "string", "description": "姓名，可选，不超过40字"],
                    "contact": ["type": "string", "description": "联系方式，可选，不超过100字，仅起草单位可见"],
                ], required: ["body"]),
            "NormativePublicCommentReceipt": object(
                ["documentID": uuid, "count": integer], required: ["documentID", "count"]),
            "NormativeSuggestionInput": object(
                [
                    "documentID": uuid,
                    "documentNumber": ["type": "string", "description": "文号，如 测政规〔2026〕1号；未给 documentID 时必填"],
                    "body": ["type": "string", "description": "意见，10至4000字"],
                    "name": ["type": "string", "description": "姓名，可选，不超过40字"],
                    "contact": ["type": "string", "description": "联系方式，可选，不超过100字，仅备案审查机关可见"],
                ], required: ["body"]),
            "NormativeSuggestionTracking": tracking,
            "NormativeSuggestion": object(
                [
                    "id": uuid, "tracking": ref("NormativeSuggestionTracking"), "submittedAt": dateTime,
                    "name": nullable(string), "contact": nullable(string), "body": string, "overdue": bool,
                    "answeredBy": nullable(string),
                ], required: ["id", "tracking", "submittedAt", "body", "overdue"]),
            "NormativeSuggestionAnswerInput": object(
                ["answer": ["type": "string", "description": "答复意见，10至4000字"]], required: ["answer"]),
        ]
    }
}
