import FazhiCore
import FazhiStore
import Plot
import Vapor

/// 审计日志: the append-only record of every write, for administrators and the supervising
/// justice bureau, within their scope.
struct AuditController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get("admin", "audit", use: list)
        routes.get("admin", "audit", ":id", "opening.json", use: opening)
    }

    /// 证明材料: the logged record with the values and salts of its commitments, for the record holder to hand
    /// to whoever must check it (with the entry's receipt, on 存证验证 or `fazhi ledger verify`).
    @Sendable func opening(req: Request) async throws -> Response {
        let member = try req.requireMember(anyOf: .admin, .justice)
        guard let opening = try await req.audit(member).opening(id: try req.idParameter()) else {
            throw DomainError.notFound("该审计记录不存在，或尚未记入存证账本")
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return LedgerController.download(
            Array(try encoder.encode(opening)), name: "fazhi-opening-\(opening.entryIndex).json")
    }

    /// The newest entries first, 50 to a page, optionally of one record (`?entity=`).
    @Sendable func list(req: Request) async throws -> Response {
        let member = try req.requireMember(anyOf: .admin, .justice)
        let page = max(1, (try? req.query.get(Int.self, at: "page")) ?? 1)
        let entity = try? req.query.get(String.self, at: "entity")
        let result = try await req.audit(member).list(entityID: entity, page: page, perPage: 50)
        let context = PageContext(req)
        let html = Layout.page(context, title: "审计日志") {
            H1("审计日志")
            Paragraph(
                "共 \(result.total) 条记录，只增不改。每条记录写明操作人、时间、对象和变更前后的内容，并记入存证账本，可凭存证凭证由第三方核验。"
            ).class("muted")
            AuditTable(entries: result.entries, showDetails: true)
            Pager(page: page, total: result.total, perPage: 50, path: "/admin/audit")
        }
        return Layout.response(html, context: context)
    }
}

/// A table of audit entries.
struct AuditTable: Component {
    let entries: [AuditEntry]
    var showDetails = false

    static let actions: [String: String] = [
        "organisation.create": "新建机构", "organisation.update": "修改机构", "organisation.move": "调整隶属",
        "organisation.deactivate": "停用机构", "organisation.activate": "启用机构", "user.create": "新建用户",
        "user.update": "修改用户", "user.deactivate": "停用用户", "user.activate": "启用用户", "user.password": "修改密码",
        "api_token.issue": "签发令牌", "api_token.revoke": "撤销令牌", "calendar.notice": "录入放假通知",
        "deadline.create": "登记期限", "deadline.event": "登记期限事件", "deadline.close": "办结期限",
        "deadline.reopen": "重新打开期限",
    ]

    /// The table without details, as the workbench shows it on every visit (rows from ``AuditRowCache``).
    static func node(entries: [AuditSummary]) -> Node<HTML.BodyContext> {
        .table(
            .class("table"),
            .thead(.tr(.th(.safe("时间")), .th(.safe("操作人")), .th(.safe("操作")), .th(.safe("对象")))),
            .tbody(.raw(entries.map(AuditRowCache.shared.row(for:)).joined())))
    }

    /// One row of ``node(entries:)``.
    static func row(_ entry: AuditSummary) -> Node<HTML.TableContext> {
        .tr(
            .td(.class("nowrap"), .safe(DisplayFormat.dateTime(entry.at))),
            .td(.safe(entry.actorName)),
            .td(.safe(actions[entry.action] ?? entry.action)),
            .td(
                .class("mono"),
                .a(.href("/admin/audit?entity=\(entry.entityID)"), .safe(String(entry.entityID.prefix(8))))))
    }

    var body: Component {
        Table(
            header: TableRow {
                TableHeaderCell("时间")
                TableHeaderCell("操作人")
                TableHeaderCell("操作")
                TableHeaderCell("对象")
                if showDetails {
                    TableHeaderCell("变更内容")
                    TableHeaderCell("存证")
                }
            }
        ) {
            for entry in entries {
                TableRow {
                    TableCell(DisplayFormat.dateTime(entry.at)).class("nowrap")
                    TableCell(entry.actorName)
                    TableCell(Self.actions[entry.action] ?? entry.action)
                    TableCell(Link(String(entry.entityID.prefix(8)), url: "/admin/audit?entity=\(entry.entityID)"))
                        .class("mono")
                    if showDetails {
                        TableCell {
                            List(AuditDiff(before: entry.before, after: entry.after).changes) { change in
                                ListItem {
                                    Span(change.field).class("mono")
                                    Text("：")
                                    if let before = change.before { Span(before).class("diff-before") }
                                    if change.before != nil && change.after != nil { Text(" → ") }
                                    if let after = change.after { Span(after).class("diff-after") }
                                }
                            }
                        }.class("diff")
                        TableCell {
                            if let index = entry.ledgerIndex {
                                Link("第 \(index) 条", url: "/ledger/entries/\(index)")
                                Text(" · ")
                                Link("证明材料", url: "/admin/audit/\(entry.id.uuidString)/opening.json")
                            } else {
                                Span("待记入").class("muted")
                            }
                        }.class("nowrap")
                    }
                }
            }
        }.class("table")
    }
}

/// Previous/next links for a paged list.
struct Pager: Component {
    let page: Int
    let total: Int
    let perPage: Int
    let path: String

    var body: Component {
        let pages = max(1, (total + perPage - 1) / perPage)
        return Navigation {
            if page > 1 { Link("上一页", url: "\(path)?page=\(page - 1)") }
            Span("第 \(page) / \(pages) 页")
            if page < pages { Link("下一页", url: "\(path)?page=\(page + 1)") }
        }.class("pager").accessibilityLabel("分页")
    }
}
