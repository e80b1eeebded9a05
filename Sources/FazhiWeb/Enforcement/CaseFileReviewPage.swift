import FazhiCore
import FazhiStore
import Foundation
import Plot
import Vapor

/// `/enforcement/reviews/{id}`: the campaign's draw with its seed and how to re-run it, progress, results by agency
/// (each figure drilling down to its files), the files, export and publication.
enum CaseFileReviewPage {
    struct Model {
        var campaign: ReviewCampaignRow
        var results: [ReviewAgencyResult]
        var files: [ReviewFileRow]
        var progress: (submitted: Int, total: Int)
        var agency: UUID?
        var filter: String?
        var mayPublish: Bool

        static func query(_ req: Request, _ member: Accounts.Member) async throws -> Model {
            let repository = req.caseFileReviews(member)
            let campaign = try await repository.find(try req.idParameter())
            let all = try await repository.files(of: campaign.id)
            let agency = (try? req.query.get(String.self, at: "agency")).flatMap(UUID.init(uuidString:))
            let filter = (try? req.query.get(String.self, at: "filter")).flatMap {
                ["vetoed", "passed", "failed", "submitted"].contains($0) ? $0 : nil
            }
            var files = all
            if agency != nil || filter != nil {
                files = try await repository.files(
                    of: campaign.id, agency: agency, vetoed: filter == "vetoed" ? true : nil,
                    passed: filter == "passed" ? true : filter == "failed" ? false : nil
                ).filter { filter != "submitted" || $0.stage == .submitted }
            }
            return Model(
                campaign: campaign, results: ReviewAgencyResult.of(all, scale: campaign.standard.grades), files: files,
                progress: (all.filter { $0.stage == .submitted }.count, all.count), agency: agency, filter: filter,
                mayPublish: repository.mayOrganise && member.scope.contains(campaign.scopePath)
                    && campaign.status == .open)
        }
    }

    static func view(_ model: Model, _ context: PageContext) -> PageHTML {
        let campaign = model.campaign
        return Layout.page(context, title: campaign.name) {
            Paragraph { Link("← 案卷评查", url: "/enforcement/reviews") }
            H1(campaign.name)
            Paragraph {
                CaseFileReviewComponents.status(campaign.status)
                Text("　组织机关：\(campaign.organisationName)　结案期间：\(campaign.periodFrom) 至 \(campaign.periodTo)")
                Text("　\(campaign.sampleSize.text)")
            }
            Paragraph(
                "评查标准：\(campaign.standard.name)；等次：\(campaign.standard.grades.text)\(campaign.standard.isDefault ? "（参照）" : "")。进度：已提交\(model.progress.submitted)件，共\(model.progress.total)件。"
            )
            Paragraph {
                Link("导出 Excel", url: "/enforcement/reviews/\(campaign.id)/results.xlsx")
                Text("　")
                Link("导出 CSV", url: "/enforcement/reviews/\(campaign.id)/results.csv")
            }
            if model.mayPublish {
                PostButton(title: "发布评查结果", action: "/enforcement/reviews/\(campaign.id)/publish", csrf: context.csrf)
            }
            H2("抽取与复核")
            verification(campaign, names: model.results)
            H2("结果（按执法主体）")
            results(model)
            H2(model.agency == nil && model.filter == nil ? "抽取的案卷" : "案卷（已筛选）")
            if model.agency != nil || model.filter != nil {
                Paragraph { Link("显示全部案卷", url: "/enforcement/reviews/\(campaign.id)") }
            }
            files(model)
        }
    }

    static func verification(_ campaign: ReviewCampaignRow, names: [ReviewAgencyResult]) -> Component {
        let name = Dictionary(
            names.map { ($0.organisationID.uuidString.lowercased(), $0.organisationName) },
            uniquingKeysWith: { a, _ in a })
        return Div {
            Paragraph {
                Text("随机种子（创建时由系统随机源生成并记录）：")
                Span(campaign.seed).class("mono")
            }
            Paragraph(
                "复核方法：对每个执法主体，取下列已结案案件 id（小写，升序），逐一计算 SHA-256(种子 + \"|\" + 案件id) 的十六进制小写值，按该值升序排列，取前 N 件（N 按抽取规则计算，不超过该主体的案件数）。结果应与下表抽取的案卷一致。"
            ).class("hint")
            Foldable(
                summary: "可抽取的案件清单（\(campaign.eligible.values.reduce(0) { $0 + $1.count })件）",
                content: Div {
                    for (agency, ids) in campaign.eligible.sorted(by: { $0.key < $1.key }) {
                        Paragraph("\(name[agency] ?? "执法主体") \(agency)：\(ids.count)件").class("strong")
                        Paragraph(ids.joined(separator: " ")).class("mono")
                    }
                })
        }.class("card")
    }

    static func results(_ model: Model) -> Component {
        let base = "/enforcement/reviews/\(model.campaign.id)"
        return Div {
            Table(
                header: TableRow {
                    TableHeaderCell("执法主体")
                    TableHeaderCell("抽取件数")
                    TableHeaderCell("已提交")
                    TableHeaderCell("平均分")
                    TableHeaderCell("合格率")
                    TableHeaderCell("否决件数")
                }
            ) {
                for result in model.results {
                    let agency = "\(base)?agency=\(result.organisationID)"
                    TableRow {
                        TableCell(result.organisationName)
                        TableCell { Link("\(result.files)", url: agency) }
                        TableCell { Link("\(result.submitted)", url: "\(agency)&filter=submitted") }
                        TableCell {
                            Link(
                                CaseFileReviewComponents.average(result.averageScore), url: "\(agency)&filter=submitted"
                            )
                        }
                        TableCell {
                            Link(CaseFileReviewComponents.percent(result.passRate), url: "\(agency)&filter=passed")
                        }
                        TableCell { Link("\(result.vetoed)", url: "\(agency)&filter=vetoed") }
                    }
                }
            }.class("table")
            Paragraph(
                "口径：平均分为已提交案卷得分的算术平均（否决案卷计0分）；合格率 = 未被否决且得分不低于\(model.campaign.standard.grades.pass)分的已提交案卷数 ÷ 已提交案卷数；否决件数为至少一项否决项不通过的已提交案卷数。点击数字查看对应案卷。"
            ).class("hint")
        }
    }

    static func files(_ model: Model) -> Component {
        if model.files.isEmpty { return Paragraph("没有符合条件的案卷。").class("muted") }
        return Table(
            header: TableRow {
                TableHeaderCell("执法主体")
                TableHeaderCell("序号")
                TableHeaderCell("案号")
                TableHeaderCell("当事人")
                TableHeaderCell("状态")
                TableHeaderCell("得分与等次")
                TableHeaderCell("评查人")
            }
        ) {
            for file in model.files {
                TableRow {
                    TableCell(file.organisationName)
                    TableCell("\(file.position)")
                    TableCell {
                        Link(file.caseReference, url: "/enforcement/reviews/\(model.campaign.id)/files/\(file.id)")
                    }
                    TableCell(file.partyName)
                    TableCell { CaseFileReviewComponents.stage(file.stage) }
                    TableCell(CaseFileReviewComponents.grade(file))
                    TableCell(file.reviewerName ?? "—")
                }
            }
        }.class("table")
    }
}
