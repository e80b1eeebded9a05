import FazhiCore
import FazhiStore
import Plot

/// A round: its stage and the next ones, each unit with its status, score by 一级指标 and rank.
enum AssessmentRoundPage {
    static func view(_ round: AssessmentRoundRow, results: [AssessmentResult], mayDecide: Bool, _ context: PageContext)
        -> PageHTML
    {
        let areas = round.system.indicators
        return Layout.page(context, title: round.title) {
            Paragraph { Link("← 考核评价", url: "/assessments") }
            H1(round.title)
            Paragraph {
                Text(
                    "\(round.organisationName)组织　考核期间 \(round.period.text)　指标体系「\(round.system.name)」\(round.system.total.text)分　"
                )
                Badge(text: round.status.label, tone: round.status == .published ? .good : .info)
            }.class("lead")
            if mayDecide && !round.status.allowedTransitions.isEmpty {
                Div {
                    for next in round.status.allowedTransitions {
                        Form(url: "/assessments/rounds/\(round.id)/status", method: .post) {
                            CSRFField(token: context.csrf)
                            Input(type: .hidden, name: "status", value: next.rawValue)
                            Button(transition(round.status, next)).attribute(named: "type", value: "submit")
                                .class(next == .published ? "button" : "button button-secondary")
                        }.class("inline-form")
                    }
                }.class("actions")
            }
            H2("各单位得分")
            Table(
                header: TableRow {
                    TableHeaderCell("排名")
                    TableHeaderCell("单位")
                    TableHeaderCell("状态")
                    for area in areas { TableHeaderCell("\(area.name)（\(area.points.text)）") }
                    TableHeaderCell("得分")
                    TableHeaderCell("待评分")
                }
            ) {
                for result in results {
                    TableRow {
                        TableCell(result.rank.map(String.init) ?? "—")
                        TableCell {
                            // Published results list every unit; a unit opens only its own scorecard.
                            if mayDecide || result.unit.inScope {
                                Link(
                                    result.unit.name,
                                    url: "/assessments/rounds/\(round.id)/units/\(result.unit.organisationID)")
                            } else {
                                Text(result.unit.name)
                            }
                        }
                        TableCell(
                            Badge(
                                text: result.unit.status.label, tone: result.unit.status == .reviewed ? .good : .neutral
                            ))
                        for line in result.card.lines(level: 1) { TableCell(line.subtotal.earned.text) }
                        TableCell(result.card.final?.text ?? "—").class("strong")
                        TableCell("\(result.card.total.pending)")
                    }
                }
            }.class("table")
            Paragraph(
                "得分 = 各指标得分之和；认定不适用的指标不计，得分按「实得分 ÷ 适用指标分值 × 总分」折算。仍有待评分指标的单位不计得分、不排名。"
            ).class("definitions muted")
        }
    }

    private static func transition(_ from: AssessmentRoundStatus, _ to: AssessmentRoundStatus) -> String {
        switch (from, to) {
        case (.draft, .selfAssessment): "开始自评"
        case (.selfAssessment, .review): "结束自评，开始审核"
        case (.review, .selfAssessment): "重新开放自评"
        case (.review, .published): "公布结果"
        default: to.label
        }
    }
}
