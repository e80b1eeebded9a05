import FazhiCore
import FazhiStore

/// A campaign's files as a sheet: agency, draw position, case, stage, score, grade, veto, reviewer; the results by
/// agency follow below the files (the same figures as the page).
enum CaseFileReviewExport {
    static func table(_ campaign: ReviewCampaignRow, files: [ReviewFileRow]) -> TableExport {
        var rows: [[TableCell]] = files.map { file in
            let done = file.stage == .submitted
            return [
                .text(file.organisationName), TableCell(file.position), .text(file.caseReference),
                .text(file.partyName),
                .text(file.stage.label), done ? file.score.map(TableCell.init) ?? .empty : .empty,
                .text(done ? file.grade?.label ?? "" : ""), .text(done ? (file.vetoed ? "是" : "否") : ""),
                .text(file.reviewerName ?? ""),
            ]
        }
        rows.append([])
        rows.append(["执法主体", "抽取件数", "已提交", "平均分", "合格率", "否决件数"].map(TableCell.text))
        for result in ReviewAgencyResult.of(files, scale: campaign.standard.grades) {
            rows.append([
                .text(result.organisationName), TableCell(result.files), TableCell(result.submitted),
                result.averageScore.map { .number(($0 * 10).rounded() / 10) } ?? .empty,
                .text(CaseFileReviewComponents.percent(result.passRate)), TableCell(result.vetoed),
            ])
        }
        return TableExport(
            sheetName: "案卷评查结果",
            headers: ["执法主体", "序号", "案号", "当事人", "状态", "得分", "等次", "否决", "评查人"], rows: rows,
            columnWidths: [28, 8, 22, 20, 14, 8, 8, 8, 12])
    }
}
