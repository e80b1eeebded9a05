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

    @Test("witnesses from FAZHI_WITNESSES or --witness; the quorum defaults to all and must be 1…n")
    func witnesses() throws {
        let w1 = try CosignatureV1Signer(name: "w1.example.org", privateKey: .init(), clock: { 0 }).verifier.vkey
        let w2 = try CosignatureV1Signer(name: "w2.example.org", privateKey: .init(), clock: { 0 }).verifier.vkey
        let fromEnvironment = try AppConfig.resolve(
            ConfigInput(), environment: ["FAZHI_WITNESSES": "http://a.test/w \(w1); https://b.test \(w2)"])
        #expect(fromEnvironment.witnesses.map(\.url) == ["http://a.test/w", "https://b.test"])
        #expect(fromEnvironment.witnesses.map(\.name) == ["w1.example.org", "w2.example.org"])
        #expect(fromEnvironment.witnessQuorum == 2)
        var input = ConfigInput()
        input.witnesses = ["http://a.test \(w1)"]
        input.witnessQuorum = 1
        let fromOptions = try AppConfig.resolve(input, environment: ["FAZHI_WITNESSES": "http://ignored.test \(w2)"])
        #expect(fromOptions.witnesses.map(\.url) == ["http://a.test"] && fromOptions.witnessQuorum == 1)

        for (witnesses, quorum, complaint) in [
            (["http://a.test \(w1)"], 2, "门限"), (["a.test \(w1)"], nil, "网址"),
            (["http://a.test not-a-key"], nil, "公钥"), ([String](), 1, "没有配置见证方"),
        ] as [([String], Int?, String)] {
            var bad = ConfigInput()
            bad.witnesses = witnesses
            bad.witnessQuorum = quorum
            #expect {
                _ = try AppConfig.resolve(bad, environment: [:])
            } throws: { error in
                (error as? ConfigError)?.description.contains(complaint) == true
            }
        }
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
