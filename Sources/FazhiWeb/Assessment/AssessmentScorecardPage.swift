import FazhiCore
import FazhiStore
import Foundation
import Plot

/// A unit's scorecard: every indicator with its points, the figure or the self-assessment and evidence, the
/// review; the unit's forms while it may self-assess, the office's while it reviews.
enum AssessmentScorecardPage {
    static func view(_ card: AssessmentScorecard, mayReview: Bool, errors: [FieldError], _ context: PageContext)
        -> PageHTML
    {
        let base = "/assessments/rounds/\(card.round.id)/units/\(card.unit.organisationID)"
        let maySelfAssess =
            card.unit.inScope && card.unit.status.allowedTransitions(in: card.round.status).contains(.submitted)
        let reviewing =
            mayReview && card.round.status == .review
            && (card.unit.status == .submitted || card.unit.status == .reviewed)
        return Layout.page(context, title: "\(card.unit.name) · \(card.round.title)") {
            Paragraph { Link("← \(card.round.title)", url: "/assessments/rounds/\(card.round.id)") }
            H1(card.unit.name)
            Paragraph {
                Text("\(card.round.title)　")
                Badge(text: card.unit.status.label, tone: card.unit.status == .reviewed ? .good : .info)
                Text(
                    "　得分：\(card.card.final?.text ?? "—")（满分\(card.round.system.total.text)，待评分\(card.card.total.pending)项）"
                )
            }.class("lead")
            ErrorSummary(errors: errors)
            for line in card.card.lines {
                if let indicator = card.round.system.indicator(code: line.code) {
                    if indicator.isLeaf {
                        leaf(
                            card, indicator, line, base: base, maySelfAssess: maySelfAssess, reviewing: reviewing,
                            errors: errors, context)
                    } else {
                        Paragraph(
                            "\(line.code)　\(line.name)　\(line.subtotal.earned.text) / \(line.subtotal.maxPoints.text)分"
                        )
                        .class(line.level == 1 ? "scorecard-area" : "scorecard-group")
                    }
                }
            }
            if maySelfAssess {
                Form(url: base + "/submit", method: .post) {
                    CSRFField(token: context.csrf)
                    Button("提交自评").attribute(named: "type", value: "submit").class("button")
                }
            }
            if mayReview && card.round.status == .review {
                Div {
                    for next in card.unit.status.allowedTransitions(in: card.round.status) {
                        Form(url: base + "/decision", method: .post) {
                            CSRFField(token: context.csrf)
                            Input(type: .hidden, name: "status", value: next.rawValue)
                            Button(next == .reviewed ? "审核完毕" : "退回补充").attribute(named: "type", value: "submit")
                                .class(next == .reviewed ? "button" : "button button-secondary")
                        }.class("inline-form")
                    }
                }.class("actions")
            }
        }
    }

    private static func leaf(
        _ card: AssessmentScorecard, _ indicator: Indicator, _ line: UnitScorecard.Line, base: String,
        maySelfAssess: Bool, reviewing: Bool, errors: [FieldError], _ context: PageContext
    ) -> Component {
        let entry = card.entries[indicator.code]
        let score = line.score
        return Div {
            H3("\(indicator.code)　\(indicator.name)（\(indicator.points.text)分）")
            Paragraph(AssessmentText.method(indicator)).class("muted")
            if !indicator.criteria.isEmpty { Paragraph("评分标准：\(indicator.criteria)") }
            if let count = card.figures[indicator.code] {
                Paragraph {
                    Text("平台数据：")
                    Link(count.value.text, url: base + "/figures/\(indicator.code)")
                }
            }
            Paragraph {
                Text("得分：")
                Span(score?.points?.text ?? (score.map { $0.isPending ? "待评分" : "不适用" } ?? "待评分")).class("strong")
                Text("　\(score?.explanation ?? "")")
            }
            if let entry {
                if let points = entry.selfPoints { Paragraph("自评分：\(points.text)") }
                if let comment = entry.selfComment, !comment.isEmpty { Paragraph("自评说明：\(comment)") }
                if !entry.evidence.isEmpty {
                    List(entry.evidence) { file in
                        ListItem {
                            Link(file.name, url: base + "/evidence/\(file.sha256)")
                            Text("（SHA-256 ")
                            Span(String(file.sha256.prefix(16)) + "…").class("mono")
                            Text("）")
                        }
                    }.class("evidence")
                }
                if let review = entry.review, !review.comment.isEmpty {
                    Paragraph("审核意见（\(entry.reviewerName ?? "")）：\(review.comment)")
                }
            }
            if maySelfAssess {
                // Folded, so that a system of a hundred indicators reads as a list; open where an error is.
                Foldable(
                    summary: "填写自评", open: errors.contains { $0.field.hasPrefix(indicator.code + ".") },
                    content: selfForm(indicator, base: base, errors: errors, context))
            }
            if reviewing, indicator.method?.metricCode == nil || card.figures[indicator.code]?.value.hasData != true {
                Foldable(
                    summary: "审核评分", open: errors.contains { $0.field == "\(indicator.code).review" },
                    content: reviewForm(indicator, entry: entry, base: base, errors: errors, context))
            }
        }.class("card scorecard-item").id("i-\(indicator.code)")
    }

    private static func selfForm(_ indicator: Indicator, base: String, errors: [FieldError], _ context: PageContext)
        -> Component
    {
        let mine = errors.filter { $0.field.hasPrefix(indicator.code + ".") }
        return Form(url: base + "/self", method: .post, contentType: .multipartData) {
            CSRFField(token: context.csrf)
            Input(type: .hidden, name: "code", value: indicator.code)
            if case .manual = indicator.method {
                FormField(
                    label: "自评分", name: "points", hint: "0至\(indicator.points.text)分",
                    errors: rename(mine, "self", "points"))
            }
            TextAreaField(label: "自评说明", name: "comment", errors: rename(mine, "comment", "comment"))
            Div {
                Label("佐证材料" + (indicator.evidence.isEmpty ? "" : "（\(indicator.evidence)）")) {}
                    .attribute(named: "for", value: "f-\(indicator.code)")
                Input(type: .file, name: "files[]").id("f-\(indicator.code)").attribute(
                    named: "multiple", value: "multiple")
                if let error = mine.first(where: { $0.field.hasSuffix(".evidence") || $0.field == "files" }) {
                    Paragraph(error.message).class("field-error")
                }
            }.class("field")
            Button("保存自评").attribute(named: "type", value: "submit").class("button button-secondary")
        }.class("form")
    }

    private static func reviewForm(
        _ indicator: Indicator, entry: AssessmentEntry?, base: String, errors: [FieldError], _ context: PageContext
    ) -> Component {
        let mine = rename(errors.filter { $0.field == "\(indicator.code).review" }, "review", "points")
        return Form(url: base + "/review", method: .post) {
            CSRFField(token: context.csrf)
            Input(type: .hidden, name: "code", value: indicator.code)
            FormField(
                label: "审核得分", name: "points",
                value: { if case .points(let p, _)? = entry?.review { return p.text } else { return "" } }(),
                hint: "0至\(indicator.points.text)分；扣分须写明理由", errors: mine)
            TextAreaField(label: "审核意见", name: "comment", value: entry?.review?.comment ?? "")
            Checkbox(label: "认定不适用（不计入，得分折算）", name: "notApplicable")
            Button("保存评分").attribute(named: "type", value: "submit").class("button button-secondary")
        }.class("form")
    }

    /// Field errors of an indicator (`1.2.self`) as the form's own field (`points`).
    private static func rename(_ errors: [FieldError], _ suffix: String, _ field: String) -> [FieldError] {
        errors.filter { $0.field.hasSuffix("." + suffix) }.map { FieldError(field, $0.message) }
    }
}
