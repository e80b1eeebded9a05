import FazhiCore
import FazhiStore
import Plot

/// Pieces the 执法主体 and 权责清单 pages share.
enum EnforcementComponents {
    /// A certificate's standing today: 有效, 即将到期 (within 60 days), 已过期, 未生效, 暂扣, 注销, or 人员已停用.
    static func standing(_ row: EnforcementCertificateRow, today: CivilDate) -> Component {
        let certificate = row.certificate
        if !row.holderActive { return Badge(text: "人员已停用", tone: .neutral) }
        switch certificate.status {
        case .suspended: return Badge(text: "暂扣", tone: .warn)
        case .revoked: return Badge(text: "注销", tone: .bad)
        case .valid: break
        }
        if today > certificate.validTo { return Badge(text: "已过期", tone: .bad) }
        if today < certificate.validFrom { return Badge(text: "未生效", tone: .warn) }
        if certificate.validTo <= today.adding(days: 60) { return Badge(text: "即将到期", tone: .warn) }
        return Badge(text: "有效", tone: .good)
    }

    static func bodyStatus(_ status: EnforcementBodyStatus) -> Component {
        Badge(text: status.label, tone: status == .active ? .good : status == .suspended ? .warn : .bad)
    }

    /// A matter's benchmark ranges, or a note that it has none.
    static func benchmark(_ benchmark: DiscretionBenchmark) -> Component {
        guard !benchmark.ranges.isEmpty else { return Paragraph("未设定罚款裁量基准。").class("muted") }
        return Table(
            header: TableRow {
                TableHeaderCell("裁量情节")
                TableHeaderCell("适用情形")
                TableHeaderCell("罚款幅度")
            }
        ) {
            for range in benchmark.ranges {
                TableRow {
                    TableCell(range.circumstance)
                    TableCell(range.description)
                    TableCell(range.text)
                }
            }
        }.class("table")
    }

    /// The 免罚/轻罚 badges of a matter.
    static func lists(_ matter: PowerMatterRow) -> Component {
        Span {
            if matter.noPenalty { Badge(text: "免罚清单", tone: .info) }
            if matter.lightPenalty { Badge(text: "轻罚清单", tone: .info) }
            if !matter.active { Badge(text: "已停用", tone: .neutral) }
        }
    }

    static func certificateTable(_ rows: [EnforcementCertificateRow], today: CivilDate) -> Component {
        Table(
            header: TableRow {
                TableHeaderCell("执法证号")
                TableHeaderCell("持证人")
                TableHeaderCell("执法主体")
                TableHeaderCell("有效期至")
                TableHeaderCell("状态")
            }
        ) {
            for row in rows {
                TableRow {
                    TableCell(row.certificate.number).class("mono")
                    TableCell(row.certificate.holderName)
                    TableCell { Link(row.bodyName, url: "/enforcement/bodies/\(row.organisationID)") }
                    TableCell(row.certificate.validTo.iso).class("mono")
                    TableCell { standing(row, today: today) }
                }
            }
        }.class("table")
    }
}
