import FazhiCore
import FazhiStore
import Foundation
import Plot

/// The publicity block of a case page (执法公示): once decided with a penalty, the decision is published with a
/// summary (personal data of a natural person masked when it is written); a published decision shows what the
/// public sees and may be withdrawn when the decision is changed or revoked (行政处罚法 第四十八条).
struct CasePublicityView: Component {
    let model: CasePage.Model
    let csrf: String

    func errors(for action: String) -> [FieldError] {
        model.publicityAction == action ? model.publicityErrors : []
    }

    var body: Component {
        Div {
            H2("执法公示")
            if let publication = model.publication {
                if let withdrawn = publication.withdrawnOn {
                    Paragraph("公示信息已于\(withdrawn)撤回。撤回理由：\(publication.withdrawReason ?? "")").class("muted")
                } else {
                    published(publication)
                    if model.handles { withdrawForm }
                }
            } else if model.decidedWithPenalty {
                Paragraph {
                    Text("尚未公示。")
                    if let due = model.row.publicityDue {
                        Text("应于 ")
                        CaseComponents.due(due, today: model.today)
                        Text(" 前公示（自作出决定之日起的工作日计算）。")
                    }
                }
                if model.handles { publishForm }
            } else if model.facts.noPenalty {
                Paragraph("不予行政处罚的决定不公示。").class("muted")
            } else {
                Paragraph("作出行政处罚决定后公示。").class("muted")
            }
        }.id("publicity")
    }

    private func published(_ publication: PublicationRow) -> Component {
        Div {
            Paragraph {
                Text("已于\(publication.publishedOn)公示：")
                Link("查看公开页面", url: "/publicity/\(publication.id)")
            }
            EnforcementPublicDecisionPage.facts(publication)
        }.class("card")
    }

    private var publishForm: Component {
        let errors = self.errors(for: "publish")
        return Form(url: "/enforcement/\(model.row.id)/publication", method: .post) {
            CSRFField(token: csrf)
            ErrorSummary(errors: errors)
            TextAreaField(
                label: "公示摘要（违法事实与处罚理由）", name: "summary", value: model.publicity.summary ?? "", required: true,
                hint: "公开的是执法主体、决定书文号、当事人、事项、处罚和本摘要。当事人是自然人的，姓名、身份证号码、手机号码和住址在公开时遮蔽。",
                errors: errors)
            Button("公示处罚决定").attribute(named: "type", value: "submit").class("button")
        }.class("form")
    }

    private var withdrawForm: Component {
        let errors = self.errors(for: "withdraw")
        return Foldable(
            summary: "撤回公示", open: !errors.isEmpty,
            content: Form(url: "/enforcement/\(model.row.id)/publication/withdraw", method: .post) {
                CSRFField(token: csrf)
                ErrorSummary(errors: errors)
                Paragraph("处罚决定被依法变更、撤销、确认违法或者确认无效的，应当在三日内撤回公示信息并公开说明理由（行政处罚法第四十八条第二款）。")
                    .class("hint")
                FormField(
                    label: "决定被变更、撤销或确认违法、无效的日期", name: "changedOn",
                    value: model.publicity.changedOn ?? model.today.iso, type: .date, required: true, errors: errors)
                TextAreaField(
                    label: "撤回理由（公开）", name: "reason", value: model.publicity.reason ?? "", required: true,
                    errors: errors)
                Button("撤回公示").attribute(named: "type", value: "submit").class("button button-danger")
            }.class("form"))
    }
}
