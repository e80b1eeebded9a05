import FazhiCore
import FazhiStore
import Fluent
import Plot

/// 法规检索: the public query over the library. Without a query it browses the library by the same filters.
struct LawSearchPage {
    let request: LawSearchRequest
    let results: LawSearchResults
    let kinds: [(kind: LawKind, works: Int)]
    let regions: [String]
    let today: CivilDate

    static func query(_ request: LawSearchRequest, on db: any Database, today: CivilDate) async throws -> LawSearchPage
    {
        let library = LawRepository(db: db)
        let results = try await LawSearch(db: db).search(
            request.query, filters: request.filters, page: request.page, today: today)
        return LawSearchPage(
            request: request, results: results, kinds: try await library.countsByKind(),
            regions: try await library.regions(), today: today)
    }

    static func view(_ page: LawSearchPage, _ context: PageContext) -> PageHTML {
        let title = page.request.text.isEmpty ? "法规规章规范性文件库" : "检索：\(page.request.text)"
        return Layout.page(
            context, title: title,
            body: .group(
                .h1(.safe("法规规章规范性文件库")),
                .p(
                    .class("muted"),
                    .safe(
                        "收录现行有效及历史版本的法律、行政法规、地方性法规、规章和规范性文件，可按任意两个字以上的词句检索全文，"
                            + "也可按条文地址引用。"),
                    .text(" "),
                    .a(.href("/laws/citations"), .safe("引用核查"))),
                form(page),
                page.kinds.isEmpty ? emptyLibrary : results(page)))
    }

    private static var emptyLibrary: Node<HTML.BodyContext> {
        .p(.class("empty"), .safe("文件库尚未导入任何文件。运维人员可运行 fazhi import laws 目录 导入法规文本。"))
    }

    private static func form(_ page: LawSearchPage) -> Node<HTML.BodyContext> {
        let raw = page.request.raw
        let errors = page.request.errors
        return .form(
            .class("law-search"), .action("/laws"), .method(.get), .attribute(named: "role", value: "search"),
            .div(
                .class(errors.contains { $0.field == "q" } ? "field search-box has-error" : "field search-box"),
                .label(.for("f-q"), .safe("检索词")),
                .input(
                    .attribute(named: "type", value: "search"), .name("q"), .id("f-q"), .value(page.request.text),
                    .attribute(named: "placeholder", value: "如：行政处罚 听证，或用引号检索整句"),
                    .attribute(named: "aria-describedby", value: "f-q-hint")),
                .button(.type(.submit), .class("button"), .safe("检索")),
                .p(.class("hint"), .id("f-q-hint"), .safe("多个词用空格分开，须同时出现；每个词至少两个字。")),
                LawFormNodes.error("q", in: errors)),
            .details(
                .class("filters"),
                .if(raw.keys.contains { !["q", "page"].contains($0) }, .attribute(named: "open", value: "open")),
                .summary(.safe("筛选条件")),
                .div(
                    .class("filter-grid"),
                    .component(
                        SelectField(
                            label: "类别", name: "kind", options: page.kinds.map { ($0.kind.rawValue, $0.kind.rawValue) },
                            selected: raw["kind"], errors: errors, emptyTitle: "全部类别")),
                    .component(
                        SelectField(
                            label: "效力状态", name: "status",
                            options: LawStatus.allCases.map { ($0.rawValue, $0.rawValue) },
                            selected: raw["status"], errors: errors, emptyTitle: "全部")),
                    .component(
                        SelectField(
                            label: "地区", name: "region", options: page.regions.map { ($0, $0) },
                            selected: raw["region"],
                            errors: errors, emptyTitle: "全部地区（含全国）")),
                    .component(FormField(label: "制定机关", name: "issuer", value: raw["issuer"] ?? "", errors: errors)),
                    .component(
                        FormField(
                            label: "公布日期（起）", name: "from", value: raw["from"] ?? "", type: .date, errors: errors)),
                    .component(
                        FormField(label: "公布日期（止）", name: "to", value: raw["to"] ?? "", type: .date, errors: errors))),
                .div(
                    .class("field checkbox"),
                    .input(
                        .attribute(named: "type", value: "checkbox"), .name("history"), .id("f-history"),
                        .value("1"),
                        .attribute(named: "checked", value: page.request.filters.includeHistory ? "checked" : "")),
                    .label(.for("f-history"), .safe("包括已被修改的历史版本")))))
    }

    private static func results(_ page: LawSearchPage) -> Node<HTML.BodyContext> {
        let results = page.results
        return .section(
            .attribute(named: "aria-label", value: "检索结果"),
            .if(
                page.request.query == nil && page.request.raw.isEmpty,
                .ul(
                    .class("kind-counts"),
                    .forEach(page.kinds) { entry in
                        .li(
                            .a(
                                .href("/laws?kind=\(LawSearchRequest.encode(entry.kind.rawValue))"),
                                .safe(entry.kind.rawValue)), .span(.class("muted"), .safe(" \(entry.works) 部")))
                    })),
            .p(
                .class("result-count"),
                .safe("共 \(results.total) 件"),
                .span(.class("muted"), .safe("（排序：\(LawSearch.ordering)）"))),
            .ol(
                .class("law-results"),
                .attribute(named: "start", value: String((results.page - 1) * results.perPage + 1)),
                .forEach(results.hits) { hit in item(hit) }),
            pager(page))
    }

    private static func item(_ hit: LawSearchHit) -> Node<HTML.ListContext> {
        let version = hit.version
        let link = version.isCurrent ? "/laws/\(version.workID)" : "/laws/\(version.workID)/versions/\(version.id)"
        var facts = [version.issuer, version.region].compactMap { $0 }
        if let promulgated = version.promulgatedOn { facts.append("公布 \(promulgated.iso)") }
        facts.append("施行 \(version.effectiveOn.iso)")
        if let number = version.documentNumber { facts.append(number) }
        return .li(
            .class("law-result"),
            .h2(
                .a(.href(link), .safe(version.fullTitle)),
                .text(" "),
                LawBadges.kind(version.kind),
                .text(" "),
                LawBadges.status(hit.status)),
            .p(.class("muted"), .safe(facts.joined(separator: " · "))),
            .unwrap(hit.snippet) { snippet in
                .p(
                    .class("snippet"),
                    .unwrap(hit.snippetArticle) { article in
                        .a(
                            .class("snippet-article"), .href("/laws/\(version.workID)/\(article.eid)"),
                            .safe(article.number))
                    },
                    .text(" "),
                    LawHighlight.snippet(snippet))
            })
    }

    private static func pager(_ page: LawSearchPage) -> Node<HTML.BodyContext> {
        let results = page.results
        guard results.pageCount > 1 else { return .empty }
        return .nav(
            .class("pager"), .attribute(named: "aria-label", value: "分页"),
            .if(results.page > 1, .a(.href(page.request.link(page: results.page - 1)), .safe("上一页"))),
            .span(.safe("第 \(results.page) / \(results.pageCount) 页")),
            .if(results.page < results.pageCount, .a(.href(page.request.link(page: results.page + 1)), .safe("下一页"))))
    }
}

/// The error and class of a field in the library's Node-built forms (inside a form, Plot types every child by the
/// form, so these are generic; whole fields are the shared `FormField` and `SelectField` components).
enum LawFormNodes {
    static func error<Context: HTML.BodyContext>(_ field: String, in errors: [FieldError]) -> Node<Context> {
        guard let message = errors.first(where: { $0.field == field })?.message else { return .empty }
        return .p(.class("field-error"), .id("f-\(field)-error"), .safe(message))
    }

    static func fieldClass(_ field: String, _ errors: [FieldError]) -> String {
        errors.contains { $0.field == field } ? "field has-error" : "field"
    }
}

/// The badges of a document's kind and status.
enum LawBadges {
    static func kind(_ kind: LawKind) -> Node<HTML.BodyContext> {
        .span(.class("badge badge-neutral"), .safe(kind.rawValue))
    }

    static func status(_ status: LawStatus) -> Node<HTML.BodyContext> {
        let tone =
            switch status {
            case .valid: "good"
            case .amended: "warn"
            case .repealed: "bad"
            case .notYetInForce: "info"
            case .expired: "neutral"
            }
        return .span(.class("badge badge-\(tone)"), .safe(status.rawValue))
    }
}

/// Matches marked with `<mark>`.
enum LawHighlight {
    static func pieces(_ pieces: [SearchSnippet.Piece]) -> Node<HTML.BodyContext> {
        .group(pieces.map { $0.isMatch ? .element(named: "mark", nodes: [.safe($0.text)]) : .safe($0.text) })
    }

    static func snippet(_ snippet: SearchSnippet) -> Node<HTML.BodyContext> {
        .group(
            .if(snippet.startsMidText, .text("…")),
            pieces(snippet.pieces),
            .if(snippet.endsMidText, .text("…")))
    }
}
