import FazhiCore
import FazhiStore
import Foundation
import Plot

/// `/enforcement/{id}`: one case: its facts, the running deadline with 「期限如何计算」, the step the member may take
/// next (one form at a time, `?step=`), the history with each step's officers, source and files, the alerts it
/// raised, and its publicity.
enum CasePage {
    struct Model {
        var row: CaseRow
        var events: [CaseEventRow]
        /// The running limit computed from the facts (`CaseFacts.runningLimit`), nil when none runs.
        var deadline: Deadline?
        var actions: [CaseAction]
        var alerts: [EnforcementAlertRow]
        var publication: PublicationRow?
        /// Whether the member handles cases (and so may publish and withdraw).
        var handles: Bool
        /// Whether the member may issue a supervision notice (督办) on the case (司法行政, admin).
        var supervises = false
        /// The transfers of suspected crimes (两法衔接) reported from this case.
        var transfers: [TransferRow] = []
        var today: CivilDate
        /// What the member posted, with its refusal (or `?step=` alone).
        var posted = Posted()

        /// A form as posted and what was wrong with it: the step form, or one of the publicity forms.
        struct Posted {
            var form = CaseStepForm()
            var errors: [FieldError] = []
            /// A refusal that names no field (the case's state, a rule of law).
            var problem: String? = nil
            /// `publish` or `withdraw` when a publicity form was refused.
            var publicityAction: String? = nil
            var publicity = CasePublicityForm()
            var publicityErrors: [FieldError] = []
        }

        var form: CaseStepForm { posted.form }
        var errors: [FieldError] { posted.errors }
        var problem: String? { posted.problem }
        var publicityAction: String? { posted.publicityAction }
        var publicity: CasePublicityForm { posted.publicity }
        var publicityErrors: [FieldError] { posted.publicityErrors }

        /// The order a step is offered in when none is asked for: the usual next step before the others.
        static let preference: [CaseAction] = [
            .investigate, .decide, .holdHearing, .legalReview, .serve, .execute, .close, .resume, .notify,
            .submitLegalReview, .discuss, .requestHearing, .suspend, .transfer, .withdraw,
        ]

        /// The step whose form is shown: the one asked for (or just tried), else the usual next one.
        var selectedAction: CaseAction? {
            if let asked = form.action.flatMap(CaseAction.init(rawValue:)), actions.contains(asked) { return asked }
            return Self.preference.first(where: actions.contains) ?? actions.first
        }

        var facts: CaseFacts { row.facts }

        /// Whether the decision imposed a penalty, so it is published.
        var decidedWithPenalty: Bool { facts.decidedOn != nil && !facts.noPenalty && !facts.penalties.isEmpty }
    }

    static func view(_ model: Model, _ context: PageContext) -> PageHTML {
        let row = model.row
        return Layout.page(context, title: "案件 \(row.reference)") {
            Paragraph { Link("← 行政执法案件", url: "/enforcement") }
            H1("案件 \(row.reference)")
            Paragraph {
                Badge(text: row.facts.procedure.label, tone: .neutral)
                Text(" ")
                CaseComponents.stage(row.stage)
                if let due = row.dueOn.flatMap(CivilDate.init(iso:)), due < model.today {
                    Badge(text: "当前期限已超期", tone: .bad)
                }
                if !model.alerts.filter({ $0.closedAt == nil }).isEmpty {
                    Badge(text: "预警\(model.alerts.filter { $0.closedAt == nil }.count)条", tone: .warn)
                }
            }
            facts(model)
            if let deadline = model.deadline { deadlineBox(deadline, row: row, today: model.today) }
            CaseNewPage.problemBox(model.problem)
            if let action = model.selectedAction { steps(model, action: action, context) }
            H2("办理过程（\(model.events.count)）")
            for event in model.events { CaseHistory.card(event, caseID: model.row.id) }
            CaseHistory.alerts(model.alerts, caseID: row.id)
            if model.supervises {
                Paragraph {
                    Link("督办本案", url: "/enforcement/supervision/new?case=\(row.id)").class("button button-small")
                }
            }
            TransferListPage.caseBlock(
                model.transfers, caseID: row.id, mayReport: model.handles, today: model.today)
            CasePublicityView(model: model, csrf: context.csrf)
        }
    }

    private static func facts(_ model: Model) -> Component {
        let row = model.row
        let facts = model.facts
        return Table {
            cell("执法主体", row.organisationName)
            cell("当事人", [facts.party?.kind.label, row.partyName].compactMap { $0 }.joined(separator: "　"))
            if let identifier = facts.party?.identifier { cell("证件号码", identifier) }
            if let address = facts.party?.address { cell("地址", address) }
            cell("执法事项", row.matterName.isEmpty ? row.matterCode : "\(row.matterName)（\(row.matterCode)）")
            cell("程序", facts.procedure.label)
            cell("阶段", row.stage.label)
            if let violation = facts.violationOn { cell("违法行为日期", violation.iso) }
            cell(facts.procedure == .general ? "立案日期" : "处罚日期", row.filedOn)
            if let notice = facts.noticeOn {
                cell("告知日期", "\(notice.iso)\(facts.hearingRightGiven ? "，已告知听证权利" : "")")
            }
            if facts.heard { cell("听证", "已举行") }
            if facts.legalReviewPassed { cell("法制审核", "通过") }
            if facts.discussed { cell("集体讨论", "已讨论") }
            if !facts.penalties.isEmpty || facts.noPenalty {
                cell(
                    facts.decidedOn == nil ? "拟处罚" : "处罚",
                    facts.noPenalty ? "不予行政处罚" : CaseComponents.penalties(facts.penalties, fineFen: facts.fineFen))
            }
            if let circumstance = facts.circumstance { cell("裁量情节", circumstance) }
            if let decided = facts.decidedOn { cell("决定日期", decided.iso) }
            if let number = facts.decisionNumber { cell("决定书文号", number) }
            if let served = facts.servedOn { cell("送达日期", served.iso) }
            if let closed = facts.closedOn { cell("结案日期", closed.iso) }
        }.class("table facts")
    }

    private static func cell(_ label: String, _ value: String) -> Component {
        HeadedRow(header: label) { TableCell(value) }
    }

    private static func deadlineBox(_ deadline: Deadline, row: CaseRow, today: CivilDate) -> Component {
        Div {
            Paragraph {
                Span("当前期限：").class("strong")
                Text("\(deadline.title) ")
                if let due = deadline.due {
                    CaseComponents.due(due.iso, today: today)
                } else {
                    Badge(text: "期限中止", tone: .warn)
                }
            }
            Foldable(
                summary: "期限如何计算",
                content: List(deadline.explanation) { line in ListItem(line) }.class("explanation"))
        }.class("card")
    }

    private static func steps(_ model: Model, action: CaseAction, _ context: PageContext) -> Component {
        Div {
            H2("办理")
            if model.actions.count > 1 {
                Paragraph {
                    Text("可办理：")
                    for other in model.actions {
                        if other == action {
                            Span(other.label).class("strong")
                        } else {
                            Link(other.label, url: "/enforcement/\(model.row.id)?step=\(other.rawValue)")
                        }
                        Text("　")
                    }
                }
            }
            ErrorSummary(errors: model.form.action == action.rawValue ? model.errors : [])
            if [.suspend, .transfer, .withdraw].contains(action) && model.form.action == nil {
                // Steps that stop or end the case are never the form that greets the user.
                Foldable(
                    summary: action.label, content: CaseStepFormView(model: model, action: action, csrf: context.csrf))
            } else {
                CaseStepFormView(model: model, action: action, csrf: context.csrf)
            }
        }
    }
}
