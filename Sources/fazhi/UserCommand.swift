import ArgumentParser
import FazhiCore
import FazhiStore
import FazhiWeb
import Fluent
import Foundation

/// `fazhi user create`: create an account; the password is read from standard input so that
/// it never appears in the process list or the shell history.
struct UserCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "user", abstract: "Manage user accounts.", subcommands: [Create.self])

    struct Create: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Create a user. The password is read from standard input (first line).")
        @ArgumentParser.OptionGroup var database: DatabaseOptions
        @ArgumentParser.Option(help: "Login name.") var username: String
        @ArgumentParser.Option(help: "Display name.") var name: String
        @ArgumentParser.Option(help: "Full name or credit code of the organisation.") var organisation: String
        @ArgumentParser.Option(
            help: "Roles, comma-separated: officer, legal_unit, justice, rule_of_law_office, admin, procuratorate.")
        var roles: String

        func run() async throws {
            let (parsed, unknown) = Role.parseList(roles)
            guard unknown.isEmpty else { throw ValidationError("未知角色: \(unknown.joined(separator: ", "))") }
            guard let password = readLine(strippingNewline: true), !password.isEmpty else {
                throw CommandFailure("请从标准输入提供密码，例如：echo 'Passw0rd-2026' | fazhi user create …")
            }
            var config = try resolveConfig(database.input)
            config.loadDemo = false
            config.runWorker = false
            try await withApplication(config) { app in
                let orgs = try await OrganisationRepository(db: app.db, scope: .system).list()
                let matches = orgs.filter { $0.name == organisation || $0.creditCode == organisation.uppercased() }
                guard matches.count == 1 else {
                    throw CommandFailure(
                        matches.isEmpty ? "找不到机构「\(organisation)」" : "机构名称「\(organisation)」不唯一，请使用统一社会信用代码")
                }
                let input = UserInput(
                    username: username, displayName: name, organisationID: matches[0].id,
                    roles: parsed.map(\.rawValue), password: password)
                do {
                    let user = try await UserRepository(
                        db: app.db, scope: .system, hasher: .bcrypt(cost: config.bcryptCost)
                    )
                    .create(try input.validated(), by: .system("命令行 user create"))
                    print("已创建用户 \(user.username)（\(matches[0].name)）。")
                } catch let error as DomainError {
                    throw CommandFailure(error)
                }
            }
        }
    }
}
