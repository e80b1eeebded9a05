/// The evidence-ledger part of the OpenAPI document. The tiles and the checkpoint note are served outside
/// `/api/v1`, at `/ledger/…`, in the C2SP tlog-tiles layout.
extension OpenAPIDocument {
    static let ledgerEndpoints: [Endpoint] = [
        Endpoint(
            method: "get", path: "/ledger/checkpoint", summary: "存证账本最新检查点：日志标识、树大小、根哈希、签名文本、公钥", roles: "公开",
            response: "LedgerCheckpoint"),
        Endpoint(
            method: "post", path: "/ledger/checkpoint", summary: "立即将待存证的审计记录记入账本，树增长时签署新检查点", roles: "管理员",
            response: "LedgerCheckpoint"),
        Endpoint(
            method: "get", path: "/ledger/entries/{index}/receipt", summary: "第 index 条的存证凭证（对最新检查点的包含证明）",
            roles: "公开", response: "LogReceipt"),
        Endpoint(
            method: "get", path: "/ledger/consistency", summary: "两个树大小之间的一致性证明（RFC 9162 §2.1.4）", roles: "公开",
            response: "ConsistencyProof",
            query: [("from", "旧树大小（≥1）"), ("to", "新树大小，默认为最新检查点的大小")]),
    ]

    static var ledgerSchemas: [String: Any] {
        let integer: [String: Any] = ["type": "integer", "minimum": 0]
        let hash: [String: Any] = ["type": "string", "description": "SHA-256，标准 base64（44 个字符）"]
        return [
            "LedgerCheckpoint": object(
                [
                    "origin": string, "size": integer, "rootHash": hash,
                    "note": ["type": "string", "description": "C2SP signed-note 格式的检查点，与 /ledger/checkpoint 相同"],
                    "vkey": ["type": "string", "description": "日志的验证公钥（C2SP signed-note vkey）"],
                ],
                required: ["origin", "size", "rootHash", "note", "vkey"]),
            "LogReceipt": object(
                [
                    "entryIndex": integer, "leafHash": hash,
                    "checkpoint": ["type": "string", "description": "签名的检查点文本"],
                    "inclusionProof": array(hash),
                ],
                required: ["entryIndex", "leafHash", "checkpoint", "inclusionProof"]),
            "ConsistencyProof": object(
                ["oldSize": integer, "newSize": integer, "hashes": array(hash)],
                required: ["oldSize", "newSize", "hashes"]),
        ]
    }
}
