import FazhiCore
import FazhiStore
import Plot

/// The list of documents due for evaluation before expiry, and the evaluation form of one.
enum NormativeExpiryPages {
    static func list(_ documents: [NormativeDocumentRow], today: CivilDate, _ context: PageContext) -> PageHTML {
        Layout.page(context, title: "有效期届满前评估") {
            Paragraph { Link("← 规范性文件", url: "/normative") }
            H1("有效期届满前评估")
            Paragraph(
                "有效期在\(NormativeExpiryRepository.noticeMonths)个月内届满、或已届满而尚未作出废止或失效决定的已印发文件。起草单位应在届满前评估，决定继续有效、修改、废止或宣布失效。"
            ).class("lead")
            if documents.isEmpty {
                Paragraph("目前没有需要评估的文件。").class("muted")
            } else {
                Table(
                    header: TableRow {
                        TableHeaderCell("文件")
                        TableHeaderCell("文号")
                        TableHeaderCell("起草单位")
                        TableHeaderCell("有效期至")
                        TableHeaderCell("剩余")
                        TableHeaderCell("评估结论")
                    }
                ) {
                    for document in documents {
                        TableRow {
                            TableCell { Link(document.title, url: "/normative/\(document.id)/expiry") }
                            TableCell(document.documentNumber ?? "")
                            TableCell(document.organisationName)
                            TableCell(document.expiresOn?.iso ?? "").class("mono")
                            TableCell { remaining(document, today: today) }
                            TableCell(decision(document))
                        }
                    }
                }.class("table")
            }
        }
    }

    static func remaining(_ document: NormativeDocumentRow, today: CivilDate) -> Component {
        guard let expires = document.expiresOn else { return Text("") }
        let days = today.days(to: expires)
        if days < 0 { return Badge(text: "已届满\(-days)日", tone: .bad) }
        return Badge(text: "剩余\(days)日", tone: days <= 30 ? .warn : .neutral)
    }

    static func decision(_ document: NormativeDocumentRow) -> String {
        guard let decision = document.decision, let day = document.decidedOn else { return "未评估" }
        return "\(decision.label)（\(day.iso)）"
    }

    static func evaluation(
        _ document: NormativeDocumentRow, maxYears: Int?, mayDecide: Bool, form: NormativeExpiryInput,
        errors: [FieldError], today: CivilDate, _ context: PageContext
    ) -> PageHTML {
        Layout.page(context, title: "评估：\(document.title)") {
            Paragraph { Link("← 有效期届满前评估", url: "/normative/expiring") }
            H1(document.title)
            Table {
                TableRow {
                    TableHeaderCell("文号")
                    TableCell(document.documentNumber ?? "—")
                }
                TableRow {
                    TableHeaderCell("起草单位")
                    TableCell(document.organisationName)
                }
                TableRow {
                    TableHeaderCell("印发日期")
                    TableCell(document.publishedOn?.iso ?? "—")
                }
                TableRow {
                    TableHeaderCell("有效期至")
                    TableCell(document.expiresOn?.iso ?? "未设有效期")
                }
                TableRow {
                    TableHeaderCell("效力状态")
                    TableCell(document.status(on: today)?.rawValue ?? "—")
                }
                TableRow {
                    TableHeaderCell("最近的评估或清理决定")
                    TableCell(decision(document))
                }
            }.class("table details")
            if document.decision?.ends == true, let day = document.decidedOn, day <= today {
                Paragraph("文件已\(document.decision!.label)，不再评估。").class("muted")
            } else if mayDecide {
                H2("录入评估结论")
                ErrorSummary(errors: errors)
                Form(url: "/normative/\(document.id)/expiry", method: .post) {
                    CSRFField(token: context.csrf)
                    SelectField(
                        label: "评估结论", name: "decision",
                        options: NormativeCleanupDecision.allCases.map { ($0.rawValue, $0.label) },
                        selected: form.decision, required: true, errors: errors)
                    FormField(
                        label: "新的有效期截止日期（继续有效时）", name: "expiresOn", value: form.expiresOn ?? "", type: .date,
                        hint: maxYears.map { "应晚于原截止日期，自今日起不超过\($0)年" } ?? "规章可不设有效期；留空表示不设", errors: errors)
                    FormField(
                        label: "废止或失效日期（废止、宣布失效时）", name: "endsOn", value: form.endsOn ?? "", type: .date,
                        hint: "不早于印发日期；晚于今日的，不晚于有效期届满之日", errors: errors)
                    TextAreaField(
                        label: "评估意见", name: "reason", value: form.reason ?? "", hint: "修改、废止或宣布失效的须说明理由",
                        errors: errors)
                    Button("提交").attribute(named: "type", value: "submit").class("button")
                }.class("form")
            } else {
                Paragraph("评估结论由起草单位的法制人员录入。").class("muted")
            }
        }
    }
}
