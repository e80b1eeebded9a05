/// The library (法规库) part of the OpenAPI document: public, like its pages.
extension OpenAPIDocument {
    static let lawEndpoints: [Endpoint] = [
        Endpoint(
            method: "get", path: "/laws", summary: "法规检索：全文任意两字以上的词句（多词须同时出现），可按类别、效力、地区、制定机关、公布日期筛选；无 q 时按筛选浏览",
            roles: "公开", response: "LawSearchResults",
            query: [
                ("q", "检索词，空格分隔，引号内为整句"), ("kind", "类别，如 法律、行政法规、地方性法规"),
                ("status", "效力状态：有效、已修改、已废止、尚未生效、失效"), ("region", "地区，如 北京"),
                ("issuer", "制定机关（包含即可）"), ("from", "公布日期起，YYYY-MM-DD"), ("to", "公布日期止，YYYY-MM-DD"),
                ("history", "1：包括历史版本"), ("page", "页码，从 1 开始"), ("perPage", "每页条数，1–100，默认 20"),
            ]),
        Endpoint(
            method: "get", path: "/laws/citations", summary: "引用核查：本平台规则引用的条文与现行文本逐条核对（已修改、已无此条、已废止、未收录的标为需核对）",
            roles: "公开", response: "LawCitationCheck", list: true),
        Endpoint(method: "get", path: "/laws/{work}", summary: "文件及其全部版本", roles: "公开", response: "LawWork"),
        Endpoint(
            method: "get", path: "/laws/{work}/versions/{version}", summary: "一个版本的全文结构：编、章、节、条、款、项，每处带稳定地址 eid",
            roles: "公开", response: "LawVersionDetail"),
        Endpoint(
            method: "get", path: "/laws/{work}/articles/{eid}", summary: "某日有效的条文（按时点查询）", roles: "公开",
            response: "LawArticleOnDay", query: [("asOf", "日期 YYYY-MM-DD，默认今天")]),
        Endpoint(
            method: "get", path: "/laws/{work}/versions/{version}/search", summary: "在一个版本内检索，返回命中的条文并标出命中词",
            roles: "公开", response: "LawArticleMatch", list: true, query: [("q", "检索词")]),
        Endpoint(
            method: "get", path: "/laws/{work}/compare", summary: "两个版本逐条对照（按内容对应，标出增删的文字）", roles: "公开",
            response: "LawComparison", query: [("from", "旧版本编号"), ("to", "新版本编号")]),
        Endpoint(
            method: "get", path: "/laws/{work}/versions/{version}/akn",
            summary: "一个版本的 Akoma Ntoso 3.0 XML（OASIS LegalDocML），application/akn+xml", roles: "公开"),
    ]

    static var lawSchemas: [String: Any] {
        let integer: [String: Any] = ["type": "integer"]
        let date: [String: Any] = ["type": "string", "format": "date"]
        let text: [String: Any] = ["type": "string"]
        let highlighted = object(
            [
                "pieces": array(object(["text": text, "match": ["type": "boolean"]], required: ["text", "match"])),
                "startsMidText": ["type": "boolean"], "endsMidText": ["type": "boolean"],
            ], required: ["pieces", "startsMidText", "endsMidText"])
        let provision = object(
            [
                "eid": ["type": "string", "description": "稳定地址，如 art_36、chp_2"],
                "level": ["type": "string", "enum": ["编", "分编", "章", "节", "条"]], "number": text,
                "heading": nullable(text), "parentEid": nullable(text), "text": text,
                "paragraphs": nullable(
                    array(
                        object(
                            [
                                "eid": text, "text": text,
                                "items": array(
                                    object(
                                        ["eid": text, "number": text, "text": text],
                                        required: ["eid", "number", "text"])),
                            ], required: ["eid", "text", "items"]))),
            ], required: ["eid", "level", "number", "text"])
        return [
            "LawCitationCheck": object(
                [
                    "use": text, "citation": text, "statute": text, "article": text, "citedVersion": date,
                    "verdict": [
                        "type": "string",
                        "enum": ["current", "changed", "articleMissing", "repealed", "notInLibrary", "unreadable"],
                    ],
                    "label": text, "alert": ["type": "boolean"], "link": nullable(text),
                ], required: ["use", "citation", "statute", "article", "citedVersion", "verdict", "label", "alert"]),
            "LawVersion": object(
                [
                    "id": integer, "workId": integer, "title": text, "subtitle": nullable(text), "kind": text,
                    "issuer": nullable(text), "region": nullable(text), "documentNumber": nullable(text),
                    "versionDate": date, "promulgatedOn": nullable(date), "effectiveOn": date,
                    "supersededOn": nullable(date), "isCurrent": ["type": "boolean"],
                    "status": ["type": "string", "enum": ["有效", "已修改", "已废止", "尚未生效", "失效"]],
                    "articleCount": integer, "url": text,
                ],
                required: [
                    "id", "workId", "title", "kind", "versionDate", "effectiveOn", "isCurrent", "status",
                    "articleCount",
                    "url",
                ]),
            "LawSearchResults": object(
                [
                    "terms": array(text), "total": integer, "page": integer, "perPage": integer, "ordering": text,
                    "results": array(
                        object(
                            [
                                "version": ref("LawVersion"), "titleMatches": ["type": "boolean"],
                                "snippet": nullable(highlighted), "articleEid": nullable(text),
                                "articleNumber": nullable(text),
                            ], required: ["version", "titleMatches"])),
                ], required: ["terms", "total", "page", "perPage", "ordering", "results"]),
            "LawWork": object(
                [
                    "id": integer, "title": text, "kind": text, "category": nullable(text), "issuer": nullable(text),
                    "region": nullable(text), "repealedOn": nullable(date), "expiredOn": nullable(date),
                    "versions": array(ref("LawVersion")),
                ], required: ["id", "title", "kind", "versions"]),
            "LawVersionDetail": object(
                [
                    "version": ref("LawVersion"),
                    "history": array(object(["date": date, "text": text], required: ["date", "text"])),
                    "preamble": nullable(text), "provisions": array(provision), "sourcePath": text,
                    "sourceSha256": text,
                ], required: ["version", "history", "provisions", "sourcePath", "sourceSha256"]),
            "LawArticleOnDay": object(
                ["day": date, "version": ref("LawVersion"), "article": provision],
                required: ["day", "version", "article"]),
            "LawArticleMatch": object(
                ["eid": text, "number": text, "text": highlighted], required: ["eid", "number", "text"]),
            "LawComparison": object(
                [
                    "workId": integer, "from": ref("LawVersion"), "to": ref("LawVersion"),
                    "rows": array(
                        object(
                            [
                                "change": ["type": "string", "enum": ["unchanged", "changed", "added", "removed"]],
                                "oldNumber": nullable(text), "newNumber": nullable(text), "oldEid": nullable(text),
                                "newEid": nullable(text),
                                "pieces": array(
                                    object(
                                        [
                                            "kind": ["type": "string", "enum": ["same", "inserted", "deleted"]],
                                            "text": text,
                                        ],
                                        required: ["kind", "text"])),
                            ], required: ["change", "pieces"])),
                ], required: ["workId", "from", "to", "rows"]),
        ]
    }
}
