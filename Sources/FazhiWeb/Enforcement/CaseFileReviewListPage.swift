import FazhiCore
import FazhiStore
import Foundation
import Plot

/// `/enforcement/reviews`: the campaigns the member may see, newest first.
enum CaseFileReviewListPage {
    static func view(_ campaigns: [ReviewCampaignRow], mayOrganise: Bool, _ context: PageContext) -> PageHTML {
        Layout.page(context, title: "案卷评查") {
            H1("案卷评查")
            Paragraph(
                "司法行政机关按执法主体随机抽取期间内已结案的行政处罚案卷（随机种子在抽取前生成并公开，任何人可据以复核抽取结果），按评查标准逐卷评分：否决项不通过的案卷计0分；其余按案卷形式（20分）、案卷内容（80分）扣分，各部分扣完为止。"
            ).class("lead")
            if mayOrganise { Paragraph { Link("发起评查活动", url: "/enforcement/reviews/new").class("button") } }
            if campaigns.isEmpty {
                Paragraph("暂无评查活动。").class("muted")
            } else {
                Table(
                    header: TableRow {
                        TableHeaderCell("评查活动")
                        TableHeaderCell("组织机关")
                        TableHeaderCell("结案期间")
                        TableHeaderCell("抽取规则")
                        TableHeaderCell("状态")
                    }
                ) {
                    for campaign in campaigns {
                        TableRow {
                            TableCell { Link(campaign.name, url: "/enforcement/reviews/\(campaign.id)") }
                            TableCell(campaign.organisationName)
                            TableCell("\(campaign.periodFrom) 至 \(campaign.periodTo)")
                            TableCell(campaign.sampleSize.text)
                            TableCell { CaseFileReviewComponents.status(campaign.status) }
                        }
                    }
                }.class("table")
            }
        }
    }
}

/// Small pieces the review pages share.
enum CaseFileReviewComponents {
    static func status(_ status: ReviewCampaignRow.Status) -> Component {
        Badge(text: status.label, tone: status == .published ? .good : .info)
    }

    static func stage(_ stage: ReviewFileRow.Stage) -> Component {
        Badge(text: stage.label, tone: stage == .submitted ? .good : stage == .draft ? .warn : .neutral)
    }

    static func grade(_ file: ReviewFileRow) -> String {
        guard file.stage != .pending, let score = file.score, let grade = file.grade else { return "—" }
        return file.vetoed ? "0（否决）\(grade.label)" : "\(score) \(grade.label)"
    }

    static func percent(_ value: Double?) -> String {
        value.map { String(format: "%.1f%%", $0 * 100) } ?? "—"
    }

    static func average(_ value: Double?) -> String { value.map { String(format: "%.1f", $0) } ?? "—" }
}
