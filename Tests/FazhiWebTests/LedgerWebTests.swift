import Fluent
import Foundation
import Testing
import Vapor
import VaporTesting

@testable import FazhiCore
@testable import FazhiStore
@testable import FazhiWeb

extension TestApp {
    var ledger: LedgerService { app.services.ledger }

    /// Logs the pending audit rows (the demo region's) and signs a checkpoint, as the background loop does.
    @discardableResult
    func publishLedger() async throws -> StoredCheckpoint { try await ledger.publish() }

    /// Creates `count` organisations (and so as many audit rows), to make the log span more than one tile.
    func addOrganisations(_ count: Int) async throws {
        let repository = OrganisationRepository(db: db, scope: .system)
        let parent = try await repository.create(
            ValidOrganisationInput(
                name: "测试上级", shortName: "测试上级", kind: .government, parentID: nil, creditCode: nil, aliases: []),
            by: .system("测试"))
        for n in 0..<count {
            try await repository.create(
                ValidOrganisationInput(
                    name: "测试部门\(n)", shortName: "测试部门\(n)", kind: .department, parentID: parent.id, creditCode: nil,
                    aliases: []),
                by: .system("测试"))
        }
    }

    /// The log as a client sees it over HTTP, below `/ledger/`; 404 is "not there".
    var ledgerSource: TiledLogSource {
        let app = self.app
        return TiledLogSource(location: "/ledger") { path in
            let response = try await app.testing().sendRequest(.GET, "/ledger/" + path)
            guard response.status == .ok else { return nil }
            return Array(response.body.readableBytesView)
        }
    }
}

@Suite("Evidence ledger over HTTP")
struct LedgerWebTests {
    @Test("the demo region's audit trail is logged, and a client verifies the whole log from the published tiles")
    func verifiesOverHTTP() async throws {
        try await TestApp.with { t in
            // given
            try await t.addOrganisations(200)
            let auditRows = try await AuditEntryModel.query(on: t.db).count()
            // when
            let checkpoint = try await t.publishLedger()
            let result = await TiledLogCheck.run(
                source: t.ledgerSource, verifiers: try t.ledger.verifiers, origin: try t.ledger.origin,
                options: .init(allEntries: true))
            // then
            #expect(checkpoint.size == UInt64(auditRows))
            #expect(auditRows > 256, "the demo region spans more than one tile")
            #expect(result.steps.allPassed, "\(result.steps.map(\.line))")
            #expect(try await LedgerAuditor(db: t.db, verifiers: try t.ledger.verifiers).run().isClean)
        }
    }

    @Test("checkpoint and tiles have the C2SP content types and caching; tiles beyond the tree are 404")
    func publicationHeaders() async throws {
        try await TestApp.with { t in
            // given
            let browser = t.browser()
            let before = try await browser.get("/ledger/checkpoint")
            try await t.addOrganisations(200)
            var size = try await t.publishLedger().size
            // The demo's audit trail depends on the day it is generated on; the rightmost tile must be partial.
            while size % 256 == 0 {
                try await t.addOrganisations(1)
                size = try await t.publishLedger().size
            }
            let rightmost = TileID(level: 0, index: size / 256, width: Int(size % 256))
            // when
            let checkpoint = try await browser.get("/ledger/checkpoint")
            let tile = try await browser.get("/ledger/tile/0/000")
            let partial = try await browser.get("/ledger/" + rightmost.path)
            let narrower = try await browser.get("/ledger/tile/entries/000.p/3")
            let beyond = try await browser.get("/ledger/" + TileID(level: 0, index: size / 256 + 1).path)
            let malformed = try await browser.get("/ledger/tile/0/1")
            // then
            #expect(before.status == .notFound)
            #expect(checkpoint.status == .ok)
            #expect(checkpoint.headers.first(name: .contentType) == "text/plain; charset=utf-8")
            #expect(checkpoint.headers.first(name: .cacheControl) == "no-cache")
            #expect(checkpoint.text.hasPrefix("\(try t.ledger.origin)\n\(size)\n"))
            #expect(tile.status == .ok && tile.body.readableBytes == 8192)
            #expect(tile.headers.first(name: .contentType) == "application/octet-stream")
            #expect(tile.headers.first(name: .cacheControl) == "public, max-age=31536000, immutable")
            #expect(partial.status == .ok && partial.body.readableBytes == Int(size % 256) * 32)
            #expect(try EntryBundle.decode(Array(narrower.body.readableBytesView)).count == 3)
            #expect(beyond.status == .notFound)
            #expect(malformed.status == .notFound)
        }
    }

    @Test("a receipt from the API verifies offline with the record, and the consistency API proves growth")
    func receiptAndConsistency() async throws {
        try await TestApp.with { t in
            // given
            let first = try await t.publishLedger()
            try await OrganisationRepository(db: t.db, scope: .system).create(
                ValidOrganisationInput(
                    name: "新设机构", shortName: "新设机构", kind: .department, parentID: nil, creditCode: nil, aliases: []),
                by: .system("测试"))
            let second = try await t.publishLedger()
            let api = APIClient(app: t.app, token: nil)
            // when
            let receiptResponse = try await api.send(.GET, "/ledger/entries/\(second.size - 1)/receipt")
            let record = try await t.browser().get("/ledger/entries/\(second.size - 1)/record.json")
            let consistency = try await api.send(.GET, "/ledger/consistency?from=\(first.size)&to=\(second.size)")
            let latest = try await api.send(.GET, "/ledger/consistency?from=\(first.size)")
            let invalid = try await api.send(.GET, "/ledger/consistency?from=0")
            let unknown = try await api.send(.GET, "/ledger/entries/\(second.size)/receipt")
            let huge = try await api.send(.GET, "/ledger/entries/\(UInt64.max)/receipt")
            let hugePage = try await t.browser().get("/ledger/entries/\(UInt64(Int64.max) - 1)")
            // then
            #expect(second.size == first.size + 1)
            let receipt = try JSONDecoder().decode(LogReceipt.self, from: Data(receiptResponse.body.readableBytesView))
            let verified = try receipt.verify(
                entry: Array(record.body.readableBytesView), against: try t.ledger.verifiers,
                origin: try t.ledger.origin)
            #expect(verified.checkpoint.size == second.size)
            #expect(String(decoding: record.body.readableBytesView, as: UTF8.self).contains(#""type":"audit""#))
            let proof = try JSONDecoder().decode(ConsistencyProof.self, from: Data(consistency.body.readableBytesView))
            try proof.verify(oldRoot: first.rootHash, newRoot: second.rootHash)
            #expect(latest.status == .ok)
            #expect(invalid.status == .unprocessableEntity && invalid.errorFields == ["from"])
            #expect(unknown.status == .notFound)
            #expect(huge.status == .notFound && hugePage.status == .notFound)
        }
    }

    @Test("an entry logged after the last checkpoint has no receipt yet (409), then has one")
    func receiptAfterCheckpoint() async throws {
        try await TestApp.with(demo: false) { t in
            // given
            let repository = OrganisationRepository(db: t.db, scope: .system)
            let city = try await repository.create(
                ValidOrganisationInput(
                    name: "机构甲", shortName: "机构甲", kind: .government, parentID: nil, creditCode: nil, aliases: []),
                by: .system("测试"))
            try await t.publishLedger()
            try await repository.create(
                ValidOrganisationInput(
                    name: "机构乙", shortName: "机构乙", kind: .department, parentID: city.id, creditCode: nil, aliases: []),
                by: .system("测试"))
            try await t.ledger.drainOutbox()
            let api = APIClient(app: t.app, token: nil)
            // when
            let pending = try await api.send(.GET, "/ledger/entries/1/receipt")
            let pendingPage = try await t.browser().get("/ledger/entries/1")
            try await t.ledger.checkpointer().signIfGrown()
            let page = try await t.browser().get("/ledger/entries/1")
            let receipt = try await api.send(.GET, "/ledger/entries/1/receipt")
            // then
            #expect(pending.status == .conflict)
            #expect(pendingPage.status == .ok && pendingPage.text.contains("尚未纳入已签名的检查点"))
            #expect(receipt.status == .ok)
            #expect(page.text.contains("存证凭证 第 1 条") && page.text.contains("下载凭证 receipt.json"))
            #expect(page.text.contains("新建机构"))
        }
    }

    @Test("only administrators sign a checkpoint on demand")
    func signOnDemand() async throws {
        try await TestApp.with { t in
            // given
            let officer = APIClient(app: t.app, token: try await t.issueToken(for: "demo-officer").secret)
            let admin = APIClient(app: t.app, token: try await t.issueToken(for: "demo-admin").secret)
            // when
            let refused = try await officer.send(.POST, "/ledger/checkpoint")
            let anonymous = try await APIClient(app: t.app, token: nil).send(.POST, "/ledger/checkpoint")
            let signed = try await admin.send(.POST, "/ledger/checkpoint")
            let read = try await APIClient(app: t.app, token: nil).send(.GET, "/ledger/checkpoint")
            // then
            #expect(refused.status == .forbidden)
            #expect(anonymous.status == .unauthorized)
            #expect(signed.status == .ok)
            let size = try #require(signed.object?["size"] as? Int)
            #expect(size == (try await AuditEntryModel.query(on: t.db).count()))
            #expect(read.object?["note"] as? String == signed.object?["note"] as? String)
            #expect(read.object?["vkey"] as? String == (try t.ledger.verifier.vkey))
        }
    }
}
