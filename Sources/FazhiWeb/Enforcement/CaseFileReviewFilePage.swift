import FazhiCore
import FazhiStore
import Foundation
import Plot
import Vapor

/// `/enforcement/reviews/{id}/files/{fileID}`: the case's facts and history beside the standard's items, veto items
/// first, prefilled items marked with what the platform found; reviewers save a draft or submit.
enum CaseFileReviewFilePage {
    struct Model {
        var campaign: ReviewCampaignRow
        var file: ReviewFileRow
        var caseRow: CaseRow
        var events: [CaseEventRow]
        var entered: [ReviewItemResult]
        var errors: [FieldError] = []
        var mayScore: Bool

        static func query(_ req: Request, _ member: Accounts.Member) async throws -> Model {
            let repository = req.caseFileReviews(member)
            let (campaign, file) = try await repository.file(try req.uuidParameter("fileID"), in: try req.idParameter())
            let cases = req.enforcementCases(member)
            return Model(
                campaign: campaign, file: file, caseRow: try await cases.find(file.caseID),
                events: try await cases.events(of: file.caseID), entered: file.results,
                mayScore: repository.mayReview && campaign.status == .open)
        }
    }

    static func view(_ model: Model, _ context: PageContext) -> PageHTML {
        let file = model.file
        return Layout.page(context, title: "评查案卷 \(file.caseReference)") {
            Paragraph { Link("← \(model.campaign.name)", url: "/enforcement/reviews/\(model.campaign.id)") }
            H1("评查案卷 \(file.caseReference)")
            Paragraph {
                CaseFileReviewComponents.stage(file.stage)
                Text("　\(file.organisationName)　得分：\(CaseFileReviewComponents.grade(file))")
                if let reviewer = file.reviewerName { Text("　评查人：\(reviewer)") }
            }
            if file.vetoed {
                Paragraph(
                    "否决："
                        + ReviewScore(file.results, standard: model.campaign.standard).vetoReasons.joined(
                            separator: "；")
                )
                .class("field-error")
            }
            Div {
                Div {
                    H2("案件情况")
                    facts(model.caseRow)
                    H2("办理记录")
                    List(model.events) { event in
                        ListItem {
                            Text("\(event.onDay)　\(event.action.label)　\(event.authorName)")
                            if let officers = event.input.officers, !officers.isEmpty {
                                Text("（执法证号：\(officers.joined(separator: "、"))）")
                            }
                        }
                    }
                    Paragraph { Link("打开案件", url: "/enforcement/\(model.caseRow.id)") }
                }.class("column")
                Div {
                    H2("评查")
                    ErrorSummary(errors: model.errors)
                    if model.mayScore {
                        Form(url: "/enforcement/reviews/\(model.campaign.id)/files/\(file.id)", method: .post) {
                            CSRFField(token: context.csrf)
                            items(model)
                            Button("保存草稿").attribute(named: "type", value: "submit")
                                .attribute(named: "name", value: "action").attribute(named: "value", value: "draft")
                                .class("button button-secondary")
                            Text(" ")
                            Button("提交评查结果").attribute(named: "type", value: "submit")
                                .attribute(named: "name", value: "action").attribute(named: "value", value: "submit")
                                .class("button")
                        }.class("form")
                    } else {
                        items(model)
                    }
                }.class("column")
            }.class("columns")
        }
    }

    static func facts(_ row: CaseRow) -> Component {
        let facts = row.facts
        return Table {
            cell("执法主体", row.organisationName)
            cell("当事人", row.partyName)
            cell("执法事项", row.matterName.isEmpty ? row.matterCode : "\(row.matterName)（\(row.matterCode)）")
            cell("程序", facts.procedure.label)
            if let violation = facts.violationOn { cell("违法行为日期", violation.iso) }
            cell("立案日期", row.filedOn)
            if let notice = facts.noticeOn { cell("告知日期", "\(notice.iso)\(facts.hearingRightGiven ? "，已告知听证权利" : "")") }
            if facts.heard { cell("听证", "已举行") }
            cell("法制审核", facts.legalReviewPassed ? "通过" : "无")
            if facts.discussed { cell("集体讨论", "已讨论") }
            cell("处罚", facts.noPenalty ? "不予行政处罚" : CaseComponents.penalties(facts.penalties, fineFen: facts.fineFen))
            if let decided = facts.decidedOn { cell("决定日期", decided.iso) }
            if let number = facts.decisionNumber { cell("决定书文号", number) }
            if let served = facts.servedOn { cell("送达日期", served.iso) }
            if let closed = facts.closedOn { cell("结案日期", closed.iso) }
        }.class("table facts")
    }

    static func cell(_ label: String, _ value: String) -> Component { HeadedRow(header: label) { TableCell(value) } }

    /// The items by part, veto items first; each with its prefill, the entered result and its note.
    static func items(_ model: Model) -> Component {
        let standard = model.campaign.standard
        let editable = model.mayScore
        return Div {
            for part in ReviewPart.allCases {
                H3(part == .veto ? "否决项（任一项不通过，案卷计0分）" : "\(part.label)（\(part.points)分，扣完为止）")
                for item in standard.items(part) {
                    itemBlock(item, model: model, editable: editable)
                }
            }
        }
    }

    static func itemBlock(_ item: ReviewItem, model: Model, editable: Bool) -> Component {
        let entered = model.entered.first { $0.itemID == item.id } ?? ReviewItemResult(itemID: item.id)
        let prefill = model.file.prefill.first { $0.itemID == item.id }
        let field = "items.\(item.id)"
        let error = model.errors.first { $0.field == field }?.message
        return Div {
            Paragraph {
                Span(item.title).class("strong")
                if item.part != .veto { Text("（最高扣\(item.maxDeduction)分）") }
                if let prefill {
                    Text("　")
                    Badge(text: prefill.met ? "系统预填：符合" : "系统预填：不符合", tone: prefill.met ? .good : .bad)
                }
            }
            Paragraph(item.guidance).class("hint")
            if let prefill { Paragraph("平台核查：\(prefill.explanation)").class("hint") }
            if editable {
                if item.part == .veto {
                    Label("否决（不通过）") {
                        Input(type: .checkbox, name: "veto.\(item.id)", value: "1")
                            .attribute(named: "checked", value: entered.vetoed ? "checked" : nil)
                    }.class("checkbox")
                } else {
                    Label("扣分") {}.attribute(named: "for", value: "f-deduct-\(item.id)")
                    Input(type: .number, name: "deduct.\(item.id)", value: "\(max(0, entered.deduction))")
                        .id("f-deduct-\(item.id)").attribute(named: "min", value: "0")
                        .attribute(named: "max", value: "\(item.maxDeduction)")
                }
                Label("说明（否决、扣分或改变系统预填时必填）") {}.attribute(named: "for", value: "f-\(field)")
                Input(type: .text, name: "note.\(item.id)", value: entered.note).id("f-\(field)")
                    .attribute(named: "aria-invalid", value: error == nil ? nil : "true")
            } else {
                Paragraph(
                    (item.part == .veto ? (entered.vetoed ? "否决" : "通过") : "扣\(entered.deduction)分")
                        + (entered.note.isEmpty ? "" : "：\(entered.note)"))
            }
            if let error { Paragraph(error).class("field-error") }
        }.class(error == nil ? "field review-item" : "field review-item has-error")
    }
}
