import FazhiCore

/// The modules a user can open, by role. Only modules that exist are listed.
struct NavItem: Sendable, Equatable {
    let title: String
    let path: String
    let roles: Set<Role>?

    static let workbench: [NavItem] = [
        NavItem(title: "工作台", path: "/workbench", roles: nil),
        NavItem(title: "期限管理", path: "/deadlines", roles: nil),
        NavItem(title: "任务台账", path: "/plans", roles: nil),
        NavItem(title: "督察整改", path: "/inspections", roles: nil),
        NavItem(title: "考核评价", path: "/assessments", roles: nil),
        NavItem(title: "年度报告", path: "/reports", roles: nil),
        NavItem(title: "规范性文件", path: "/normative", roles: nil),
        NavItem(title: "行政执法", path: "/enforcement", roles: nil),
        NavItem(title: "执法主体", path: "/enforcement/bodies", roles: nil),
        NavItem(title: "执法监督", path: "/enforcement/supervision", roles: nil),
        NavItem(title: "监督看板", path: "/enforcement/dashboard", roles: nil),
        NavItem(title: "涉企检查", path: "/enforcement/inspections", roles: nil),
        NavItem(title: "两法衔接", path: "/enforcement/transfers", roles: nil),
        NavItem(title: "投诉举报", path: "/enforcement/complaints", roles: nil),
        NavItem(title: "案卷评查", path: "/enforcement/reviews", roles: [.justice, .legalUnit, .admin, .ruleOfLawOffice]),
        NavItem(title: "通知", path: "/notifications", roles: nil),
        NavItem(title: "机构管理", path: "/admin/orgs", roles: [.admin]),
        NavItem(title: "用户管理", path: "/admin/users", roles: [.admin]),
        NavItem(title: "审查建议", path: "/normative/suggestions", roles: [.justice]),
        NavItem(title: "审计日志", path: "/admin/audit", roles: [.admin, .justice]),
        NavItem(title: "接口令牌", path: "/admin/tokens", roles: [.admin]),
        NavItem(title: "工作日历", path: "/calendar", roles: nil),
        NavItem(title: "日历管理", path: "/admin/calendar", roles: [.admin]),
        NavItem(title: "存证账本", path: "/ledger", roles: nil),
        NavItem(title: "法规库", path: "/laws", roles: nil),
    ]

    static let public_: [NavItem] = [
        NavItem(title: "首页", path: "/", roles: nil),
        NavItem(title: "法规库", path: "/laws", roles: nil),
        NavItem(title: "规范性文件", path: "/documents", roles: nil),
        NavItem(title: "征求意见", path: "/documents/drafts", roles: nil),
        NavItem(title: "执法公示", path: "/publicity", roles: nil),
        NavItem(title: "执法统计", path: "/publicity/statistics", roles: nil),
        NavItem(title: "投诉举报", path: "/complaints", roles: nil),
        NavItem(title: "机构名录", path: "/directory", roles: nil),
        NavItem(title: "工作日历", path: "/calendar", roles: nil),
        NavItem(title: "存证公钥", path: "/ledger", roles: nil),
        NavItem(title: "存证验证", path: "/ledger/verify", roles: nil),
    ]

    /// The item for `path`: the one with the longest path that is `path` or a folder above it, so that
    /// `/ledger/verify` marks 存证验证, not 存证公钥.
    static func current(for path: String, in items: [NavItem]) -> NavItem? {
        items.filter { path == $0.path || ($0.path != "/" && path.hasPrefix($0.path + "/")) }
            .max { $0.path.count < $1.path.count }
    }

    /// The section (the current item's path) a page at `path` belongs to, if any.
    static func section(of path: String, in items: [NavItem]) -> String? {
        current(for: path, in: items)?.path
    }

    /// The items `roles` may open. A member who is only a procuratorate (检察监督) sees the transfers (两法衔接) and the
    /// general tools, not the government's internal modules.
    static func visible(to roles: Set<Role>) -> [NavItem] {
        let procuratorateOnly = roles == [.procuratorate]
        return workbench.filter { item in
            if procuratorateOnly && item.roles == nil { return procuratorateItems.contains(item.path) }
            return item.roles.map { !$0.isDisjoint(with: roles) } ?? true
        }
    }

    /// The items open to a member who is only a procuratorate.
    static let procuratorateItems: Set<String> = [
        "/workbench", "/enforcement/transfers", "/notifications", "/calendar", "/ledger", "/laws",
    ]
}
