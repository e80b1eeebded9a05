import FazhiCore
import FazhiStore
import Foundation
import Plot

/// The comments on one draft with their count.
enum NormativePublicCommentsPage {
    static func view(
        _ document: NormativeDocumentRow, comments: [NormativePublicCommentRow], today: CivilDate,
        _ context: PageContext
    ) -> PageHTML {
        Layout.page(context, title: "公众意见：\(document.title)") {
            Paragraph { Link("← \(document.title)", url: "/normative/\(document.id)") }
            H1("公众意见　\(document.title)")
            Paragraph {
                Text("征求意见期间：\(NormativePublicDraftPages.period(document))　")
                Text(NormativePublicDraftPages.timeLeft(document.publicCommentState(on: today)))
            }.class("muted")
            Paragraph("共收到 \(comments.count) 条意见").class("result-count")
            if comments.isEmpty {
                Paragraph("尚未收到公众意见。").class("empty")
            }
            for comment in comments {
                Div {
                    Paragraph {
                        Span(comment.name ?? "未署名").class("strong")
                        if let contact = comment.contact { Text("　\(contact)") }
                        Text("　\(DisplayFormat.dateTime(comment.submittedAt))")
                    }.class("muted")
                    NormativeComponents.text(comment.body)
                }.class("card")
            }
        }
    }
}
