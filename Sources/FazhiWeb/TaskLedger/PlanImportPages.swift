import FazhiCore
import FazhiStore
import Foundation
import Plot

/// The first step of an import: the file (or pasted text), whose ledger it is, and the year of undated deadlines.
enum PlanImportFormPage {
    static func view(
        organisations: [Organisation], form: PlanImportController.ImportForm, errors: [FieldError],
        _ context: PageContext
    ) -> PageHTML {
        Layout.page(context, title: "导入方案") {
            H1("导入方案")
            Paragraph(
                "上传工作方案、实施意见、工作要点等文件（UTF-8 纯文本 .txt 或 Word 文档 .docx），或直接粘贴全文。系统识别章节、条目、任务、责任单位和完成时限，确认前不会保存任何内容。"
            ).class("lead")
            ErrorSummary(errors: errors)
            Form(url: "/plans/import", method: .post, contentType: .multipartData) {
                CSRFField(token: context.csrf)
                Div {
                    Label("方案文件") {}.attribute(named: "for", value: "f-file")
                    Input(type: .file, name: "file").id("f-file").attribute(named: "accept", value: ".txt,.docx")
                    if let error = errors.first(where: { $0.field == "file" }) {
                        Paragraph(error.message).class("field-error").id("f-file-error")
                    }
                }.class(errors.contains { $0.field == "file" } ? "field has-error" : "field")
                TextAreaField(
                    label: "或粘贴全文", name: "text", value: form.file == nil ? form.text ?? "" : "",
                    hint: "上传文件时此处留空。", errors: errors)
                SelectField(
                    label: "台账所属机构", name: "organisationID",
                    options: organisations.map { ($0.id.uuidString, $0.name) }, selected: form.organisationID,
                    required: true, errors: errors)
                FormField(
                    label: "年度", name: "year", value: form.year ?? "",
                    hint: "用于「年底前」等未写年份的时限；留空则取标题中的年份。", errors: errors)
                Button("识别").attribute(named: "type", value: "submit").class("button")
            }
        }
    }
}

/// The review: what was recognised, the units to map, the text to correct, and the button that creates the ledger.
enum PlanReviewPage {
    static func view(
        _ document: PlanDocument, preview: PlanImportPreview, form: PlanImportController.ImportForm, text: String,
        mappings: [String: [UUID]], errors: [FieldError], _ context: PageContext
    ) -> PageHTML {
        let summary = PlanSummary(document)
        let unresolved = preview.unresolved.count
        return Layout.page(context, title: "核对导入内容") {
            H1("核对导入内容")
            Paragraph(
                "「\(document.title ?? form.sourceName ?? "未命名方案")」：\(summary.chapters)章，\(summary.sections)节，\(summary.items)项，\(summary.tasks)个任务，\(preview.units.count)个责任单位。"
            ).class("lead")
            ErrorSummary(errors: errors)
            Form(url: "/plans/import", method: .post, contentType: .multipartData) {
                CSRFField(token: context.csrf)
                Input(type: .hidden, name: "organisationID", value: form.organisationID ?? "")
                Input(type: .hidden, name: "year", value: form.year ?? "")
                Input(type: .hidden, name: "sourceName", value: form.sourceName ?? "")
                if !document.warnings.isEmpty {
                    H2("识别提示（\(document.warnings.count)）")
                    List(document.warnings) { warning in Text(warning.message) }.class("warnings")
                }
                H2("责任单位")
                Paragraph(
                    unresolved == 0
                        ? "全部责任单位已对应到「\(preview.government.name)」所辖机构。"
                        : "有\(unresolved)个名称未能对应到机构，请逐一选择；选择会被记住，下次导入自动对应。"
                ).class(unresolved == 0 ? "muted" : "notice")
                unitTable(preview, mappings: mappings)
                H2("识别结果")
                Div { for node in document.nodes { PlanNodeView(node: node) } }.class("plan-tree")
                H2("原文")
                TextAreaField(
                    label: "如编号、拆分有误，可直接修改原文后重新识别", name: "text", value: text, errors: errors)
                Div {
                    Button("重新识别").attribute(named: "type", value: "submit").attribute(named: "name", value: "confirm")
                        .attribute(named: "value", value: "0").class("button button-secondary")
                    Button("确认创建台账").attribute(named: "type", value: "submit").attribute(
                        named: "name", value: "confirm"
                    )
                    .attribute(named: "value", value: "1").class("button")
                }.class("form-actions")
            }
        }
    }

    static func unitTable(_ preview: PlanImportPreview, mappings: [String: [UUID]]) -> Component {
        Table(
            header: TableRow {
                TableHeaderCell("名称")
                TableHeaderCell("任务数")
                TableHeaderCell("对应机构")
            }
        ) {
            for (index, unit) in preview.units.enumerated() {
                TableRow {
                    TableCell {
                        Text(unit.name)
                        if unit.isCollective { Badge(text: "统称", tone: .info) }
                    }
                    TableCell("\(unit.taskCount)")
                    TableCell {
                        Input(type: .hidden, name: "unitName\(index)", value: unit.name)
                        if unit.resolved && !unit.remembered {
                            Text(unit.organisations.map(\.shortName).joined(separator: "、"))
                            if unit.needsReview {
                                Badge(text: "已按全部部门分配，请在台账中核对", tone: .warn)
                            }
                        } else {
                            mappingSelect(index: index, unit: unit, preview: preview, chosen: mappings[unit.name])
                        }
                    }
                }
            }
        }.class("table")
    }

    static func mappingSelect(index: Int, unit: PlanUnitPreview, preview: PlanImportPreview, chosen: [UUID]?)
        -> Component
    {
        let selected = chosen.map { $0.first?.uuidString ?? "none" } ?? unit.organisations.first?.id.uuidString
        var options: [Node<HTML.BodyContext>] = [
            .attribute(named: "name", value: "unitMap\(index)"),
            .attribute(named: "aria-label", value: "「\(unit.name)」对应的机构"),
            .element(
                named: "option",
                nodes: [.attribute(named: "value", value: "", ignoreIfValueIsEmpty: false), .text("请选择")]),
            .element(
                named: "option",
                nodes: [
                    .attribute(named: "value", value: "none"),
                    .if(selected == "none", .attribute(named: "selected", value: "selected")),
                    .text("不分配（由台账所属机构承担）"),
                ]),
        ]
        for org in preview.candidates {
            options.append(
                .element(
                    named: "option",
                    nodes: [
                        .attribute(named: "value", value: org.id.uuidString),
                        .if(selected == org.id.uuidString, .attribute(named: "selected", value: "selected")),
                        .text(org.name),
                    ]))
        }
        return Node<HTML.BodyContext>.element(named: "select", nodes: options)
    }
}

/// One heading of the recognised tree with its units, deadlines and tasks.
struct PlanNodeView: Component {
    let node: PlanNode

    var body: Component {
        Div {
            Paragraph {
                Span(node.marker).class("mono")
                Text(node.title ?? String(node.text.prefix(60)))
                if node.isGuidance { Badge(text: "指导性内容", tone: .neutral) }
                if node.printedMarker == nil { Badge(text: "补编号", tone: .warn) }
            }.class("plan-heading")
            if !node.units.isEmpty {
                Paragraph(
                    "单位："
                        + node.units.map { $0.role == .responsible ? $0.name : "\($0.name)（\($0.role.label)）" }
                        .joined(separator: "、")
                ).class("muted")
            }
            for deadline in node.deadlines {
                Paragraph("时限：\(deadline.text)（\(deadline.meaning)）").class("muted")
            }
            if node.tasks.count > 1 {
                List(node.tasks) { task in Text("任务\(task.index)：\(task.text)") }.class("plan-tasks")
            }
            for child in node.children { PlanNodeView(node: child) }
        }.class("plan-node plan-level-\(node.level)")
    }
}
