import FazhiCore
import FazhiStore
import Fluent
import Plot

/// One article at its stable address (`/laws/12/art_36`), as it stood on a day (`?asOf=`, default today), with how
/// it read in every version: what other modules link to when they cite an article.
struct LawArticlePage {
    struct VersionText {
        var version: LawVersionSummary
        var provision: LawProvision?
    }

    let work: LawWork
    let day: CivilDate
    /// The version in force on `day`, or nil if the work was not yet in force.
    let version: LawVersionSummary?
    let provision: LawProvision?
    let history: [VersionText]

    static func query(workID: Int, eid: String, asOf: CivilDate?, on db: any Database, today: CivilDate) async throws
        -> LawArticlePage
    {
        let library = LawRepository(db: db)
        guard let work = try await library.work(workID) else { throw DomainError.notFound("文件库中没有这个文件") }
        let versions = try await library.versions(ofWork: workID)
        var history: [VersionText] = []
        for version in versions {
            history.append(
                VersionText(version: version, provision: try await library.provision(ofVersion: version.id, eid: eid)))
        }
        guard history.contains(where: { $0.provision != nil }) else {
            throw DomainError.notFound("《\(work.title)》的任何版本中都没有这一条（\(eid)）")
        }
        let day = asOf ?? today
        let version = try await library.versionInForce(workID: workID, on: day)
        let provision = history.first { $0.version.id == version?.id }?.provision
        return LawArticlePage(work: work, day: day, version: version, provision: provision, history: history)
    }

    static func view(_ page: LawArticlePage, _ context: PageContext) -> PageHTML {
        let number = page.provision?.number ?? page.history.compactMap(\.provision).last?.number ?? ""
        let title = "《\(page.work.title)》\(number)"
        return Layout.page(
            context, title: title,
            body: .group(
                .p(
                    .class("breadcrumb"), .a(.href("/laws"), .safe("文件库")), .text(" › "),
                    .a(.href("/laws/\(page.work.id)"), .safe(page.work.title))),
                .h1(.safe(title)),
                current(page),
                .form(
                    .class("inline-fields"), .method(.get),
                    .div(
                        .class("field"),
                        .label(.for("f-asOf"), .safe("查看某日有效的本条")),
                        .input(
                            .attribute(named: "type", value: "date"), .name("asOf"), .id("f-asOf"),
                            .value(page.day.iso)),
                        .button(.type(.submit), .class("button button-small"), .safe("查看")))),
                versions(page)))
    }

    private static func current(_ page: LawArticlePage) -> Node<HTML.BodyContext> {
        guard let version = page.version else {
            return .p(.class("notice"), .safe("\(page.day.iso)时本文件尚未施行。"))
        }
        guard let provision = page.provision else {
            return .p(
                .class("notice"),
                .safe("\(page.day.iso)时有效的版本（\(version.versionDate.iso)）中没有这一条，见下方各版本。"))
        }
        return .section(
            .p(
                LawBadges.status(version.status(on: page.day)), .text(" "),
                .span(
                    .class("muted"),
                    .safe("\(page.day.iso)时有效的版本：\(version.versionDate.iso)（\(version.effectiveOn.iso)起施行）"))),
            LawDocumentParts.article(provision, workID: page.work.id),
            .p(
                .class("muted"),
                .safe(
                    "引用：《\(page.work.title)》\(provision.number)（\(version.versionDate.iso)版） · 地址：/laws/\(page.work.id)/\(provision.eid)"
                )))
    }

    /// How the article read in each version, newest first.
    private static func versions(_ page: LawArticlePage) -> Node<HTML.BodyContext> {
        guard page.history.count > 1 else { return .empty }
        let rows = Array(page.history.enumerated()).reversed()
        return .section(
            .h2(.safe("各版本中的本条")),
            .table(
                .class("table"),
                .thead(.tr(.th(.safe("版本")), .th(.safe("施行日期")), .th(.safe("本条")))),
                .tbody(
                    .forEach(rows) { index, entry in
                        let previous = index > 0 ? page.history[index - 1].provision?.text : nil
                        return .tr(
                            .td(
                                .a(
                                    .href(
                                        "/laws/\(page.work.id)/versions/\(entry.version.id)#\(entry.provision?.eid ?? "")"
                                    ),
                                    .safe(entry.version.versionDate.iso))),
                            .td(.safe(entry.version.effectiveOn.iso)),
                            .td(change(entry.provision, previous: previous, first: index == 0)))
                    })))
    }

    private static func change(_ provision: LawProvision?, previous: String?, first: Bool) -> Node<HTML.BodyContext> {
        guard let provision else { return .span(.class("muted"), .safe("本版本无此条")) }
        if first { return .safe(provision.text) }
        if previous == provision.text { return .span(.class("muted"), .safe("与上一版本相同")) }
        return .group(
            .span(.class("badge badge-warn"), .safe(previous == nil ? "新增" : "有修改")), .text(" "), .safe(provision.text))
    }
}
