import FazhiCore
import FazhiStore
import Foundation
import Plot

/// 存证公钥: the log's identity (origin line, verifier key), its current size and checkpoint, and the newest
/// entries — everything a third party needs to start verifying.
struct LedgerKeyPage {
    let origin: String
    let vkey: String
    let checkpoint: StoredCheckpoint?
    let size: UInt64
    let recent: [LedgerEntry]
    /// The witnesses that must cosign each checkpoint before it is published, and how many of them.
    let witnesses: [WitnessEndpoint]
    let quorum: Int

    static func query(_ ledger: LedgerService) async throws -> LedgerKeyPage {
        let size = try await ledger.store.size()
        return LedgerKeyPage(
            origin: try ledger.origin, vkey: try ledger.verifier.vkey,
            checkpoint: try await ledger.store.latestCheckpoint(), size: size,
            recent: try await ledger.store.entries(in: (size > 10 ? size - 10 : 0)..<size).reversed(),
            witnesses: ledger.witnesses?.witnesses ?? [], quorum: ledger.witnesses?.quorum ?? 0)
    }

    /// The verify command for this log, with the witness keys when there are witnesses.
    func verifyCommand(baseURL: String) -> String {
        let witnessKeys = witnesses.map { " \\\n    --witness-key '\($0.verifier.vkey)'" }.joined()
        let quorumOption = witnesses.isEmpty || quorum == witnesses.count ? "" : " --witness-quorum \(quorum)"
        return "fazhi ledger verify --log \(baseURL)/ledger --vkey '\(vkey)'\(witnessKeys)\(quorumOption) \\\n"
            + "    --checkpoint saved-checkpoint.txt --entries"
    }

    static func view(_ page: LedgerKeyPage, baseURL: String, _ context: PageContext) -> PageHTML {
        Layout.page(
            context, title: "存证公钥",
            body: .group(
                .h1(.safe("存证公钥")),
                .p(
                    .class("lead"),
                    .safe(
                        "本平台把每一条具有法律效力的记录（目前为审计日志的每次写入）记入一个只增不改的透明日志（RFC 9162 默克尔树）。日志定期用下列密钥签署检查点；任何人都可以用公钥离线核验存证凭证，并核对日志从未被改写。"
                    )),
                LedgerViews.facts([
                    ("日志标识（origin）", page.origin), ("验证公钥（vkey）", page.vkey),
                    ("签名算法", "Ed25519（C2SP signed-note）"), ("已记入条目", "\(page.size)"),
                    (
                        "最新检查点",
                        page.checkpoint.map { "树大小 \($0.size)，签于 \(DisplayFormat.dateTime($0.createdAt))" } ?? "尚未签署"
                    ),
                ]),
                .h2(.safe("最新检查点")),
                .unwrap(
                    page.checkpoint, { .pre(.class("note"), .safe($0.note)) },
                    else: .p(.class("muted"), .safe("尚未签署检查点。"))),
                .p(
                    .a(.href("/ledger/checkpoint"), .safe("checkpoint")), .safe(" · "),
                    .a(.href("/ledger/vkey"), .safe("vkey")), .safe(" · "),
                    .a(.href("/ledger/verify"), .safe("存证验证"))),
                .h2(.safe("如何核验")),
                .p(
                    .safe(
                        "日志按 C2SP tlog-tiles 发布：检查点在 /ledger/checkpoint，哈希瓦片在 /ledger/tile/<层>/<序号>，条目在 /ledger/tile/entries/<序号>。用本平台的命令行工具核验整个日志（签名、由瓦片重算树根、逐条核对、与上次保存的检查点一致）："
                    )),
                .pre(.class("note"), .safe(page.verifyCommand(baseURL: baseURL))),
                .h2(.safe("见证方")),
                .if(
                    page.witnesses.isEmpty,
                    .p(
                        .class("muted"),
                        .safe("本日志尚未配置见证方。见证方由其他机构（如检察机关、人大常委会办公机构）运行，只为从未改写历史的日志副署检查点。")),
                    else: .group(
                        .p(
                            .safe(
                                "每个检查点须经下列 \(page.witnesses.count) 个见证方中至少 \(page.quorum) 个核对一致性并副署（C2SP tlog-witness、tlog-cosignature）后才发布。见证方只为与其此前所见一致的日志副署，因此日志无法向不同的人展示不同的历史。"
                            )),
                        LedgerViews.facts(page.witnesses.map { ($0.name, "\($0.url) · \($0.verifier.vkey)") })
                    )),
                .h2(.safe("最新存证")),
                .if(
                    page.recent.isEmpty, .p(.class("muted"), .safe("尚无存证。")),
                    else: LedgerViews.entryTable(page.recent))
            ))
    }
}

/// 存证凭证: one entry, its record, and its receipt against the latest checkpoint, with downloads.
struct LedgerEntryPage {
    let entry: LedgerEntry
    let receipt: LogReceipt?
    /// Why there is no receipt yet.
    let pending: String?

    static func query(index: UInt64, _ ledger: LedgerService) async throws -> LedgerEntryPage {
        guard let entry = try await ledger.store.entry(at: index) else {
            throw DomainError.notFound("没有第 \(index) 条存证")
        }
        do {
            let receipt = try await LedgerPublication(store: ledger.store).receipt(index: index)
            return LedgerEntryPage(entry: entry, receipt: receipt, pending: nil)
        } catch let error as DomainError {
            return LedgerEntryPage(entry: entry, receipt: nil, pending: error.message)
        }
    }

    static func view(_ page: LedgerEntryPage, _ context: PageContext) -> PageHTML {
        let index = page.entry.index
        let record = String(decoding: page.entry.data, as: UTF8.self)
        return Layout.page(
            context, title: "存证凭证 第 \(index) 条",
            body: .group(
                .h1(.safe("存证凭证 第 \(index) 条")),
                LedgerViews.facts(
                    [
                        ("序号", "\(index)"), ("叶哈希 SHA-256(0x00‖记录)", page.entry.leafHash.hex),
                        ("记入时间", DisplayFormat.dateTime(page.entry.createdAt)),
                    ] + LedgerViews.auditFacts(page.entry.data)),
                .h2(.safe("存证记录")),
                .p(
                    .class("muted"),
                    .safe("记录为 RFC 8785 规范 JSON；人员与内容以加盐承诺代替，盐值由记录保管机关保存，可据以证明某一内容即为所记。")),
                .pre(.class("note"), .safe(record)),
                .p(.a(.href("/ledger/entries/\(index)/record.json"), .safe("下载记录 record.json"))),
                .h2(.safe("存证凭证")),
                .unwrap(
                    page.receipt,
                    { receipt in
                        .group(
                            .p(
                                .safe(
                                    "凭证含本条的叶哈希、已签名的检查点（树大小 \(receiptSize(receipt))）和包含证明（\(receipt.inclusionProof.count) 个哈希），可离线核验。"
                                )),
                            .pre(.class("note"), .safe(LedgerViews.json(receipt))),
                            .p(
                                .a(
                                    .class("button"), .href("/ledger/entries/\(index)/receipt.json"),
                                    .safe("下载凭证 receipt.json")),
                                .safe(" "), .a(.href("/ledger/verify"), .safe("到「存证验证」核验"))))
                    }, else: .p(.class("muted"), .safe(page.pending ?? "")))
            ))
    }

    private static func receiptSize(_ receipt: LogReceipt) -> String {
        let lines = receipt.checkpoint.split(separator: "\n", maxSplits: 2)
        return lines.count > 1 ? String(lines[1]) : "?"
    }
}

/// Pieces shared by the ledger pages.
enum LedgerViews {
    static func facts(_ pairs: [(String, String)]) -> Node<HTML.BodyContext> {
        .element(
            named: "dl",
            nodes: [.class("facts")]
                + pairs.flatMap {
                    [
                        .element(named: "dt", text: $0.0),
                        .element(named: "dd", nodes: [.class("mono-wrap"), .safe($0.1)]),
                    ]
                })
    }

    /// The readable fields of an audit leaf, if the entry is one.
    static func auditFacts(_ data: [UInt8]) -> [(String, String)] {
        guard let json = try? JSONValue(parsing: data), json["type"]?.stringValue == AuditLeaf.type else { return [] }
        let action = json["action"]?.stringValue ?? ""
        return [
            ("类型", "审计记录"), ("操作", AuditTable.actions[action] ?? action),
            ("对象", "\(json["entityType"]?.stringValue ?? "") \(json["entityID"]?.stringValue ?? "")"),
            ("发生时间（UTC）", json["at"]?.stringValue ?? ""),
        ]
    }

    static func entryTable(_ entries: [LedgerEntry]) -> Node<HTML.BodyContext> {
        .table(
            .class("table"),
            .thead(.tr(.th(.safe("序号")), .th(.safe("记入时间")), .th(.safe("内容")), .th(.safe("叶哈希")))),
            .tbody(
                .forEach(entries) { entry in
                    let facts = Dictionary(auditFacts(entry.data)) { first, _ in first }
                    return .tr(
                        .td(.a(.href("/ledger/entries/\(entry.index)"), .safe("\(entry.index)"))),
                        .td(.class("nowrap"), .safe(DisplayFormat.dateTime(entry.createdAt))),
                        .td(.safe(facts["操作"].map { "\($0) · \(facts["对象"] ?? "")" } ?? "\(entry.data.count) 字节")),
                        .td(.class("mono"), .safe(String(entry.leafHash.hex.prefix(16)) + "…")))
                }))
    }

    /// Indented JSON for reading; the download is the same content.
    static func json(_ receipt: LogReceipt) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return (try? encoder.encode(receipt)).map { String(decoding: $0, as: UTF8.self) } ?? ""
    }
}
