import ArgumentParser

/// `fazhi enforcement …`: tools for the enforcement module (行政执法).
struct EnforcementCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "enforcement", abstract: "Enforcement (行政执法) tools.",
        subcommands: [
            EnforcementIngestBench.self, EnforcementGenerate.self, EnforcementSweepCommand.self,
            EnforcementRebuildStatistics.self,
        ])
}
