import ArgumentParser

/// `fazhi`: the server and its operator commands.
@main
struct Fazhi: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "fazhi",
        abstract: "法治政府建设一体化平台 (Fazhi): the server and its operator commands.",
        subcommands: [
            Serve.self, Migrate.self, Demo.self, UserCommand.self, OrgCommand.self, CalendarCommand.self,
            DeadlineCommand.self, LedgerCommand.self, WitnessCommand.self, PlanCommand.self, ImportCommand.self,
            LawsCommand.self, EnforcementCommand.self,
        ],
        defaultSubcommand: Serve.self)
}
