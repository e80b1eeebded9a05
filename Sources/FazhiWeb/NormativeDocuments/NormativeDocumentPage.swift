import FazhiCore
import FazhiStore
import Foundation
import Plot

/// One document: where it stands, its current deadline with how it was computed, the step the member may take
/// next, its history with the files of each step, and its text.
enum NormativeDocumentPage {
    struct Model {
        var document: NormativeDocumentRow
        var events: [NormativeEventRow]
        /// The current step's deadline with its explanation (`NormativeRepository.currentDeadline`).
        var deadline: Deadline?
        var policy: NormativePolicy
        var actions: [NormativeAction]
        var mayRevise: Bool
        var today: CivilDate
        var calendar: HolidayCalendar
        var form: NormativeController.StepForm
        var revision: NormativeController.ReviseForm?
        var errors: [FieldError]

        /// The step whose form is shown: the one asked for (or just tried), else the first open to the member.
        var selectedAction: NormativeAction? {
            form.action.flatMap(NormativeAction.init(rawValue:)).flatMap { actions.contains($0) ? $0 : nil }
                ?? actions.first
        }
    }

    static func view(_ model: Model, _ context: PageContext) -> PageHTML {
        let document = model.document
        return Layout.page(context, title: document.title) {
            Paragraph { Link("← 规范性文件", url: "/normative") }
            H1(document.title)
            Paragraph {
                Badge(text: document.kind.label, tone: .neutral)
                NormativeComponents.stage(document.stage)
                if document.stage.isPublished { NormativeComponents.status(document.status(on: model.today)) }
                if document.isOverdue(on: model.today) { Badge(text: "当前环节已逾期", tone: .bad) }
            }
            facts(model)
            links(document)
            if let deadline = model.deadline { deadlineBox(deadline, document: document, today: model.today) }
            ErrorSummary(errors: model.errors)
            if let action = model.selectedAction {
                H2("办理")
                if model.actions.count > 1 {
                    Paragraph {
                        Text("可办理：")
                        for other in model.actions {
                            if other == action {
                                Span(other.label).class("strong")
                            } else {
                                Link(other.label, url: "/normative/\(document.id)?step=\(other.rawValue)")
                            }
                            Text("　")
                        }
                    }
                }
                if action == .withdraw && model.form.action == nil {
                    // Withdrawing ends the draft: never the form that greets the user.
                    Foldable(
                        summary: action.label,
                        content: NormativeStepFormView(model: model, action: action, csrf: context.csrf))
                } else {
                    NormativeStepFormView(model: model, action: action, csrf: context.csrf)
                }
            }
            H2("办理过程（\(model.events.count)）")
            if model.events.isEmpty { Paragraph("尚无办理记录。").class("muted") }
            for event in model.events { eventCard(event, documentID: document.id) }
            H2("正文")
            NormativeComponents.text(document.body)
            if model.mayRevise { reviseForm(model, context) }
        }
    }

    private static func facts(_ model: Model) -> Component {
        let document = model.document
        return Table {
            row("起草单位", document.organisationName)
            row("文号", document.documentNumber ?? "尚未编号")
            if let published = document.publishedOn { row("印发日期", published.iso) }
            if let effective = document.effectiveOn { row("施行日期", effective.iso) }
            if let expires = document.expiresOn { row("有效期至", expires.iso) }
            if let opens = document.commentOpensOn, let closes = document.commentClosesOn {
                row("公开征求意见", "\(opens.iso) 至 \(closes.iso)")
            }
            if let opinion = document.legalityOpinion {
                row("合法性审核", "\(opinion.label)（\(document.legalityReviewedOn?.iso ?? "")）")
            }
            if let meeting = document.deliberationMeeting {
                row("集体审议", "\(meeting)（\(document.deliberatedOn?.iso ?? "")）")
            }
            if let due = document.filingDue { row("报送备案期限", "\(due.iso)前") }
            if let filed = document.filedOn {
                let onTime = document.filedOnTime(today: model.today) == true ? "按时报备" : "逾期报备"
                row("报送备案", "\(filed.iso)，\(onTime)，报\(document.filingOrganisationName ?? "")")
            }
            if let registered = document.registeredOn { row("备案登记", registered.iso) }
            if let outcome = document.reviewOutcome {
                row("审查结论", "\(outcome.label)（\(document.reviewedOn?.iso ?? "")）")
            }
            if let decision = document.decision { row("处理结果", "\(decision.label)（\(document.decidedOn?.iso ?? "")）") }
        }.class("table facts")
    }

    private static func row(_ label: String, _ value: String) -> Component {
        HeadedRow(header: label) { TableCell(value) }
    }

    private static func links(_ document: NormativeDocumentRow) -> Component {
        Paragraph {
            if document.stage.isPublished {
                Link("公开页面", url: "/documents/\(document.id)")
                Text("　·　")
                Link("有效期评估", url: "/normative/\(document.id)/expiry")
            }
            if let work = document.lawWorkID {
                Text("　·　")
                Link("法规库中的文本", url: "/laws/\(work)")
            }
            if document.commentOpensOn != nil {
                if document.stage.isPublished || document.lawWorkID != nil { Text("　·　") }
                Link("收到的公众意见", url: "/normative/\(document.id)/comments")
            }
        }
    }

    private static func deadlineBox(_ deadline: Deadline, document: NormativeDocumentRow, today: CivilDate) -> Component
    {
        let minimum = document.stage == .publicComment
        return Div {
            Paragraph {
                Span(minimum ? "征求意见截止：" : "当前期限：").class("strong")
                Text("\(deadline.title) ")
                Span(document.dueOn?.iso ?? deadline.due?.iso ?? "").class("mono")
                if document.isOverdue(on: today) { Badge(text: "已逾期", tone: .bad) }
            }
            Foldable(
                summary: "期限如何计算",
                content: List(deadline.explanation) { line in ListItem(line) }.class("explanation"))
        }.class("card")
    }

    private static func eventCard(_ event: NormativeEventRow, documentID: UUID) -> Component {
        Div {
            Paragraph {
                Badge(text: event.actionLabel, tone: .info)
                Text("　")
                Span(event.organisationName).class("strong")
                Text("　\(event.authorName)　\(event.onDay.iso)　")
                Text("\(event.stageBefore.label) → \(event.stageAfter.label)")
            }
            if !event.details.isEmpty {
                List(event.details.sorted { $0.key < $1.key }) { item in ListItem("\(item.key)：\(item.value)") }
            }
            if let body = event.body { Paragraph(body) }
            Paragraph("录入时间：\(DisplayFormat.dateTime(event.at))").class("hint")
            if !event.evidence.isEmpty {
                List(event.evidence) { file in
                    ListItem {
                        Link(file.name, url: "/normative/\(documentID)/evidence/\(file.sha256)")
                        Text("（\(file.size)字节，SHA-256 ")
                        Span(file.sha256).class("mono")
                        Text("）")
                    }
                }.class("evidence")
            }
        }.class("card progress-report")
    }

    private static func reviseForm(_ model: Model, _ context: PageContext) -> Component {
        let revision = model.revision
        let errors = revision == nil ? [] : model.errors
        return Foldable(
            summary: "修改草案", open: revision != nil,
            content: Form(url: "/normative/\(model.document.id)/revise", method: .post) {
                CSRFField(token: context.csrf)
                FormField(
                    label: "文件名称", name: "revisedTitle", value: revision?.revisedTitle ?? model.document.title,
                    required: true, errors: errors)
                TextAreaField(
                    label: "文件正文", name: "revisedBody", value: revision?.revisedBody ?? model.document.body,
                    required: true, errors: errors)
                Button("保存修改").attribute(named: "type", value: "submit").class("button button-secondary")
            }.class("form"))
    }
}
