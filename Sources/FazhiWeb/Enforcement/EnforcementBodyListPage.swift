import FazhiCore
import FazhiStore
import Plot

/// The registered bodies in the user's scope, the certificates that run out soon, and the registration form.
enum EnforcementBodyListPage {
    struct Model {
        var bodies: [EnforcementBodyRow]
        var expiring: [EnforcementCertificateRow]
        /// Organisations in scope that may still be registered (empty for readers).
        var candidates: [Organisation]
        var mayEdit: Bool
        var form: EnforcementBodyInput
        var errors: [FieldError]
        var today: CivilDate
    }

    static func view(_ model: Model, _ context: PageContext) -> PageHTML {
        Layout.page(context, title: "执法主体") {
            H1("执法主体")
            Paragraph("行政执法主体、执法人员和执法证，以及各主体的权责清单和裁量基准。").class("lead")
            Paragraph {
                Link("权责清单", url: "/enforcement/matters")
                Text("　·　")
                Link("执法制度参数", url: "/enforcement/policy")
            }
            if model.bodies.isEmpty {
                Paragraph("您的管辖范围内还没有登记的执法主体。").class("muted")
            } else {
                bodyTable(model.bodies)
            }
            H2("60日内到期的执法证")
            if model.expiring.isEmpty {
                Paragraph("没有60日内到期的执法证。").class("muted")
            } else {
                EnforcementComponents.certificateTable(model.expiring, today: model.today)
            }
            if model.mayEdit && !model.candidates.isEmpty {
                H2("登记执法主体")
                ErrorSummary(errors: model.errors)
                Form(url: "/enforcement/bodies", method: .post) {
                    CSRFField(token: context.csrf)
                    SelectField(
                        label: "机构", name: "organisationID",
                        options: model.candidates.map { ($0.id.uuidString, $0.name) },
                        selected: model.form.organisationID, required: true, errors: model.errors)
                    EnforcementBodyPage.registrationFields(model.form, errors: model.errors)
                    Button("登记").attribute(named: "type", value: "submit").class("button")
                }.class("form")
            }
        }
    }

    private static func bodyTable(_ bodies: [EnforcementBodyRow]) -> Component {
        Table(
            header: TableRow {
                TableHeaderCell("执法主体")
                TableHeaderCell("管辖区域")
                TableHeaderCell("状态")
                TableHeaderCell("执法人员")
                TableHeaderCell("有效执法证")
                TableHeaderCell("权责事项")
            }
        ) {
            for body in bodies {
                TableRow {
                    TableCell { Link(body.name, url: "/enforcement/bodies/\(body.id)") }
                    TableCell(body.territory)
                    TableCell { EnforcementComponents.bodyStatus(body.status) }
                    TableCell("\(body.officers)")
                    TableCell("\(body.validCertificates)")
                    TableCell { Link("\(body.matters)", url: "/enforcement/matters?body=\(body.id)") }
                }
            }
        }.class("table")
    }
}
