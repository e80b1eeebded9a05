import FazhiCore
import FazhiStore
import Fluent
import Plot

/// 版本对照: two versions of a work side by side, article by article, with the words that changed marked.
struct LawComparePage {
    let work: LawWork
    let old: LawVersionSummary
    let new: LawVersionSummary
    let rows: [ComparedArticle]
    let showUnchanged: Bool

    static func query(
        workID: Int, fromText: String?, toText: String?, showUnchanged: Bool, on db: any Database
    ) async throws -> LawComparePage {
        let library = LawRepository(db: db)
        guard let work = try await library.work(workID) else { throw DomainError.notFound("文件库中没有这个文件") }
        let versions = try await library.versions(ofWork: workID)
        func pick(_ text: String?, field: String) throws -> LawVersionSummary {
            guard let text, let id = Int(text) else {
                throw DomainError.invalid(field, "请指定要对照的版本（\(field) 为版本编号）")
            }
            guard let version = versions.first(where: { $0.id == id }) else {
                throw DomainError.invalid(field, "版本 \(id) 不是《\(work.title)》的版本")
            }
            return version
        }
        let old = try pick(fromText, field: "from")
        let new = try pick(toText, field: "to")
        let rows = ArticleComparison.compare(
            old: try await Self.articles(of: old.id, in: library), new: try await Self.articles(of: new.id, in: library)
        )
        return LawComparePage(work: work, old: old, new: new, rows: rows, showUnchanged: showUnchanged)
    }

    static func articles(of versionID: Int, in library: LawRepository) async throws -> [ArticleText] {
        try await library.provisions(ofVersion: versionID).filter { $0.level == .article }.map {
            ArticleText(eid: $0.eid, number: $0.number, text: $0.text)
        }
    }

    func count(_ change: ComparedArticle.Change) -> Int { rows.filter { $0.change == change }.count }

    static func view(_ page: LawComparePage, _ context: PageContext) -> PageHTML {
        let title = "《\(page.work.title)》版本对照"
        let shown = page.showUnchanged ? page.rows : page.rows.filter { $0.change != .unchanged }
        let base = "/laws/\(page.work.id)/compare?from=\(page.old.id)&to=\(page.new.id)"
        return Layout.page(
            context, title: title,
            body: .group(
                .p(
                    .class("breadcrumb"), .a(.href("/laws"), .safe("文件库")), .text(" › "),
                    .a(.href("/laws/\(page.work.id)"), .safe(page.work.title))),
                .h1(.safe(title)),
                .p(
                    .safe(
                        "\(page.old.versionDate.iso)版（\(page.old.effectiveOn.iso)起施行） → \(page.new.versionDate.iso)版（\(page.new.effectiveOn.iso)起施行）"
                    )),
                .p(
                    .class("muted"),
                    .safe(
                        "修改 \(page.count(.changed)) 条，新增 \(page.count(.added)) 条，删除 \(page.count(.removed)) 条，"
                            + "未变 \(page.count(.unchanged)) 条。条文按内容对应（修订后条号变动的仍对应到原条）。"),
                    .text(" "),
                    page.showUnchanged
                        ? .a(.href(base), .safe("只看变化的条文")) : .a(.href(base + "&all=1"), .safe("显示全部条文"))),
                .table(
                    .class("table compare"),
                    .thead(
                        .tr(
                            .th(.safe("原条号")), .th(.safe("新条号")), .th(.safe("变化")),
                            .th(.safe("条文（删除的文字划线，新增的文字标出）")))),
                    .tbody(.forEach(shown) { row($0) }))))
    }

    private static func row(_ row: ComparedArticle) -> Node<HTML.TableContext> {
        let label: (String, String) =
            switch row.change {
            case .unchanged: ("未变", "neutral")
            case .changed: ("修改", "warn")
            case .added: ("新增", "good")
            case .removed: ("删除", "bad")
            }
        return .tr(
            .td(.safe(row.oldNumber ?? "—")),
            .td(.safe(row.newNumber ?? "—")),
            .td(.span(.class("badge badge-\(label.1)"), .safe(label.0))),
            .td(
                .class("diff"),
                .forEach(row.pieces) { piece in
                    switch piece.kind {
                    case .same: .safe(piece.text)
                    case .inserted: .element(named: "ins", nodes: [.safe(piece.text)])
                    case .deleted: .element(named: "del", nodes: [.safe(piece.text)])
                    }
                }))
    }
}
