import FazhiCore
import Foundation

extension NormativeDocumentRow {
    /// Where the document's filing (报送备案) and filing review (备案审查) stand, in plain words for the public page and
    /// the API: the stage labels are the officials' shorthand (「纠正中」), which a citizen would not read right.
    public var publicFilingStatus: String {
        let body = filingOrganisationName ?? "备案审查机关"
        switch stage {
        case .published:
            if let filingDue { return "尚未报送备案（应于\(filingDue.iso)前报送）" }
            return "尚未报送备案"
        case .filed:
            return "已\(filedOn.map { "于\($0.iso)" } ?? "")报送\(body)备案，等待备案登记"
        case .supplementing:
            return "已报送\(body)备案；备案审查机关要求补充材料，暂缓备案登记"
        case .underReview:
            return "\(body)已\(registeredOn.map { "于\($0.iso)" } ?? "")予以备案登记，正在审查"
        case .correcting:
            let asked = reviewOutcome == .revoke ? "建议撤销" : "要求纠正"
            return "经备案审查，\(body)\(asked)；制定机关正在处理"
        case .handlingReported:
            return "制定机关已报告纠正处理情况，等待\(body)审核"
        case .closed:
            let outcome = reviewOutcome.map { "（\($0.label)）" } ?? ""
            return "\(body)备案审查完毕\(outcome)\(closedOn.map { "，\($0.iso)" } ?? "")"
        case .drafting, .evaluation, .publicComment, .legalityReview, .deliberation, .registration, .withdrawn:
            return "尚未公布"
        }
    }
}
