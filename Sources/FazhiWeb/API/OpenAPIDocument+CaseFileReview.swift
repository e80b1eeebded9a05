import FazhiCore

/// Case-file review campaigns (案卷评查) in the OpenAPI document.
extension OpenAPIDocument {
    static let caseFileReviewEndpoints: [Endpoint] = [
        Endpoint(
            method: "get", path: "/enforcement/reviews", summary: "可见的案卷评查活动（最新在前）", roles: "任意",
            response: "ReviewCampaign", list: true),
        Endpoint(
            method: "post", path: "/enforcement/reviews",
            summary: "发起评查活动：生成并记录随机种子，按执法主体抽取结案期间内已结案的案件（size 件，或 percent% 且不少于 minimum 件）",
            roles: "司法行政、管理员", body: "ReviewCampaignInput", response: "ReviewCampaign", created: true),
        Endpoint(
            method: "get", path: "/enforcement/reviews/{id}", summary: "评查活动：种子、可抽取清单、抽取的案卷、按执法主体的结果",
            roles: "任意（执法主体在结果发布后可见本单位案卷）", response: "ReviewCampaign"),
        Endpoint(
            method: "post", path: "/enforcement/reviews/{id}/publish", summary: "发布评查结果（全部案卷已提交）", roles: "司法行政、管理员",
            response: "ReviewCampaign"),
        Endpoint(
            method: "get", path: "/enforcement/reviews/{id}/files/{fileID}", summary: "一件评查案卷：系统预填与评查结果", roles: "任意",
            response: "ReviewFile"),
        Endpoint(
            method: "post", path: "/enforcement/reviews/{id}/files/{fileID}",
            summary: "记录评查结果（submit=false 保存草稿）；改变系统预填须写明理由", roles: "司法行政、部门法制员、管理员",
            body: "ReviewScoreInput", response: "ReviewFile"),
    ]

    static var caseFileReviewSchemas: [String: Any] {
        let integer: [String: Any] = ["type": "integer"]
        let number: [String: Any] = ["type": "number"]
        let result = object(
            ["itemID": string, "vetoed": bool, "deduction": integer, "note": string], required: ["itemID"])
        let file = object(
            [
                "id": uuid, "caseID": uuid, "caseReference": string, "agencyID": uuid, "agency": string,
                "position": integer, "stage": ["type": "string", "enum": ["pending", "draft", "submitted"]],
                "reviewer": nullable(string),
                "prefill": array(
                    object(["itemID": string, "met": bool, "explanation": string], required: ["itemID", "met"])),
                "results": array(result), "vetoed": bool, "score": nullable(integer), "grade": nullable(string),
            ], required: ["id", "caseID", "agencyID", "stage"])
        return [
            "ReviewCampaignInput": object(
                [
                    "name": string, "periodFrom": date, "periodTo": date, "size": integer, "percent": integer,
                    "minimum": integer,
                ], required: ["name", "periodFrom", "periodTo"]),
            "ReviewScoreInput": object(["results": array(result), "submit": bool], required: ["results"]),
            "ReviewFile": file,
            "ReviewCampaign": object(
                [
                    "id": uuid, "name": string, "organiser": string, "periodFrom": date, "periodTo": date,
                    "sample": string, "seed": string,
                    "eligible": ["type": "object", "description": "执法主体 id → 已结案案件 id（升序）"],
                    "standard": ["type": "object"], "status": ["type": "string", "enum": ["open", "published"]],
                    "files": array(file),
                    "results": array(
                        object(
                            [
                                "agencyID": uuid, "agency": string, "files": integer, "submitted": integer,
                                "averageScore": nullable(number), "passRate": nullable(number), "vetoed": integer,
                            ], required: ["agencyID", "files"])),
                ], required: ["id", "name", "seed", "status"]),
        ]
    }
}
