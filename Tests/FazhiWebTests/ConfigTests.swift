import Testing

@testable import FazhiCore
@testable import FazhiWeb

@Suite("Configuration: options over environment over defaults, validated at start")
struct ConfigTests {
    @Test(
        "defaults: loopback, port 8080, SQLite under ./data, demo and worker on, reminders 3 and 1 working days ahead")
    func defaults() throws {
        let config = try AppConfig.resolve(ConfigInput(), environment: [:])
        #expect(config.host == "127.0.0.1" && config.port == 8080)
        #expect(
            config.storage == .sqliteFile("data/fazhi.sqlite") || config.storage == .sqliteFile("./data/fazhi.sqlite"))
        #expect(config.loadDemo && config.runWorker && !config.secureCookies)
        #expect(config.reminders.leadDays == [3, 1])
    }

    @Test("options win over the environment")
    func optionsWin() throws {
        var input = ConfigInput()
        input.port = 9090
        input.reminderLeadDays = "5"
        let config = try AppConfig.resolve(
            input,
            environment: [
                "FAZHI_PORT": "7070", "FAZHI_HOST": "0.0.0.0", "FAZHI_REMINDER_LEAD_DAYS": "2",
                "DATABASE_URL": "postgres://u:p@db:5432/fazhi", "FAZHI_NO_DEMO": "1",
            ])
        #expect(config.port == 9090 && config.host == "0.0.0.0")
        #expect(config.reminders.leadDays == [5])
        #expect(config.storage == .postgres("postgres://u:p@db:5432/fazhi"))
        #expect(!config.loadDemo)
    }

    @Test("every bad setting is reported at once, in Chinese")
    func badSettings() {
        var input = ConfigInput()
        input.port = 70_000
        input.levelPreset = "mars"
        input.reminderLeadDays = "soon"
        let error = #expect(throws: ConfigError.self) {
            try AppConfig.resolve(input, environment: ["DATABASE_URL": "mysql://x", "LOG_LEVEL": "loud"])
        }
        let text = error?.description ?? ""
        #expect(text.contains("端口须在 1–65535 之间"))
        #expect(text.contains("未知的层级预设「mars」"))
        #expect(text.contains("提醒提前天数"))
        #expect(text.contains("数据库地址须以"))
        #expect(text.contains("未知的日志级别「loud」"))
    }
}
