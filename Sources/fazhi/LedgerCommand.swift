import ArgumentParser
import FazhiCore
import FazhiWeb
import Foundation

/// `fazhi ledger …`: the evidence log (存证账本). `verify` checks a published log from outside (over HTTP or from a
/// folder) and needs no database; the others work on the database.
struct LedgerCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ledger",
        abstract: "The evidence log (存证账本): verify, audit, export, checkpoint, bench, bench-tree, root.",
        subcommands: [
            LedgerVerify.self, LedgerAudit.self, LedgerExport.self, LedgerCheckpointCommand.self, LedgerKeyCommand.self,
            LedgerBench.self, LedgerBenchTree.self, LedgerRoot.self,
        ])
}

/// Options naming the log's key for commands that use the database.
struct LedgerKeyOptions: ParsableArguments {
    @ArgumentParser.Option(help: "The log's private key file (env FAZHI_LEDGER_KEY; default <data-dir>/ledger.key).")
    var ledgerKey: String?

    @ArgumentParser.Option(help: "The log's origin line (env FAZHI_LEDGER_ORIGIN; default the key's name).")
    var ledgerOrigin: String?

    func apply(to input: inout ConfigInput) {
        input.ledgerKey = ledgerKey
        input.ledgerOrigin = ledgerOrigin
    }
}

/// The witnesses asked to cosign checkpoints, for the commands that sign them (`serve`, `ledger checkpoint`).
struct WitnessPolicyOptions: ParsableArguments {
    @ArgumentParser.Option(
        help:
            "A witness to ask for cosignatures: '<URL> <vkey>' (repeat for several; env FAZHI_WITNESSES, separated by ';')."
    )
    var witness: [String] = []

    @ArgumentParser.Option(
        help: "How many witnesses must cosign before a checkpoint is published (env FAZHI_WITNESS_QUORUM; default all)."
    )
    var witnessQuorum: Int?

    func apply(to input: inout ConfigInput) {
        input.witnesses = witness
        input.witnessQuorum = witnessQuorum
    }
}

/// A database command's configuration: no demo data, no background work, and (for commands that only read) no
/// migrations, so that a copy of a database is examined as it is.
func commandConfig(
    _ database: DatabaseOptions, key: LedgerKeyOptions? = nil, witnesses: WitnessPolicyOptions? = nil, migrate: Bool,
    makesKey: Bool = false
) throws -> AppConfig {
    var input = database.input
    key?.apply(to: &input)
    witnesses?.apply(to: &input)
    var config = try resolveConfig(input)
    config.loadDemo = false
    config.runWorker = false
    config.autoMigrate = migrate
    // Only `serve` and `ledger key` make a key: elsewhere a missing key file means "no key here", not "start a
    // new log".
    if !makesKey, case .file(let path, _) = config.ledgerKey { config.ledgerKey = .file(path: path, create: false) }
    return config
}

/// Prints each step and a verdict; exits with status 1 unless every step that ran passed.
func report(_ steps: [VerificationStep]) throws {
    for step in steps { print(step.line) }
    if steps.allPassed {
        print("核验通过 (verified)")
    } else {
        print("核验未通过 (verification FAILED)")
        throw ExitCode(1)
    }
}
