import ArgumentParser
import FazhiCore
import FazhiStore
import FazhiWeb
import Foundation

/// `fazhi ledger audit`: recomputes the log from the database and names every row not as the log recorded it.
struct LedgerAudit: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "audit",
        abstract: "Recompute the log from the database rows; name every row altered, removed or inserted out of band.",
        discussion: """
            Checks every entry against its leaf hash, the stored subtree hashes, the signed checkpoints (their
            signatures too, given the key) and the audit rows that were logged. Exit status 1 if anything is found.
            Read-only: no migration is run and no key is made.
            """)

    @ArgumentParser.OptionGroup var database: DatabaseOptions
    @ArgumentParser.OptionGroup var key: LedgerKeyOptions
    @ArgumentParser.Option(help: "The log's verifier key, when the private key file is not at hand.") var vkey: String?
    @ArgumentParser.Flag(help: "Accept entries no audit row claims (a log filled by `fazhi ledger bench`).")
    var unclaimedOk = false

    func run() async throws {
        let config = try commandConfig(database, key: key, migrate: false)
        let clean = try await withApplication(config) { app in
            var verifiers: NoteVerifierSet?
            var origin: String?
            if let vkey {
                do {
                    verifiers = NoteVerifierSet([try Ed25519NoteVerifier(vkey: vkey)])
                } catch let error as NoteKeyError {
                    throw CommandFailure("验证公钥无效：\(error.message)")
                }
            } else if let known = try app.ledgerVerifier() {
                verifiers = NoteVerifierSet([known.verifier])
                origin = known.origin
            }
            let report = try await LedgerAuditor(
                db: app.db, verifiers: verifiers, origin: origin, unclaimedEntriesAllowed: unclaimedOk
            ).run()
            print(
                "账本条目 \(report.size) 条；核对检查点 \(report.checkpointsChecked) 个（验签 \(report.signaturesChecked) 个），审计记录 \(report.auditRowsChecked) 条；待记入账本的审计记录 \(report.pendingAuditRows) 条"
            )
            if verifiers == nil { print("! 未找到账本密钥，也未给出 --vkey：未核对检查点签名") }
            for finding in report.findings { print(finding.line) }
            let counts = LedgerAuditReport.Kind.allCases.map { "\($0.rawValue) \(report.findings(of: $0).count)" }
            print(report.isClean ? "未发现篡改 (clean)" : "发现 \(report.findings.count) 处问题：\(counts.joined(separator: "，"))")
            return report.isClean
        }
        if !clean { throw ExitCode(1) }
    }
}
