import FazhiCore
import FazhiStore
import Fluent
import Foundation
import Plot

/// One document of the library: a version's text with its structure, the list of versions, the text in force on a
/// chosen day (`?asOf=`), and a search within the document (`?q=`).
struct LawDocumentPage {
    let work: LawWork
    let versions: [LawVersionSummary]
    let version: LawVersion
    let provisions: [LawProvision]
    /// The day whose text was asked for, if one was.
    let asOf: CivilDate?
    let statusDay: CivilDate
    let search: (text: String, matches: [LawArticleMatch])?
    var errors: [FieldError] = []
    /// Set when the day asked for is before the work took effect: the page shows the earliest version instead.
    var notInForceOnDay = false

    /// The page of `workID`: the version `versionID`, or the one in force on `asOf`, or the newest.
    static func query(
        workID: Int, versionID: Int?, asOfText: String?, searchText: String?, on db: any Database, today: CivilDate
    ) async throws -> LawDocumentPage {
        let library = LawRepository(db: db)
        guard let work = try await library.work(workID) else { throw DomainError.notFound("文件库中没有这个文件") }
        let versions = try await library.versions(ofWork: workID)
        guard let newest = versions.last else { throw DomainError.notFound("文件库中没有这个文件") }
        var errors: [FieldError] = []
        var asOf: CivilDate?
        if let text = asOfText?.trimmingCharacters(in: .whitespaces), !text.isEmpty {
            asOf = FormDate.read(text, field: "asOf", label: "日期", errors: &errors)
        }
        var chosen = newest
        var notInForce = false
        if let versionID {
            guard let match = versions.first(where: { $0.id == versionID }) else {
                throw DomainError.notFound("这个文件没有该版本")
            }
            chosen = match
        } else if let asOf {
            if let inForce = try await library.versionInForce(workID: workID, on: asOf) {
                chosen = inForce
            } else {
                chosen = versions[0]
                notInForce = true
            }
        }
        let version = try await library.version(chosen.id)!
        var search: (String, [LawArticleMatch])?
        if let searchText = searchText?.trimmingCharacters(in: .whitespaces), !searchText.isEmpty {
            do {
                let query = try LawSearchQuery(parsing: searchText)
                search = (searchText, try await LawSearch(db: db).articles(ofVersion: chosen.id, matching: query))
            } catch let error as DomainError {
                errors.append(FieldError("q", error.fields.first?.message ?? error.message))
                search = (searchText, [])
            }
        }
        var page = LawDocumentPage(
            work: work, versions: versions, version: version,
            provisions: try await library.provisions(ofVersion: chosen.id), asOf: asOf, statusDay: asOf ?? today,
            search: search)
        page.errors = errors
        page.notInForceOnDay = notInForce
        return page
    }

    var summary: LawVersionSummary { version.summary }
    var basePath: String { "/laws/\(work.id)" }

    static func view(_ page: LawDocumentPage, _ context: PageContext) -> PageHTML {
        let summary = page.summary
        return Layout.page(
            context, title: summary.fullTitle,
            body: .group(
                .p(.class("breadcrumb"), .a(.href("/laws"), .safe("文件库")), .text(" › "), .safe(summary.kind.rawValue)),
                .h1(.safe(summary.title)),
                .unwrap(summary.subtitle) { .p(.class("subtitle"), .safe($0)) },
                .p(
                    LawBadges.kind(summary.kind), .text(" "), LawBadges.status(summary.status(on: page.statusDay)),
                    .if(
                        page.asOf != nil,
                        .span(.class("muted"), .safe(" \(page.statusDay.iso) 时的效力状态")))),
                .if(
                    page.notInForceOnDay,
                    .p(
                        .class("notice"),
                        .safe(
                            "\(page.asOf?.iso ?? "")时本文件尚未施行（最早的版本自\(page.versions[0].effectiveOn.iso)起施行），"
                                + "下面是最早的版本。"))),
                facts(page),
                LawDocumentParts.toolbar(page),
                LawDocumentParts.versionTable(page),
                LawDocumentParts.searchResults(page),
                LawDocumentParts.contents(page),
                LawDocumentParts.text(page)))
    }

    private static func facts(_ page: LawDocumentPage) -> Node<HTML.BodyContext> {
        let summary = page.summary
        var rows: [(String, String)] = []
        if let issuer = summary.issuer { rows.append(("制定机关", issuer)) }
        if let region = summary.region { rows.append(("地区", region)) }
        if let number = summary.documentNumber { rows.append(("文号", number)) }
        if let promulgated = summary.promulgatedOn { rows.append(("公布日期", promulgated.iso)) }
        rows.append(("施行日期", summary.effectiveOn.iso))
        if let superseded = summary.supersededOn { rows.append(("被修改（新版本施行）", superseded.iso)) }
        rows.append(("版本", "\(summary.versionDate.iso)（共 \(page.versions.count) 个版本）"))
        rows.append(("条文", "\(summary.articleCount) 条"))
        return .group(
            .dl(
                .class("facts"),
                .forEach(rows) { row in .group(.dt(.safe(row.0)), .dd(.safe(row.1))) }),
            .if(
                !page.version.history.isEmpty,
                .details(
                    .class("history"),
                    .summary(.safe("制定和修改经过")),
                    .ul(
                        .forEach(page.version.history) { event in
                            .li(.safe("\(DisplayFormat.chineseDate(event.date)) \(event.text)"))
                        }))))
    }
}
