import Fluent
import Foundation
import Testing
import Vapor
import VaporTesting

@testable import FazhiCore
@testable import FazhiStore
@testable import FazhiWeb

@Suite("Evidence ledger pages")
struct LedgerPageTests {
    @Test("存证公钥 shows the origin, the verifier key, the size and the checkpoint, in the public navigation")
    func keyPage() async throws {
        try await TestApp.with { t in
            // given
            let checkpoint = try await t.publishLedger()
            // when
            let page = try await t.browser().get("/ledger")
            // then
            #expect(page.status == .ok)
            #expect(page.text.contains("<h1>存证公钥</h1>"))
            #expect(page.text.contains(try t.ledger.origin))
            #expect(page.text.contains(HTMLEscape.escape(try t.ledger.verifier.vkey)))
            #expect(page.text.contains("树大小 \(checkpoint.size)"))
            #expect(page.text.contains(#"<a href="/ledger" aria-current="page">存证公钥</a>"#))
            #expect(page.text.contains(#"href="/ledger/entries/\#(checkpoint.size - 1)""#))
        }
    }

    @Test("存证公钥 lists the witnesses and the quorum, and its verify command carries their keys")
    func witnessesOnKeyPage() throws {
        // given a log with two witnesses of which one must cosign
        let witnesses = try ["w1.example.org", "w2.example.org"].enumerated().map { n, name in
            WitnessEndpoint(
                url: "https://witness\(n).example.org",
                verifier: try CosignatureV1Signer(name: name, privateKey: .init(), clock: { 0 }).verifier)
        }
        let page = LedgerKeyPage(
            origin: "fazhi.example.gov.cn/ledger", vkey: "fazhi.example.gov.cn/ledger+01020304+AAAA", checkpoint: nil,
            size: 0, recent: [], witnesses: witnesses, quorum: 1)
        let context = PageContext(member: nil, csrf: "", isDemo: false, path: "/ledger", flash: nil)
        // when
        let html = LedgerKeyPage.view(page, baseURL: "https://fazhi.example.gov.cn", context).render()
        // then
        #expect(html.contains("须经下列 2 个见证方中至少 1 个"))
        for witness in witnesses {
            #expect(html.contains(witness.url))
            #expect(html.contains("--witness-key &#39;\(witness.verifier.vkey)&#39;"))
        }
        #expect(html.contains("--witness-quorum 1"))
        // and without witnesses the page says so and the command has none
        let alone = LedgerKeyPage(
            origin: page.origin, vkey: page.vkey, checkpoint: nil, size: 0, recent: [], witnesses: [], quorum: 0)
        let aloneHTML = LedgerKeyPage.view(alone, baseURL: "https://fazhi.example.gov.cn", context).render()
        #expect(aloneHTML.contains("本日志尚未配置见证方"))
        #expect(!aloneHTML.contains("--witness-key"))
    }

    @Test("the audit trail links each logged record to its receipt page, in the page and the API")
    func auditLinks() async throws {
        try await TestApp.with { t in
            // given
            let browser = t.browser()
            try await browser.signIn("demo-admin")
            let api = APIClient(app: t.app, token: try await t.issueToken(for: "demo-admin").secret)
            // when
            let before = try await browser.get("/admin/audit")
            try await t.publishLedger()
            let after = try await browser.get("/admin/audit")
            let listed = try await api.send(.GET, "/audit")
            // then
            #expect(before.text.contains("待记入"))
            #expect(after.text.contains(#"href="/ledger/entries/"#) && !after.text.contains("待记入"))
            let items = try #require(listed.object?["items"] as? [[String: Any]])
            #expect(items.allSatisfy { $0["ledgerIndex"] is Int })
        }
    }

    @Test("the record holder downloads 证明材料, and 存证验证 opens the commitments with it")
    func opening() async throws {
        try await TestApp.with { t in
            // given
            try await t.publishLedger()
            let row = try #require(
                try await AuditEntryModel.query(on: t.db).filter(\.$action == "user.create").first())
            let index = try #require(row.ledgerIndex)
            let admin = t.browser()
            try await admin.signIn("demo-admin")
            let officer = t.browser()
            try await officer.signIn("demo-officer")
            // when
            let download = try await admin.get("/admin/audit/\(row.id!.uuidString)/opening.json")
            let refused = try await officer.get("/admin/audit/\(row.id!.uuidString)/opening.json")
            let receipt = try await admin.get("/ledger/entries/\(index)/receipt.json").text
            let checked = try await admin.post("/ledger/verify", [("receipt", receipt), ("record", download.text)])
            // then
            #expect(download.status == .ok && download.text.contains(#""salt""#))
            #expect(download.headers.first(name: .contentDisposition)?.contains("attachment") == true)
            #expect(refused.status == .forbidden)
            #expect(checked.text.contains("核验通过"), "\(checked.text)")
            #expect(checked.text.contains("开启承诺·变更后内容"))
        }
    }

    @Test("存证验证 checks a pasted receipt step by step and says which step failed")
    func verifyPasted() async throws {
        try await TestApp.with { t in
            // given
            let size = try await t.publishLedger().size
            let browser = t.browser()
            let receipt = try await browser.get("/ledger/entries/5/receipt.json").text
            let record = try await browser.get("/ledger/entries/5/record.json").text
            let tampered = receipt.replacingOccurrences(of: #""entryIndex" : 5"#, with: #""entryIndex" : 6"#)
            // when
            let form = try await browser.get("/ledger/verify")
            let passed = try await browser.post("/ledger/verify", [("receipt", receipt), ("record", record)])
            let failed = try await browser.post("/ledger/verify", [("receipt", tampered)])
            let wrongRecord = try await browser.post("/ledger/verify", [("receipt", receipt), ("record", "{}")])
            let empty = try await browser.post("/ledger/verify", [("receipt", "")])
            // then
            #expect(form.status == .ok && form.text.contains(#"enctype="multipart/form-data""#))
            #expect(form.text.contains(#"<a href="/ledger/verify" aria-current="page">存证验证</a>"#))
            #expect(passed.status == .ok)
            #expect(passed.text.contains("核验通过"), "\(passed.text)")
            #expect(!passed.text.contains("未通过"))
            #expect(passed.text.contains("与本平台最新检查点一致") && passed.text.contains("树大小 \(size)"))
            #expect(failed.text.contains("核验未通过") && failed.text.contains("包含证明"))
            #expect(wrongRecord.text.contains("记录的叶哈希与凭证不符"))
            #expect(empty.status == .unprocessableEntity && empty.text.contains("请粘贴或上传存证凭证"))
        }
    }

    @Test("存证验证 takes an uploaded receipt file (multipart form, no JavaScript)")
    func verifyUploaded() async throws {
        try await TestApp.with { t in
            // given
            try await t.publishLedger()
            let browser = t.browser()
            let receipt = try await browser.get("/ledger/entries/0/receipt.json").text
            try await browser.get("/ledger/verify")
            let boundary = "fazhi-test-boundary"
            var body = ""
            for (name, filename, value) in [
                ("_csrf", nil, browser.csrf ?? ""), ("receipt", nil, ""), ("receiptFile", "receipt.json", receipt),
                ("record", nil, ""), ("recordFile", "", ""), ("vkey", nil, ""),
            ] {
                body += "--\(boundary)\r\nContent-Disposition: form-data; name=\"\(name)\""
                if let filename { body += "; filename=\"\(filename)\"\r\nContent-Type: application/json" }
                body += "\r\n\r\n\(value)\r\n"
            }
            body += "--\(boundary)--\r\n"
            var headers = HTTPHeaders()
            headers.replaceOrAdd(name: .contentType, value: "multipart/form-data; boundary=\(boundary)")
            // when
            let response = try await browser.send(.POST, "/ledger/verify", headers: headers, body: body)
            // then
            #expect(response.status == .ok)
            #expect(response.text.contains("核验通过"), "\(response.text)")
        }
    }

    @Test("a receipt of another log is checked against the key given, and refused against this log's")
    func otherLog() async throws {
        try await TestApp.with(demo: false) { t in
            // given: a receipt from a log with another key
            let other = try Ed25519NoteSigner.generate(name: "other.example/ledger")
            let tree = MerkleTree(leafHashes: [MerkleHash.leaf(Array("x".utf8))])
            let note = try Checkpoint(origin: other.name, size: 1, rootHash: tree.rootHash).sign(with: [other])
            let receipt = String(
                decoding: try JSONEncoder().encode(
                    LogReceipt(entryIndex: 0, leafHash: tree.rootHash, checkpoint: note.serialized, inclusionProof: [])),
                as: UTF8.self)
            let browser = t.browser()
            try await browser.get("/ledger/verify")
            // when
            let ownKey = try await browser.post("/ledger/verify", [("receipt", receipt)])
            let theirKey = try await browser.post(
                "/ledger/verify", [("receipt", receipt), ("vkey", other.verifier.vkey)])
            let badKey = try await browser.post("/ledger/verify", [("receipt", receipt), ("vkey", "nonsense")])
            // then
            #expect(ownKey.text.contains("核验未通过") && ownKey.text.contains("没有可信密钥的签名"))
            #expect(theirKey.text.contains("核验通过"), "\(theirKey.text)")
            #expect(badKey.status == .unprocessableEntity && badKey.text.contains("公钥无效"))
        }
    }
}

@Suite("Evidence ledger key and configuration")
struct LedgerKeyTests {
    func temporaryDirectory() throws -> String {
        let path = NSTemporaryDirectory() + "fazhi-key-\(UUID().uuidString)"
        return path
    }

    @Test("the first start makes an owner-only key file in a new owner-only folder; later starts read the same key")
    func createsAndReads() throws {
        // given
        let folder = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let path = folder + "/data/ledger.key"
        // when
        let made = try LedgerKeys.signer(.file(path: path, create: true), origin: nil)
        let read = try LedgerKeys.signer(.file(path: path, create: true), origin: "ignored.example/log")
        // then
        let attributes = try FileManager.default.attributesOfItem(atPath: path)
        let folderAttributes = try FileManager.default.attributesOfItem(atPath: folder + "/data")
        #expect((attributes[.posixPermissions] as? Int) == 0o600)
        #expect((folderAttributes[.posixPermissions] as? Int) == 0o700)
        #expect(made.verifier == read.verifier)
        #expect(made.name.hasPrefix("fazhi.local/ledger/") && made.name.count == "fazhi.local/ledger/".count + 8)
        #expect(try String(contentsOfFile: path, encoding: .utf8).hasPrefix("PRIVATE+KEY+\(made.name)+"))
    }

    @Test("an operator's key file must exist and be a note private key")
    func operatorKey() throws {
        let folder = try temporaryDirectory()
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        #expect(throws: LedgerKeyError.missing(folder + "/absent.key")) {
            try LedgerKeys.signer(.file(path: folder + "/absent.key", create: false), origin: nil)
        }
        try "not a key\n".write(toFile: folder + "/bad.key", atomically: true, encoding: .utf8)
        #expect(throws: LedgerKeyError.self) {
            try LedgerKeys.signer(.file(path: folder + "/bad.key", create: false), origin: nil)
        }
        let signer = try Ed25519NoteSigner.generate(name: "county.example/ledger")
        try (signer.skey + "\n").write(toFile: folder + "/good.key", atomically: true, encoding: .utf8)
        var warnings: [String] = []
        let read = try LedgerKeys.signer(.file(path: folder + "/good.key", create: false), origin: nil) {
            warnings.append($0)
        }
        #expect(read.verifier == signer.verifier)
        #expect(warnings.count == 1, "a key file others can read is reported")
    }

    @Test("ledger options: flags over environment over defaults, checked at start")
    func configuration() throws {
        // given
        var input = ConfigInput()
        input.dataDir = "/srv/fazhi"
        // when
        let defaults = try AppConfig.resolve(input, environment: [:])
        let fromEnvironment = try AppConfig.resolve(
            input,
            environment: [
                "FAZHI_LEDGER_KEY": "/etc/fazhi/ledger.key", "FAZHI_LEDGER_ORIGIN": "fazhi.example.gov.cn/ledger",
                "FAZHI_CHECKPOINT_INTERVAL": "30",
            ])
        input.checkpointInterval = 0
        input.ledgerOrigin = "has space"
        // then
        #expect(defaults.ledgerKey == .file(path: "/srv/fazhi/ledger.key", create: true))
        #expect(defaults.ledgerOrigin == nil && defaults.checkpointInterval == 10)
        #expect(fromEnvironment.ledgerKey == .file(path: "/etc/fazhi/ledger.key", create: false))
        #expect(fromEnvironment.ledgerOrigin == "fazhi.example.gov.cn/ledger")
        #expect(fromEnvironment.checkpointInterval == 30)
        #expect(throws: ConfigError.self) { try AppConfig.resolve(input, environment: [:]) }
    }
}
