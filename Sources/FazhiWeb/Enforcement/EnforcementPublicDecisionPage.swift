import FazhiCore
import FazhiStore
import Foundation
import Plot

/// `/publicity/{id}`: one published penalty decision as the public reads it, masked when it was published; a
/// withdrawn one shows only the notice, the day and the reason (行政处罚法 第四十八条第二款).
enum EnforcementPublicDecisionPage {
    static func view(_ publication: PublicationRow, _ context: PageContext) -> PageHTML {
        let title = "行政处罚决定公示"
        return Layout.page(context, title: publication.decisionNumber.isEmpty ? title : publication.decisionNumber) {
            Paragraph { Link("← 行政处罚决定公示", url: "/publicity") }
            H1(title)
            if let withdrawn = publication.withdrawnOn {
                Div {
                    H2("本公示信息已撤回")
                    Paragraph(
                        "\(publication.bodyName)作出的\(publication.decisionNumber.isEmpty ? "行政处罚决定" : "行政处罚决定（\(publication.decisionNumber)）")已被依法变更、撤销、确认违法或者确认无效，公示信息于\(withdrawn)撤回。"
                    )
                    Paragraph("撤回理由：\(publication.withdrawReason ?? "")")
                }.class("card")
            } else {
                facts(publication)
                H2("违法事实与处罚理由")
                Paragraph(publication.summary)
            }
        }
    }

    /// The facts of a publication, as the public page and the case page show them.
    static func facts(_ publication: PublicationRow) -> Component {
        let rows: [(String, String)] = [
            ("决定书文号", publication.decisionNumber.isEmpty ? "—" : publication.decisionNumber),
            ("执法机关", publication.bodyName), ("当事人", publication.party), ("执法事项", publication.matterName),
            ("处罚", penalties(publication)), ("决定日期", publication.decidedOn), ("公示日期", publication.publishedOn),
        ]
        return Node<HTML.BodyContext>.dl(
            .class("facts"), .forEach(rows) { row in .group(.dt(.text(row.0)), .dd(.text(row.1))) })
    }

    /// 「警告、通报批评；罚款（3000元）」.
    static func penalties(_ publication: PublicationRow) -> String {
        let fine = PenaltyKind.fine.label
        return publication.penalties.map {
            $0 == fine && publication.fineFen > 0 ? "\($0)（\(Money.text(publication.fineFen))）" : $0
        }
        .joined(separator: "；")
    }
}
