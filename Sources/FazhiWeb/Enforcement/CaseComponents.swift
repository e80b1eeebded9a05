import FazhiCore
import FazhiStore
import Plot

/// Small pieces the enforcement pages share: stage and severity badges, penalties and sources in words.
enum CaseComponents {
    /// A case's stage as a badge: ended green or grey, waiting on the party or a deadline amber, under way blue.
    static func stage(_ stage: CaseStage) -> Component {
        let tone: Badge.Tone =
            switch stage {
            case .closed: .good
            case .withdrawn, .transferred: .neutral
            case .suspended, .hearing: .warn
            default: .info
            }
        return Badge(text: stage.label, tone: tone)
    }

    /// An alert's severity: 严重 red, 一般 amber, 提示 grey.
    static func severity(_ severity: CaseFinding.Severity) -> Component {
        let tone: Badge.Tone =
            switch severity {
            case .high: .bad
            case .medium: .warn
            case .low: .neutral
            }
        return Badge(text: severity.label, tone: tone)
    }

    /// The penalties in the order of 第九条, with the fine: 「警告、通报批评；罚款（3000元）」, or a dash.
    static func penalties(_ kinds: Set<PenaltyKind>, fineFen: Int64) -> String {
        let names = PenaltyKind.allCases.filter(kinds.contains).map { kind in
            kind == .fine && fineFen > 0 ? "\(kind.label)（\(Money.text(fineFen))）" : kind.label
        }
        return names.isEmpty ? "—" : names.joined(separator: "；")
    }

    /// Where a step came from: typed on a page, sent through the API, or by the agency's own system.
    static func source(_ source: String) -> String {
        switch source {
        case "page": "页面录入"
        case "api": "接口提交"
        case "ingest": "系统对接"
        default: source
        }
    }

    /// A due day, red with the days past when it has passed.
    static func due(_ day: String?, today: CivilDate) -> Component {
        guard let day, let due = CivilDate(iso: day) else { return Text("—") }
        return ComponentGroup {
            Span(due.iso).class("mono")
            if due < today { Badge(text: "已超期\(today.dayNumber - due.dayNumber)日", tone: .bad) }
        }
    }

    /// The yes/no choices of a form's select.
    static let yesNo: [(value: String, title: String)] = [("true", "是"), ("false", "否")]
}
