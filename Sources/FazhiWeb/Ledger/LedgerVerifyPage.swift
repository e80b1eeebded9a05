import FazhiCore
import FazhiStore
import Foundation
import Plot
import Vapor

/// 存证验证: anyone pastes or uploads a receipt (and optionally the original record) and sees each check and its
/// outcome. By default the receipt is checked against this platform's key; another log's key may be given.
struct LedgerVerifyPage {
    /// The form as posted (multipart, so that files can be uploaded without JavaScript).
    struct Submission: Content {
        var receipt: String?
        var receiptFile: File?
        var record: String?
        var recordFile: File?
        var vkey: String?

        /// A pasted text, or else the uploaded file's bytes.
        static func bytes(_ text: String?, _ file: File?) -> [UInt8]? {
            if let text, !text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty { return Array(text.utf8) }
            guard let file, file.data.readableBytes > 0 else { return nil }
            return Array(file.data.readableBytesView)
        }
    }

    var form = Submission()
    var steps: [VerificationStep] = []
    var errors: [FieldError] = []
    let ownKey: String

    /// Runs the checks: the receipt's own (``ReceiptCheck``), then, for this log's receipts, that its checkpoint
    /// is consistent with the latest one, so the log has not been rewritten since the receipt was issued.
    static func check(_ form: Submission, ledger: LedgerService) async throws -> LedgerVerifyPage {
        var page = LedgerVerifyPage(form: form, ownKey: try ledger.verifier.vkey)
        guard let receipt = Submission.bytes(form.receipt, form.receiptFile) else {
            page.errors = [FieldError("receipt", "请粘贴或上传存证凭证")]
            return page
        }
        let vkey = form.vkey?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
        let verifier: Ed25519NoteVerifier
        do {
            verifier = vkey.isEmpty ? try ledger.verifier : try Ed25519NoteVerifier(vkey: vkey)
        } catch let error as NoteKeyError {
            page.errors = [FieldError("vkey", "公钥无效：\(error.message)")]
            return page
        }
        let own = try ledger.verifier
        let ownLog = vkey.isEmpty || verifier == own
        let result = ReceiptCheck.run(
            receiptJSON: receipt, record: Submission.bytes(form.record, form.recordFile),
            verifiers: NoteVerifierSet([verifier]), origin: ownLog ? try ledger.origin : nil)
        page.steps = result.steps
        // The witnesses' cosignatures on the receipt's checkpoint. A receipt issued before witnesses were
        // configured has none; it is then vouched for by the next step, which ties it to the latest checkpoint
        // (published only with the quorum of cosignatures), so the shortfall is reported, not failed.
        if ownLog, let witnesses = ledger.witnesses, let receipt = result.receipt {
            let policy = CosignaturePolicy(witnesses: witnesses.witnesses.map(\.verifier), quorum: witnesses.quorum)
            var step = policy.check(receipt.checkpoint)
            if step.outcome == .failed {
                step = .skipped(step.title, step.detail + "；凭证的可信度由下一步与最新（已副署）检查点的一致性保证")
            }
            page.steps.append(step)
        }
        if ownLog, let signed = result.checkpoint, result.steps.allSatisfy({ $0.outcome != .failed }) {
            page.steps.append(await consistency(from: signed, ledger: ledger))
        }
        return page
    }

    static func consistency(from signed: Checkpoint, ledger: LedgerService) async -> VerificationStep {
        let title = "与本平台最新检查点一致"
        do {
            let latest = try await LedgerPublication(store: ledger.store).checkpoint()
            guard latest.size > signed.size else {
                return latest.size == signed.size && latest.rootHash == signed.rootHash
                    ? .passed(title, "凭证的检查点就是最新检查点") : .failed(title, "凭证的检查点与本平台的检查点不一致")
            }
            let proof = try await ledger.store.consistencyProof(oldSize: signed.size, newSize: latest.size)
            try proof.verify(oldRoot: signed.rootHash, newRoot: latest.rootHash)
            return .passed(
                title, "一致性证明（RFC 9162 §2.1.4）：签发凭证时大小为 \(signed.size) 的树是现在大小为 \(latest.size) 的树的前缀，其后日志未被改写")
        } catch let error as MerkleProofError {
            return .failed(title, "一致性证明无效：\(error.message)")
        } catch {
            return .failed(title, "无法取得一致性证明")
        }
    }

    /// The checks in order, each with its outcome and what exactly was found.
    static func stepList(_ steps: [VerificationStep]) -> Node<HTML.BodyContext> {
        .ol(
            .class("steps"),
            .forEach(steps) { step -> Node<HTML.ListContext> in
                let (mark, tone): (String, String) =
                    switch step.outcome {
                    case .passed: ("通过", "good")
                    case .failed: ("未通过", "bad")
                    case .skipped: ("未检查", "neutral")
                    }
                return .li(
                    .class("step step-\(tone)"), .span(.class("badge badge-\(tone)"), .safe(mark)),
                    .strong(.safe(" " + step.title)), .div(.class("step-detail mono-wrap"), .safe(step.detail)))
            })
    }

    static func view(_ page: LedgerVerifyPage, _ context: PageContext) -> PageHTML {
        Layout.page(context, title: "存证验证") {
            H1("存证验证")
            Paragraph(
                "粘贴或上传存证凭证（receipt.json），可附原始记录（record.json）。系统逐步核验：检查点是否由可信密钥签名、是否属于本日志、记录是否在签名的树中、记录是否未被改动，以及日志此后是否未被改写。核验也可用命令行工具离线完成。"
            ).class("lead")
            if !page.steps.isEmpty {
                H2(page.steps.allPassed ? "核验通过" : "核验未通过")
                stepList(page.steps)
            }
            ErrorSummary(errors: page.errors)
            Form(url: "/ledger/verify", method: .post) {
                CSRFField(token: context.csrf)
                TextAreaField(
                    label: "存证凭证", name: "receipt", value: page.form.receipt ?? "",
                    hint: "粘贴凭证 JSON，或在下面选择文件", errors: page.errors)
                Input(type: .file, name: "receiptFile").attribute(named: "accept", value: ".json,application/json")
                    .attribute(named: "aria-label", value: "上传存证凭证文件")
                TextAreaField(
                    label: "原始记录（可选）", name: "record", value: page.form.record ?? "",
                    hint: "粘贴记录 JSON，或在下面选择文件；提供后核对记录未被改动", errors: page.errors)
                Input(type: .file, name: "recordFile").attribute(named: "aria-label", value: "上传原始记录文件")
                FormField(
                    label: "可信公钥（可选）", name: "vkey", value: page.form.vkey ?? "",
                    hint: "默认为本平台公钥 \(page.ownKey)；核验其他日志的凭证时填写其公钥", errors: page.errors)
                Button("核验").attribute(named: "type", value: "submit").class("button")
            }.class("form").attribute(named: "enctype", value: "multipart/form-data")
        }
    }
}
