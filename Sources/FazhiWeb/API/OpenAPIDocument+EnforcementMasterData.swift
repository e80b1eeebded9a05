/// The enforcement master data (执法主体、执法人员、权责清单、执法制度参数) part of the OpenAPI document.
extension OpenAPIDocument {
    private static let writers = "管理员、司法行政、部门法制员（管辖范围内）"

    static let enforcementMasterDataEndpoints: [Endpoint] = [
        Endpoint(
            method: "get", path: "/enforcement/bodies", summary: "管辖范围内的执法主体，附人员、有效执法证和权责事项数", roles: "任意",
            response: "EnforcementBody", list: true),
        Endpoint(
            method: "get", path: "/enforcement/bodies/expiring-certificates", summary: "即将到期的执法证（默认60日内）",
            roles: "任意", response: "EnforcementCertificate", list: true, query: [("days", "天数，1–366，默认60")]),
        Endpoint(
            method: "get", path: "/enforcement/bodies/{id}", summary: "执法主体详情，含执法人员及其执法证（officerList）", roles: "任意",
            response: "EnforcementBody"),
        Endpoint(
            method: "put", path: "/enforcement/bodies/{id}", summary: "将机构登记为执法主体，或修改登记信息", roles: writers,
            body: "EnforcementBodyInput", response: "EnforcementBody"),
        Endpoint(
            method: "post", path: "/enforcement/bodies/{id}/officers", summary: "添加执法人员及其执法证", roles: writers,
            body: "OfficerInput", response: "EnforcementOfficer", created: true),
        Endpoint(
            method: "post", path: "/enforcement/bodies/{id}/officers/{officerID}/certificates", summary: "为执法人员新增执法证",
            roles: writers, body: "CertificateInput", response: "EnforcementOfficer"),
        Endpoint(
            method: "post", path: "/enforcement/bodies/{id}/officers/{officerID}/deactivate", summary: "停用执法人员",
            roles: writers, response: "EnforcementOfficer"),
        Endpoint(
            method: "post", path: "/enforcement/bodies/{id}/certificates/{certificateID}/status",
            summary: "更改执法证状态（valid 有效、suspended 暂扣、revoked 注销），返回该主体的全部人员", roles: writers,
            body: "CertificateStatusRequest", response: "EnforcementOfficer", list: true),
        Endpoint(
            method: "get", path: "/enforcement/matters", summary: "权责清单（每页100项）", roles: "任意", response: "PowerMatter",
            paged: true,
            query: [
                ("body", "执法主体 id"), ("kind", "职权类型：penalty、licence、coercion、inspection、levy 等"),
                ("q", "编码、名称或依据中的词"), ("list", "no_penalty（免罚清单）或 light_penalty（轻罚清单）"),
                ("inactive", "1：含已停用事项"), ("page", "页码，从1开始"),
            ]),
        Endpoint(
            method: "post", path: "/enforcement/matters", summary: "新增权责事项（bodyID 必填）", roles: writers,
            body: "PowerMatterRequest", response: "PowerMatter", created: true),
        Endpoint(
            method: "post", path: "/enforcement/matters/import",
            summary: "导入执法主体的权责清单：请求体为 .xlsx 或 CSV 文件本身，整表无误才写入，按编码更新或新增；有误时 422，逐行列出", roles: writers,
            response: "PowerListImportSummary", query: [("body", "执法主体 id（必填）"), ("name", "文件名（可选，仅用于提示）")]),
        Endpoint(
            method: "get", path: "/enforcement/matters/{id}", summary: "权责事项详情", roles: "任意", response: "PowerMatter"),
        Endpoint(
            method: "put", path: "/enforcement/matters/{id}", summary: "修改权责事项（整项替换）", roles: writers,
            body: "PowerMatterRequest", response: "PowerMatter"),
        Endpoint(
            method: "post", path: "/enforcement/matters/{id}/deactivate", summary: "停用权责事项", roles: writers,
            response: "PowerMatter"),
        Endpoint(
            method: "get", path: "/enforcement/policy", summary: "机构适用的执法制度参数（未录入时为参照值，isDefault 为 true）", roles: "任意",
            response: "EnforcementPolicyEntry", query: [("organisation", "机构 id，默认调用者所在的人民政府")]),
        Endpoint(
            method: "put", path: "/enforcement/policy/{organisationID}", summary: "录入机构的执法制度参数", roles: "管理员、司法行政",
            body: "EnforcementPolicyInput", response: "EnforcementPolicyEntry"),
    ]

    static var enforcementMasterDataSchemas: [String: Any] {
        let integer: [String: Any] = ["type": "integer"]
        let certificate = object(
            [
                "id": uuid, "officerID": uuid, "bodyID": uuid, "bodyName": string, "number": string,
                "holderName": string, "issuer": string, "fields": string, "validFrom": date, "validTo": date,
                "status": ["type": "string", "enum": ["valid", "suspended", "revoked"]], "statusLabel": string,
                "validToday": bool, "problem": nullable(string),
            ],
            required: [
                "id", "officerID", "bodyID", "number", "holderName", "validFrom", "validTo", "status", "validToday",
            ])
        let officer = object(
            [
                "id": uuid, "bodyID": uuid, "name": string,
                "duty": ["type": "string", "enum": ["enforcement", "supervision"]], "dutyLabel": string,
                "userID": nullable(uuid), "active": bool, "validToday": bool, "certificates": array(certificate),
            ], required: ["id", "bodyID", "name", "duty", "active", "validToday", "certificates"])
        let range = object(
            ["circumstance": string, "description": string, "minimum": string, "maximum": string],
            required: ["circumstance", "minimum", "maximum"])
        let policyFields: [String: Any] = [
            "hearingFinePerson": integer, "hearingFineOrganisation": integer, "legalReviewFinePerson": integer,
            "legalReviewFineOrganisation": integer, "collectiveFinePerson": integer,
            "collectiveFineOrganisation": integer, "majorPenalties": array(string), "publicityWorkingDays": integer,
            "repeatedInspectionDays": integer, "repeatedInspectionCount": integer,
            "supervisionReplyWorkingDays": integer,
        ]
        return [
            "EnforcementBody": object(
                [
                    "id": uuid, "name": string, "kind": string, "legalBasis": string, "territory": string,
                    "status": ["type": "string", "enum": ["active", "suspended", "revoked"]], "statusLabel": string,
                    "updatedAt": dateTime, "officers": integer, "validCertificates": integer, "matters": integer,
                    "officerList": array(officer),
                ],
                required: [
                    "id", "name", "legalBasis", "territory", "status", "officers", "validCertificates", "matters",
                ]),
            "EnforcementBodyInput": object(
                ["legalBasis": string, "territory": string, "status": string], required: ["legalBasis", "territory"]),
            "EnforcementOfficer": officer,
            "EnforcementCertificate": certificate,
            "OfficerInput": object(
                [
                    "name": string, "duty": string, "userID": uuid, "certificateNumber": string, "issuer": string,
                    "fields": string, "validFrom": date, "validTo": date,
                ], required: ["name", "certificateNumber", "issuer", "fields", "validFrom", "validTo"]),
            "CertificateInput": object(
                ["number": string, "issuer": string, "fields": string, "validFrom": date, "validTo": date],
                required: ["number", "issuer", "fields", "validFrom", "validTo"]),
            "CertificateStatusRequest": object(["status": string], required: ["status"]),
            "PowerMatter": object(
                [
                    "id": uuid, "bodyID": uuid, "bodyName": string, "code": string, "name": string, "kind": string,
                    "kindLabel": string, "legalBasis": string,
                    "ranges": array(
                        object(
                            [
                                "circumstance": string, "description": string, "minimumFen": integer,
                                "maximumFen": integer, "text": string,
                            ], required: ["circumstance", "minimumFen", "maximumFen"])),
                    "noPenalty": bool, "lightPenalty": bool, "active": bool, "updatedAt": dateTime,
                ], required: ["id", "bodyID", "code", "name", "kind", "legalBasis", "ranges", "active"]),
            "PowerMatterRequest": object(
                [
                    "bodyID": uuid, "code": string, "name": string, "kind": string, "legalBasis": string,
                    "ranges": array(range), "noPenalty": bool, "lightPenalty": bool,
                ], required: ["code", "name", "kind", "legalBasis"]),
            "PowerListImportSummary": object(
                ["created": integer, "updated": integer, "unchanged": integer],
                required: ["created", "updated", "unchanged"]),
            // The two newest fields may be left out (their 参照 defaults apply).
            "EnforcementPolicyInput": object(
                policyFields,
                required: Array(policyFields.keys).filter {
                    !["repeatedInspectionCount", "supervisionReplyWorkingDays"].contains($0)
                }.sorted()),
            "EnforcementPolicyEntry": object(
                [
                    "organisationID": uuid, "organisationName": string, "appliedFromID": nullable(uuid),
                    "appliedFromName": nullable(string), "isDefault": bool, "referenceFields": array(string),
                    "policy": object(policyFields.merging(["isDefault": bool]) { a, _ in a }, required: []),
                ], required: ["organisationID", "organisationName", "isDefault", "policy"]),
        ]
    }
}
