/// The assessment (考核) and annual report (年度报告) parts of the OpenAPI document.
extension OpenAPIDocument {
    private static let office = "依法治理办、司法行政、管理员"

    static let assessmentEndpoints: [Endpoint] = [
        Endpoint(
            method: "get", path: "/assessments/metrics", summary: "平台可统计的考核数据项及其口径（分子、分母、期间）", roles: "任意",
            response: "AssessmentMetric", list: true),
        Endpoint(
            method: "get", path: "/assessments/systems", summary: "管辖范围内的指标体系", roles: office,
            response: "IndicatorSystem", list: true),
        Endpoint(
            method: "post", path: "/assessments/systems", summary: "新建指标体系（与表格相同的行：表头行加每个指标一行）", roles: office,
            body: "IndicatorSystemInput", response: "IndicatorSystem", created: true),
        Endpoint(
            method: "get", path: "/assessments/systems/{id}", summary: "指标体系（表格行）", roles: office,
            response: "IndicatorSystem"),
        Endpoint(
            method: "put", path: "/assessments/systems/{id}", summary: "替换指标体系（整体校验）", roles: office,
            body: "IndicatorSystemInput", response: "IndicatorSystem"),
        Endpoint(
            method: "get", path: "/assessments/rounds", summary: "组织的或参加的考核", roles: "任意", response: "AssessmentRound",
            list: true),
        Endpoint(
            method: "post", path: "/assessments/rounds", summary: "新建考核（冻结指标体系）", roles: office,
            body: "AssessmentRoundInput", response: "AssessmentRound", created: true),
        Endpoint(
            method: "get", path: "/assessments/rounds/{id}", summary: "考核详情：各单位状态、得分、排名", roles: "任意",
            response: "AssessmentRound"),
        Endpoint(
            method: "post", path: "/assessments/rounds/{id}/status", summary: "转入下一阶段（自评、审核、公布）", roles: office,
            body: "StatusInput", response: "AssessmentRound"),
        Endpoint(
            method: "get", path: "/assessments/rounds/{id}/units/{unit}", summary: "单位得分表", roles: "任意（按范围）",
            response: "AssessmentScorecard"),
        Endpoint(
            method: "post", path: "/assessments/rounds/{id}/units/{unit}/self", summary: "自评一项指标（附 Base64 佐证材料）",
            roles: "被考核单位", body: "SelfAssessmentInput", response: "AssessmentScorecard"),
        Endpoint(
            method: "post", path: "/assessments/rounds/{id}/units/{unit}/submit", summary: "提交自评（须满足佐证材料要求）",
            roles: "被考核单位", response: "AssessmentScorecard"),
        Endpoint(
            method: "post", path: "/assessments/rounds/{id}/units/{unit}/review", summary: "审核评分（扣分须写明理由）或认定不适用",
            roles: office, body: "ReviewInput", response: "AssessmentScorecard"),
        Endpoint(
            method: "post", path: "/assessments/rounds/{id}/units/{unit}/decision", summary: "审核完毕或退回补充", roles: office,
            body: "StatusInput", response: "AssessmentScorecard"),
        Endpoint(
            method: "get", path: "/assessments/rounds/{id}/units/{unit}/figures/{code}", summary: "自动指标计入的记录",
            roles: "任意（按范围）", response: "AssessmentFigure"),
        Endpoint(
            method: "get", path: "/reports", summary: "管辖范围内的年度报告", roles: "任意", response: "ReportSummary", list: true),
        Endpoint(
            method: "post", path: "/reports", summary: "生成（或打开）政府的年度报告初稿", roles: office, body: "ReportStartInput",
            response: "AnnualReport", created: true),
        Endpoint(
            method: "get", path: "/reports/{id}", summary: "年度报告：各部分文字及数据（附口径、链接，暂缺的注明原因）", roles: "任意",
            response: "AnnualReport"),
        Endpoint(
            method: "put", path: "/reports/{id}", summary: "保存各部分文字", roles: office, body: "ReportTextsInput",
            response: "AnnualReport"),
    ]

    static var assessmentSchemas: [String: Any] {
        let integer: [String: Any] = ["type": "integer"]
        let rows = array(array(string))
        let value = object(["numerator": integer, "denominator": integer], required: ["numerator", "denominator"])
        let evidence = object(
            ["name": string, "size": integer, "sha256": string], required: ["name", "size", "sha256"])
        let file = object(["name": string, "contentBase64": string], required: ["name", "contentBase64"])
        let figure = object(
            [
                "label": string, "value": nullable(string), "definition": string, "link": nullable(string),
                "missingReason": nullable(string),
            ], required: ["label", "definition"])
        return [
            "AssessmentMetric": object(
                [
                    "code": string, "name": string, "module": string, "numerator": string, "denominator": string,
                    "period": string, "available": bool,
                ], required: ["code", "name", "module", "numerator", "denominator", "period", "available"]),
            "IndicatorSystem": object(
                [
                    "id": uuid, "name": string, "organisationName": string, "total": string,
                    "countsByLevel": array(integer), "rows": rows,
                ], required: ["id", "name", "organisationName", "total", "countsByLevel", "rows"]),
            "IndicatorSystemInput": object(["name": string, "rows": rows], required: ["name", "rows"]),
            "AssessmentRound": object(
                [
                    "id": uuid, "systemID": uuid, "title": string, "organisationName": string, "periodFirst": date,
                    "periodLast": date,
                    "status": ["type": "string", "enum": ["draft", "self_assessment", "review", "published"]],
                    "ownRound": bool,
                    "units": array(
                        object(
                            [
                                "organisationID": uuid, "name": string, "status": string, "final": nullable(string),
                                "rank": nullable(integer), "pending": integer,
                            ], required: ["organisationID", "name", "status", "pending"])),
                ],
                required: [
                    "id", "systemID", "title", "organisationName", "periodFirst", "periodLast", "status", "ownRound",
                ]),
            "AssessmentRoundInput": object(
                ["title": string, "systemID": uuid, "year": integer, "unitIDs": array(uuid)],
                required: ["title", "systemID", "year", "unitIDs"]),
            "StatusInput": object(["status": string], required: ["status"]),
            "AssessmentScorecard": object(
                [
                    "roundID": uuid, "organisationID": uuid, "unitName": string, "status": string,
                    "final": nullable(string),
                    "lines": array(
                        object(
                            [
                                "code": string, "name": string, "level": integer, "maxPoints": string,
                                "earned": string, "pending": integer, "outcome": nullable(string),
                                "explanation": nullable(string), "figure": nullable(value),
                                "selfPoints": nullable(string), "selfComment": nullable(string),
                                "evidence": array(evidence), "reviewComment": nullable(string),
                            ], required: ["code", "name", "level", "maxPoints", "earned", "pending"])),
                ], required: ["roundID", "organisationID", "unitName", "status", "lines"]),
            "SelfAssessmentInput": object(
                ["code": string, "points": string, "comment": string, "files": array(file)], required: ["code"]),
            "ReviewInput": object(
                ["code": string, "points": string, "notApplicable": bool, "comment": string], required: ["code"]),
            "AssessmentFigure": object(
                [
                    "metric": ["$ref": "#/components/schemas/AssessmentMetric"], "value": nullable(value),
                    "records": array(
                        object(["title": string, "path": string, "met": bool], required: ["title", "path", "met"])),
                ], required: ["metric", "records"]),
            "ReportSummary": object(
                ["id": uuid, "government": string, "year": integer, "updatedAt": dateTime],
                required: ["id", "government", "year", "updatedAt"]),
            "ReportStartInput": object(
                ["organisationID": uuid, "year": integer], required: ["organisationID", "year"]),
            "ReportTextsInput": object(
                ["texts": ["type": "object", "additionalProperties": string]], required: ["texts"]),
            "AnnualReport": object(
                [
                    "id": uuid, "governmentID": uuid, "government": string, "year": integer,
                    "sections": array(
                        object(
                            ["code": string, "title": string, "text": string, "figures": array(figure)],
                            required: ["code", "title", "text", "figures"])),
                    "updatedBy": string, "updatedAt": dateTime,
                ], required: ["id", "governmentID", "government", "year", "sections", "updatedBy", "updatedAt"]),
        ]
    }
}
