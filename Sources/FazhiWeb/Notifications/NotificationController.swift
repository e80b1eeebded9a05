import FazhiCore
import FazhiStore
import Plot
import Vapor

/// 通知: the signed-in user's own messages (deadlines moved, due soon, overdue).
struct NotificationController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        let notifications = routes.grouped("notifications")
        notifications.get(use: list)
        notifications.post("read-all", use: readAll)
        notifications.post(":id", "read", use: read)
    }

    @Sendable func list(req: Request) async throws -> Response {
        let member = try req.requireMember()
        let items = try await req.notifications(member).list()
        let context = PageContext(req)
        return Layout.response(NotificationPage.view(items, context), context: context)
    }

    /// Marks one read and opens what it links to.
    @Sendable func read(req: Request) async throws -> Response {
        let member = try req.requireMember()
        let item = try await req.notifications(member).markRead(try req.idParameter())
        return req.redirect(to: item.link ?? "/notifications", redirectType: .normal)
    }

    @Sendable func readAll(req: Request) async throws -> Response {
        let member = try req.requireMember()
        let count = try await req.notifications(member).markAllRead()
        return Flash.redirect(req, to: "/notifications", message: "已将\(count)条通知标为已读。")
    }
}

/// `/api/v1/notifications`: the same for integrations acting as a user.
struct NotificationAPIController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        let notifications = routes.grouped("notifications")
        notifications.get(use: list)
        notifications.post(":id", "read", use: read)
    }

    @Sendable func list(req: Request) async throws -> [UserNotification] {
        try await req.notifications(try req.requireMember()).list()
    }

    @Sendable func read(req: Request) async throws -> UserNotification {
        try await req.notifications(try req.requireMember()).markRead(try req.idParameter())
    }
}

extension UserNotification: Content {}

enum NotificationPage {
    static func view(_ items: [UserNotification], _ context: PageContext) -> PageHTML {
        Layout.page(context, title: "通知") {
            H1("通知")
            if items.contains(where: { $0.readAt == nil }) {
                PostButton(title: "全部标为已读", action: "/notifications/read-all", csrf: context.csrf)
            }
            if items.isEmpty {
                Paragraph("暂无通知。期限即将届满、已逾期或因放假安排调整而变化时，会在这里通知您。").class("muted")
            }
            for item in items {
                Div {
                    H2(item.title)
                    Paragraph(item.body)
                    Paragraph {
                        Text(DisplayFormat.dateTime(item.createdAt) + " ")
                        if item.readAt == nil {
                            Badge(text: "未读", tone: .info)
                            Text(" ")
                            PostButton(title: "查看", action: "/notifications/\(item.id)/read", csrf: context.csrf)
                        } else if let link = item.link {
                            Link("查看", url: link)
                        }
                    }.class("muted")
                }.class(item.readAt == nil ? "card notification-unread" : "card")
            }
        }
    }
}
