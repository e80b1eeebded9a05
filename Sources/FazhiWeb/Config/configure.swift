import FazhiCore
import FazhiStore
import Fluent
import FluentPostgresDriver
import FluentSQLiteDriver
import Foundation
import Prometheus
import SQLKit
import Vapor

/// The one composition root: databases, migrations, services, middleware, routes and the
/// job worker. `fazhi serve`, the other commands that need a database, and every test call it.
public func configure(_ app: Application, _ config: AppConfig) async throws {
    try await useStorage(config.storage, migrations: FazhiMigrations.all, autoMigrate: config.autoMigrate, on: app)

    let services = AppServices(
        config: config, hasher: .bcrypt(cost: config.bcryptCost), metrics: PrometheusCollectorRegistry(),
        calendars: CalendarHolder(try await CalendarStore(db: app.db).current()),
        ledger: LedgerService(config: config, db: app.db, logger: app.logger))
    app.services = services
    if config.loadDemo, try await OrganisationRepository.isEmpty(on: app.db) {
        let summary = try await DemoLoader.load(on: app.db, hasher: services.hasher)
        app.logger.notice("已载入演示数据 (demo data loaded): \(summary.organisations) organisations")
    }
    app.isDemo = try await DemoLoader.isDemo(on: app.db)

    app.http.server.configuration.hostname = config.host
    app.http.server.configuration.port = config.port
    app.routes.defaultMaxBodySize = ByteCount(stringLiteral: config.maxBodySize)
    app.middleware = Middlewares()
    app.middleware.use(RequestIDMiddleware())
    app.middleware.use(MetricsMiddleware(registry: services.metrics))
    app.middleware.use(ErrorPageMiddleware(environment: app.environment))
    app.middleware.use(SecurityHeadersMiddleware())
    app.middleware.use(CSRFMiddleware(secureCookies: config.secureCookies))
    app.middleware.use(AuthenticationMiddleware(cache: MemberCache()))

    try routes(app)

    if config.runWorker {
        app.lifecycle.use(
            JobWorkerLifecycle(
                handlers: .standard(calendars: services.calendars, reminders: config.reminders),
                calendars: services.calendars))
        app.lifecycle.use(LedgerLifecycle(ledger: services.ledger))
    }
}

/// Opens the database, registers `migrations` and (with `autoMigrate`) applies them: shared by the platform and
/// by `fazhi witness serve`, which keeps only its own table.
func useStorage(
    _ storage: AppConfig.Storage, migrations: [any Migration], autoMigrate: Bool, on app: Application
) async throws {
    switch storage {
    case .sqliteScratch(let path):
        // Scratch databases are the tests': all share two database threads, and under the whole suite a
        // transaction can wait its turn there for longer than the pool's default 10 seconds.
        app.databases.use(.sqlite(.file(path), connectionPoolTimeout: .seconds(120)), as: .sqlite)
        try await (app.db as! any SQLDatabase).raw("PRAGMA journal_mode=WAL").run()
    case .sqliteFile(let path):
        let directory = (path as NSString).deletingLastPathComponent
        if !directory.isEmpty {
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        }
        app.databases.use(.sqlite(.file(path), sqlLogLevel: .trace), as: .sqlite)
    case .postgres(let url):
        // Four connections per event loop: a write transaction holds its connection while it waits for a row lock
        // (one body's data-exchange batches apply one after another), and the ledger loop and readers need theirs.
        app.databases.use(
            .postgres(
                configuration: try SQLPostgresConfiguration(url: url), maxConnectionsPerEventLoop: 4,
                sqlLogLevel: .trace), as: .psql)
    }
    app.migrations.add(migrations)
    if autoMigrate { try await app.autoMigrate() }
    if case .sqliteFile = storage {
        // WAL (a property of the file, so once is enough) lets readers proceed while a writer
        // commits. SQLiteNIO installs a busy handler that retries, so writers wait, not fail.
        try await (app.db as! any SQLDatabase).raw("PRAGMA journal_mode=WAL").run()
        SQLiteWriteGate.enabled.set(true)
    }
}

/// Routes of every feature, each in its own controller.
func routes(_ app: Application) throws {
    try app.register(collection: OperationsController())
    try app.register(collection: HomeController(isDemo: app.isDemo))
    try app.register(collection: AuthController())
    try app.register(collection: WorkbenchController())
    try app.register(collection: OrganisationController())
    try app.register(collection: UserController())
    try app.register(collection: AuditController())
    try app.register(collection: TokenController())
    try app.register(collection: AccountController())
    try app.register(collection: CalendarController())
    try app.register(collection: CalendarNoticeController())
    try app.register(collection: DeadlineController())
    try app.register(collection: NotificationController())
    try app.register(collection: LedgerController())
    try app.register(collection: PlanImportController())
    try app.register(collection: PlanLedgerController())
    try app.register(collection: PlanTaskController())
    try app.register(collection: InspectionController())
    try app.register(collection: InspectionFindingController())
    try app.register(collection: NormativeLocalRulesController())
    try app.register(collection: NormativeExpiryController())
    try app.register(collection: NormativeCleanupController())
    try app.register(collection: NormativeStatisticsController())
    try app.register(collection: AssessmentController())
    try app.register(collection: IndicatorSystemController())
    try app.register(collection: AssessmentRoundController())
    try app.register(collection: AnnualReportController())
    try app.register(collection: LawController())
    try app.register(collection: NormativeController())
    try app.register(collection: NormativePublicController())
    try app.register(collection: NormativePublicDraftController())
    try app.register(collection: NormativeSuggestionController())
    try app.register(collection: NormativeSuggestionInboxController())
    try app.register(collection: NormativePublicCommentController())
    try app.register(collection: CaseController())
    try app.register(collection: EnforcementAlertController())
    try app.register(collection: SupervisionController())
    try app.register(collection: TransferController())
    try app.register(collection: EnforcementPublicController())
    try app.register(collection: EnforcementPublicStatisticsController())
    try app.register(collection: EnforcementDashboardController())
    try app.register(collection: EnforcementBodyController())
    try app.register(collection: EnforcementMatterController())
    try app.register(collection: EnforcementPolicyController())
    try app.register(collection: EnterpriseInspectionController())
    try app.register(collection: CaseFileReviewController())
    try app.register(collection: ComplaintController())
    try app.register(collection: ComplaintPublicController())
    let api = app.grouped("api", "v1")
    try api.register(collection: OpenAPIController())
    try api.register(collection: OrganisationAPIController())
    try api.register(collection: InspectionAPIController())
    try api.register(collection: NormativeAPIController())
    try api.register(collection: TaskLedgerAPIController())
    try api.register(collection: AssessmentAPIController())
    try api.register(collection: AnnualReportAPIController())
    try api.register(collection: UserAPIController())
    try api.register(collection: AuditAPIController())
    try api.register(collection: TokenAPIController())
    try api.register(collection: CalendarAPIController())
    try api.register(collection: DeadlineAPIController())
    try api.register(collection: NotificationAPIController())
    try api.register(collection: LedgerAPIController())
    try api.register(collection: LawAPIController())
    try api.register(collection: NormativePublicAPIController())
    try api.register(collection: EnforcementCaseAPIController())
    try api.register(collection: SupervisionAPIController())
    try api.register(collection: TransferAPIController())
    try api.register(collection: EnforcementIngestAPIController())
    try api.register(collection: EnforcementPublicityAPIController())
    try api.register(collection: EnforcementStatisticsAPIController())
    try api.register(collection: NormativeSuggestionAPIController())
    try api.register(collection: NormativeLocalRulesAPIController())
    try api.register(collection: NormativeCleanupAPIController())
    try api.register(collection: NormativeStatisticsAPIController())
    try api.register(collection: EnforcementBodyAPIController())
    try api.register(collection: EnforcementMatterAPIController())
    try api.register(collection: EnforcementPolicyAPIController())
    try api.register(collection: EnterpriseInspectionAPIController())
    try api.register(collection: CaseFileReviewAPIController())
    try api.register(collection: ComplaintAPIController())
}
