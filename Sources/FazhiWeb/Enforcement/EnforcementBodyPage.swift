import FazhiCore
import FazhiStore
import Foundation
import Plot

/// One body: its registration, its officers with their certificates (each with its standing today), and the forms
/// to add an officer or a certificate and to change a registration.
enum EnforcementBodyPage {
    struct Model {
        var body: EnforcementBodyRow
        var officers: [EnforcementOfficerRow]
        var users: [(id: UUID, name: String)]
        var mayEdit: Bool
        var forms: EnforcementBodyForms
        var today: CivilDate
    }

    static func view(_ model: Model, _ context: PageContext) -> PageHTML {
        let body = model.body
        return Layout.page(context, title: body.name) {
            Paragraph { Link("← 执法主体", url: "/enforcement/bodies") }
            H1(body.name)
            Paragraph {
                EnforcementComponents.bodyStatus(body.status)
                Text("　管辖区域：\(body.territory)　")
                Link("权责清单（\(body.matters)项）", url: "/enforcement/matters?body=\(body.id)")
            }
            Paragraph("主体资格依据：\(body.legalBasis)").class("muted")
            H2("执法人员和执法证（在岗\(body.officers)人，有效执法证\(body.validCertificates)个）")
            if model.officers.isEmpty {
                Paragraph("还没有登记执法人员。").class("muted")
            } else {
                officerTable(model, context)
            }
            if model.mayEdit { forms(model, context) }
        }
    }

    private static func officerTable(_ model: Model, _ context: PageContext) -> Component {
        let base = "/enforcement/bodies/\(model.body.id)"
        return Table(
            header: TableRow {
                TableHeaderCell("姓名")
                TableHeaderCell("类别")
                TableHeaderCell("执法证号")
                TableHeaderCell("执法领域")
                TableHeaderCell("有效期")
                TableHeaderCell("状态")
                if model.mayEdit { TableHeaderCell("操作") }
            }
        ) {
            for officer in model.officers {
                for (index, row) in (officer.certificates.isEmpty ? [nil] : officer.certificates.map { $0 })
                    .enumerated()
                {
                    TableRow {
                        TableCell(index == 0 ? officer.name : "")
                        TableCell(index == 0 ? officer.duty.label : "")
                        TableCell(row?.certificate.number ?? "—").class("mono")
                        TableCell(row?.fields ?? "")
                        TableCell(row.map { "\($0.certificate.validFrom.iso) 至 \($0.certificate.validTo.iso)" } ?? "")
                        TableCell {
                            if let row { EnforcementComponents.standing(row, today: model.today) }
                        }
                        if model.mayEdit {
                            TableCell {
                                if let row, officer.active {
                                    statusForm(row, base: base, context)
                                }
                                if index == 0 && officer.active {
                                    PostButton(
                                        title: "停用人员", action: "\(base)/officers/\(officer.id)/deactivate",
                                        csrf: context.csrf, danger: true)
                                }
                            }
                        }
                    }
                }
            }
        }.class("table")
    }

    private static func statusForm(_ row: EnforcementCertificateRow, base: String, _ context: PageContext) -> Component
    {
        Form(url: "\(base)/certificates/\(row.id)/status", method: .post) {
            CSRFField(token: context.csrf)
            Node<HTML.BodyContext>.element(
                named: "select",
                nodes: [.attribute(named: "name", value: "status"), .attribute(named: "aria-label", value: "执法证状态")]
                    + EnforcementCertificate.Status.allCases.map { status in
                        .element(
                            named: "option",
                            nodes: [
                                .attribute(named: "value", value: status.rawValue),
                                .attribute(
                                    named: "selected", value: status == row.certificate.status ? "selected" : nil),
                                .text(status.label),
                            ])
                    })
            Button("更改").attribute(named: "type", value: "submit").class("button button-small")
        }.class("inline-form")
    }

    /// The legal basis, territory and status fields of a registration.
    static func registrationFields(_ form: EnforcementBodyInput, errors: [FieldError]) -> Component {
        Div {
            TextAreaField(
                label: "主体资格依据", name: "legalBasis", value: form.legalBasis ?? "", required: true,
                hint: "设定执法权的法律、法规、规章条款或机构编制文件", errors: errors)
            FormField(
                label: "管辖区域", name: "territory", value: form.territory ?? "", required: true,
                hint: "如「呼和浩特市行政区域」", errors: errors)
            SelectField(
                label: "状态", name: "status", options: EnforcementBodyStatus.allCases.map { ($0.rawValue, $0.label) },
                selected: form.status ?? EnforcementBodyStatus.active.rawValue, errors: errors)
        }
    }

    private static func forms(_ model: Model, _ context: PageContext) -> Component {
        let base = "/enforcement/bodies/\(model.body.id)"
        let officer = model.forms.officer
        let officerErrors = model.forms.errors(for: "officer")
        let certificate = model.forms.certificate
        let certificateErrors = model.forms.errors(for: "certificate")
        let registrationErrors = model.forms.errors(for: "registration")
        return Div {
            H2("添加执法人员")
            ErrorSummary(errors: officerErrors)
            Form(url: "\(base)/officers", method: .post) {
                CSRFField(token: context.csrf)
                FormField(label: "姓名", name: "name", value: officer.name ?? "", required: true, errors: officerErrors)
                SelectField(
                    label: "人员类别", name: "duty", options: OfficerDuty.allCases.map { ($0.rawValue, $0.label) },
                    selected: officer.duty ?? OfficerDuty.enforcement.rawValue, errors: officerErrors)
                SelectField(
                    label: "关联账号（可选）", name: "userID", options: model.users.map { ($0.id.uuidString, $0.name) },
                    selected: officer.userID, errors: officerErrors, emptyTitle: "不关联")
                FormField(
                    label: "执法证号", name: "certificateNumber", value: officer.certificateNumber ?? "", required: true,
                    errors: officerErrors)
                FormField(
                    label: "发证机关", name: "issuer", value: officer.issuer ?? "", required: true, errors: officerErrors)
                FormField(
                    label: "执法领域", name: "fields", value: officer.fields ?? "", required: true, hint: "如「市场监管」",
                    errors: officerErrors)
                FormField(
                    label: "有效期起", name: "validFrom", value: officer.validFrom ?? "", type: .date, required: true,
                    errors: officerErrors)
                FormField(
                    label: "有效期至", name: "validTo", value: officer.validTo ?? "", type: .date, required: true,
                    errors: officerErrors)
                Button("添加").attribute(named: "type", value: "submit").class("button")
            }.class("form")
            if model.officers.contains(where: \.active) {
                H2("新增执法证（换证或增加执法领域）")
                ErrorSummary(errors: certificateErrors)
                Form(url: "\(base)/certificates", method: .post) {
                    CSRFField(token: context.csrf)
                    SelectField(
                        label: "执法人员", name: "officerID",
                        options: model.officers.filter(\.active).map { ($0.id.uuidString, $0.name) },
                        selected: certificate.officerID, required: true, errors: certificateErrors)
                    FormField(
                        label: "执法证号", name: "certNumber", value: certificate.certNumber ?? "", required: true,
                        errors: certificateErrors)
                    FormField(
                        label: "发证机关", name: "certIssuer", value: certificate.certIssuer ?? "", required: true,
                        errors: certificateErrors)
                    FormField(
                        label: "执法领域", name: "certFields", value: certificate.certFields ?? "", required: true,
                        errors: certificateErrors)
                    FormField(
                        label: "有效期起", name: "certValidFrom", value: certificate.certValidFrom ?? "", type: .date,
                        required: true, errors: certificateErrors)
                    FormField(
                        label: "有效期至", name: "certValidTo", value: certificate.certValidTo ?? "", type: .date,
                        required: true, errors: certificateErrors)
                    Button("新增").attribute(named: "type", value: "submit").class("button")
                }.class("form")
            }
            H2("修改登记信息")
            ErrorSummary(errors: registrationErrors)
            Form(url: base, method: .post) {
                CSRFField(token: context.csrf)
                registrationFields(model.forms.registration, errors: registrationErrors)
                Button("保存").attribute(named: "type", value: "submit").class("button")
            }.class("form")
        }
    }
}
