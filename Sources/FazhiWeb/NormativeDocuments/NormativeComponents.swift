import FazhiCore
import FazhiStore
import Plot

/// Small pieces the pages of normative documents share, in the workbench and on the public side.
enum NormativeComponents {
    /// A document's stage as a badge: settled green, waiting on someone amber, under way blue.
    static func stage(_ stage: NormativeStage) -> Component {
        let tone: Badge.Tone =
            switch stage {
            case .closed: .good
            case .withdrawn: .neutral
            case .correcting, .supplementing, .handlingReported: .warn
            default: .info
            }
        return Badge(text: stage.label, tone: tone)
    }

    /// 效力状态 as a badge, coloured as the law library colours it.
    static func status(_ status: LawStatus?) -> Component {
        guard let status else { return Text("—") }
        let tone: Badge.Tone =
            switch status {
            case .valid: .good
            case .amended: .warn
            case .repealed: .bad
            case .notYetInForce: .info
            case .expired: .neutral
            }
        return Badge(text: status.rawValue, tone: tone)
    }

    /// Previous and next links of a paged list whose page addresses `link` builds.
    static func pager(page: Int, total: Int, perPage: Int, link: @escaping (Int) -> String) -> Component {
        let pages = max(1, (total + perPage - 1) / perPage)
        guard pages > 1 else { return EmptyComponent() }
        return Navigation {
            if page > 1 { Link("上一页", url: link(page - 1)) }
            Span("第 \(page) / \(pages) 页")
            if page < pages { Link("下一页", url: link(page + 1)) }
        }.class("pager").accessibilityLabel("分页")
    }

    /// A document's text, one paragraph per line, as drafted (no markup is read from it).
    static func text(_ body: String) -> Component {
        Div {
            for line in body.split(separator: "\n", omittingEmptySubsequences: true) {
                Paragraph(String(line))
            }
        }.class("normative-text")
    }

    /// The document's number, or a dash while it has none.
    static func number(_ document: NormativeDocumentRow) -> String { document.documentNumber ?? "—" }

    /// 「2026-12-01」 or a dash.
    static func day(_ day: CivilDate?) -> String { day?.iso ?? "—" }
}
