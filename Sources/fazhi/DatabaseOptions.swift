import ArgumentParser
import FazhiCore
import FazhiWeb
import Foundation
import Logging
import Vapor

/// The options every command that touches the database takes.
struct DatabaseOptions: ParsableArguments {
    @ArgumentParser.Option(help: "Folder for the SQLite database (env FAZHI_DATA_DIR; default ./data).")
    var dataDir: String?

    @ArgumentParser.Option(
        help: "postgres://user:pass@host:5432/db to use PostgreSQL instead of SQLite (env DATABASE_URL).")
    var databaseURL: String?

    var input: ConfigInput {
        var input = ConfigInput()
        input.dataDir = dataDir
        input.databaseURL = databaseURL
        return input
    }
}

/// Builds and configures the application for a command, runs `body`, and shuts it down.
func withApplication<T>(
    _ config: AppConfig, _ body: (Application) async throws -> T
) async throws -> T {
    var environment = Environment(name: "production", arguments: ["fazhi"])
    try LoggingSystem.bootstrap(from: &environment) { level in
        { label in StreamLogHandler.standardError(label: label) }
    }
    let app = try await Application.make(environment)
    app.logger.logLevel = Logger.Level(rawValue: config.logLevel) ?? .info
    do {
        try await configure(app, config)
        let result = try await body(app)
        try await app.asyncShutdown()
        return result
    } catch let error as DomainError {
        try? await app.asyncShutdown()
        throw CommandFailure(error)
    } catch {
        try? await app.asyncShutdown()
        throw error
    }
}

/// A failure to report to the operator as it is: a message, no usage text.
struct CommandFailure: Error, CustomStringConvertible {
    let description: String

    init(_ message: String) { description = message }

    init(_ error: DomainError) {
        description = ([error.message] + error.fields.map(\.message).filter { $0 != error.message })
            .joined(separator: "\n")
    }
}

/// Resolves the configuration, printing a clear message and exiting on bad settings.
func resolveConfig(_ input: ConfigInput) throws -> AppConfig {
    do {
        return try AppConfig.resolve(input, environment: ProcessInfo.processInfo.environment)
    } catch let error as ConfigError {
        throw CommandFailure(error.description)
    }
}
