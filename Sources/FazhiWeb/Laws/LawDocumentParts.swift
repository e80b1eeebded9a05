import FazhiCore
import FazhiStore
import Plot

/// The parts of `LawDocumentPage`: the tools above the text, the versions, the search within, the contents and the
/// text itself.
enum LawDocumentParts {
    /// The day form (text in force on a day), the search within the document, and the exports.
    static func toolbar(_ page: LawDocumentPage) -> Node<HTML.BodyContext> {
        let summary = page.summary
        return .div(
            .class("law-tools"),
            .form(
                .class("inline-fields"), .action(page.basePath), .method(.get),
                .div(
                    .class(LawFormNodes.fieldClass("asOf", page.errors)),
                    .label(.for("f-asOf"), .safe("查看某日有效的文本")),
                    .input(
                        .attribute(named: "type", value: "date"), .name("asOf"), .id("f-asOf"),
                        .value(page.asOf?.iso ?? "")),
                    .button(.type(.submit), .class("button button-small"), .safe("查看")),
                    LawFormNodes.error("asOf", in: page.errors))),
            .form(
                .class("inline-fields"), .action(page.version.summary.isCurrent ? page.basePath : versionPath(page)),
                .method(.get),
                .div(
                    .class(LawFormNodes.fieldClass("q", page.errors)),
                    .label(.for("f-q"), .safe("在本文件中检索")),
                    .input(
                        .attribute(named: "type", value: "search"), .name("q"), .id("f-q"),
                        .value(page.search?.text ?? "")),
                    .if(page.asOf != nil, .input(.type(.hidden), .name("asOf"), .value(page.asOf?.iso ?? ""))),
                    .button(.type(.submit), .class("button button-small"), .safe("检索")),
                    LawFormNodes.error("q", in: page.errors))),
            .p(
                .class("exports"),
                .a(.href("\(versionPath(page))/akn.xml"), .safe("导出 Akoma Ntoso XML")),
                .text(" · "),
                .a(.href("/api/v1/laws/\(summary.workID)/versions/\(summary.id)"), .safe("JSON"))))
    }

    static func versionPath(_ page: LawDocumentPage) -> String {
        "\(page.basePath)/versions/\(page.summary.id)"
    }

    /// Every version with its dates and status today, and the comparison of each with the one before it.
    static func versionTable(_ page: LawDocumentPage) -> Node<HTML.BodyContext> {
        guard page.versions.count > 1 else { return .empty }
        let versions = page.versions
        return .details(
            .class("versions"), .attribute(named: "open", value: "open"),
            .summary(.safe("版本（\(versions.count) 个）")),
            .table(
                .class("table"),
                .thead(
                    .tr(
                        .th(.safe("版本日期")), .th(.safe("施行日期")), .th(.safe("效力状态（\(page.statusDay.iso)）")),
                        .th(.safe("")))),
                .tbody(
                    .forEach(Array(versions.enumerated())) { index, version in
                        .tr(
                            .if(version.id == page.summary.id, .class("current-row")),
                            .td(.a(.href("\(page.basePath)/versions/\(version.id)"), .safe(version.versionDate.iso))),
                            .td(.safe(version.effectiveOn.iso)),
                            .td(LawBadges.status(version.status(on: page.statusDay))),
                            .td(
                                index == 0
                                    ? .empty
                                    : .a(
                                        .href(
                                            "\(page.basePath)/compare?from=\(versions[index - 1].id)&to=\(version.id)"),
                                        .safe("与上一版本对照"))))
                    })))
    }

    /// Articles of this version that contain the terms searched for.
    static func searchResults(_ page: LawDocumentPage) -> Node<HTML.BodyContext> {
        guard let search = page.search, page.errors.allSatisfy({ $0.field != "q" }) else { return .empty }
        return .section(
            .class("within-results"), .attribute(named: "aria-label", value: "本文件检索结果"),
            .h2(.safe("「\(search.text)」在本文件中：\(search.matches.count) 条")),
            .ol(
                .forEach(search.matches) { match in
                    .li(
                        .a(.href("#\(match.provision.eid)"), .safe(match.provision.number)),
                        .text(" "),
                        LawHighlight.pieces(match.pieces))
                }))
    }

    /// 目录: the headings, each linking to its place in the text.
    static func contents(_ page: LawDocumentPage) -> Node<HTML.BodyContext> {
        let headings = page.provisions.filter { $0.level != .article }
        guard !headings.isEmpty else { return .empty }
        return .details(
            .class("contents"),
            .summary(.safe("目录")),
            .ul(
                .forEach(headings) { heading in
                    .li(
                        .class("toc-\(heading.level.rawValue == "节" ? "section" : "part")"),
                        .a(
                            .href("#\(heading.eid)"),
                            .safe([heading.number, heading.heading ?? ""].joined(separator: " "))))
                }))
    }

    /// The text: preamble, headings and articles, every article and paragraph with its address as its id.
    static func text(_ page: LawDocumentPage) -> Node<HTML.BodyContext> {
        .article(
            .class("law-text"),
            .unwrap(page.version.preamble) { preamble in
                .div(.class("preamble"), .forEach(preamble.split(separator: "\n")) { .p(.safe(String($0))) })
            },
            .forEach(page.provisions) { provision in
                provision.level == .article ? article(provision, workID: page.work.id) : heading(provision)
            },
            .p(
                .class("muted source"),
                .safe("来源文件：\(page.version.sourcePath)，SHA-256 \(page.version.sourceSHA256)")))
    }

    private static func heading(_ provision: LawProvision) -> Node<HTML.BodyContext> {
        let text = [provision.number, provision.heading ?? ""].filter { !$0.isEmpty }.joined(separator: " ")
        switch provision.level {
        case .book, .subBook: return .h2(.id(provision.eid), .class("law-heading"), .safe(text))
        case .chapter: return .h3(.id(provision.eid), .class("law-heading"), .safe(text))
        default: return .h4(.id(provision.eid), .class("law-heading"), .safe(text))
        }
    }

    static func article(_ provision: LawProvision, workID: Int) -> Node<HTML.BodyContext> {
        let body = LawArticleBody(articleEid: provision.eid, text: provision.text)
        return .div(
            .class("law-article"), .id(provision.eid),
            .forEach(Array(body.paragraphs.enumerated())) { index, paragraph in
                .group(
                    .p(
                        .id(paragraph.eid),
                        .if(
                            index == 0,
                            .a(
                                .class("article-number"), .href("/laws/\(workID)/\(provision.eid)"),
                                .safe(provision.number))),
                        .if(index == 0, .text(" ")),
                        .safe(paragraph.text)),
                    .forEach(paragraph.items) { item in
                        .p(.id(item.eid), .class("law-item"), .safe(item.text))
                    })
            })
    }
}
