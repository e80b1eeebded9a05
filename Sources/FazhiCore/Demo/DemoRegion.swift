/// The demo region loaded by `fazhi serve` on an empty database and by `fazhi demo`: an
/// autonomous region with two 盟市, their 旗县区 and some 苏木乡镇, each government with the
/// departments the modules work with. Names are real places; the data is not.
public enum DemoRegion {
    public static let preset = LevelPreset.innerMongolia

    /// The password of every demo account. Only demo data ever uses a known password.
    public static let password = "fazhi-demo-2026"

    public struct DemoUser: Sendable, Equatable {
        public let username: String
        public let displayName: String
        public let role: Role
        /// Full name of the organisation the user belongs to.
        public let organisation: String
    }

    public static let users: [DemoUser] = [
        DemoUser(username: "demo-admin", displayName: "系统管理员（演示）", role: .admin, organisation: "内蒙古自治区司法厅"),
        DemoUser(
            username: "demo-office", displayName: "依法治区办（演示）", role: .ruleOfLawOffice,
            organisation: "内蒙古自治区全面依法治区委员会办公室"),
        DemoUser(username: "demo-justice", displayName: "市司法局监督科（演示）", role: .justice, organisation: "呼和浩特市司法局"),
        DemoUser(username: "demo-legal", displayName: "市场监管局法制科（演示）", role: .legalUnit, organisation: "呼和浩特市市场监督管理局"),
        DemoUser(
            username: "demo-officer", displayName: "执法人员（演示）", role: .officer,
            organisation: "呼和浩特市新城区市场监督管理局"),
        DemoUser(
            username: "demo-procurator", displayName: "检察院行政检察部（演示）", role: .procuratorate,
            organisation: "呼和浩特市新城区人民检察院"),
    ]

    public static var tree: OrgSeed {
        government(
            "内蒙古自治区", short: "自治区", division: "150000", level: .region,
            children: [
                government(
                    "呼和浩特市", short: "呼和浩特", division: "150100", level: .city,
                    children: [
                        government(
                            "新城区", prefix: "呼和浩特市", division: "150102", level: .county, towns: ["海拉尔东路街道", "保合少镇"]),
                        government("回民区", prefix: "呼和浩特市", division: "150103", level: .county, towns: ["攸攸板镇"]),
                        government("赛罕区", prefix: "呼和浩特市", division: "150105", level: .county, towns: ["金河镇", "黄合少镇"]),
                    ]),
                government(
                    "鄂尔多斯市", short: "鄂尔多斯", division: "150600", level: .city,
                    children: [
                        government("东胜区", prefix: "鄂尔多斯市", division: "150602", level: .county, towns: ["罕台镇"]),
                        government(
                            "准格尔旗", prefix: "鄂尔多斯市", division: "150622", level: .county, towns: ["薛家湾镇", "沙圪堵镇"]),
                    ]),
            ])
    }

    enum Level { case region, city, county }

    static func code(_ division: String, _ n: Int) -> String {
        let body = "11" + division + String(repeating: "0", count: 9 - String(n).count) + String(n)
        return CreditCode.completing(body)!
    }

    static func government(
        _ name: String, short: String? = nil, prefix: String = "", division: String, level: Level,
        towns: [String] = [], children: [OrgSeed] = []
    ) -> OrgSeed {
        let full = prefix + name
        let shortName = short ?? name
        var n = 0
        func next() -> String {
            n += 1
            return code(division, n)
        }
        let (justice, office): (String, String) =
            switch level {
            case .region: ("司法厅", "全面依法治区委员会办公室")
            case .city: ("司法局", "全面依法治市委员会办公室")
            case .county: ("司法局", name.hasSuffix("旗") ? "全面依法治旗委员会办公室" : "全面依法治区委员会办公室")
            }
        let officeShort =
            switch level {
            case .region: "依法治区办"
            case .city: "依法治市办"
            case .county: name.hasSuffix("旗") ? "依法治旗办" : "依法治区办"
            }
        var departments: [OrgSeed] = [
            OrgSeed(
                name: full + justice, shortName: shortName + justice, kind: .justiceBureau, aliases: [justice],
                creditCode: next()),
            OrgSeed(
                name: full + office, shortName: shortName + officeShort, kind: .ruleOfLawOffice, aliases: [officeShort],
                creditCode: next()),
            OrgSeed(
                name: full + "市场监督管理局", shortName: shortName + "市场监管局", kind: .enforcementAgency, aliases: ["市场监管局"],
                creditCode: next()),
            OrgSeed(
                name: full + (level == .region ? "生态环境厅" : "生态环境局"), shortName: shortName + "生态环境部门",
                kind: .enforcementAgency, aliases: ["生态环境局"], creditCode: next()),
            OrgSeed(
                name: full + (level == .region ? "交通运输厅" : "交通运输局"), shortName: shortName + "交通运输部门",
                kind: .enforcementAgency, aliases: ["交通运输局"], creditCode: next()),
        ]
        if level != .region {
            departments.append(
                OrgSeed(
                    name: full + "综合行政执法局", shortName: shortName + "综合执法局", kind: .enforcementAgency,
                    aliases: ["综合行政执法局"], creditCode: next()))
        }
        let townSeeds = towns.map { town in
            OrgSeed(
                name: full + town + (town.hasSuffix("街道") ? "办事处" : "人民政府"), shortName: town, kind: .government,
                creditCode: next(),
                children: [
                    OrgSeed(
                        name: full + town + "综合行政执法办公室", shortName: town + "综合执法办", kind: .enforcementAgency,
                        creditCode: next())
                ])
        }
        // A county's procuratorate (检察机关) sits under its government as kind "other", so that the 检察监督 role sees
        // the government's transfers of suspected crimes (两法衔接). Its code is drawn last, so no other code moves.
        return OrgSeed(
            name: full + "人民政府", shortName: shortName + "政府", kind: .government, aliases: [full], creditCode: next(),
            children: departments + children + townSeeds
                + (level == .county
                    ? [
                        OrgSeed(
                            name: full + "人民检察院", shortName: shortName + "检察院", kind: .other, aliases: ["人民检察院"],
                            creditCode: next())
                    ] : []))
    }
}
