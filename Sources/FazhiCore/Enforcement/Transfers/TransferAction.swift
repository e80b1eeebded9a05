/// A step on a transfer (两法衔接). The agency records every step, including what the police did (their receipt,
/// decisions and notices reach it on paper); `next(from:)` is the one table of moves.
public enum TransferAction: String, Codable, CaseIterable, Sendable {
    /// 批准移送 (第五条第二款).
    case approve
    /// 不批准移送, with the reasons (第五条第二款).
    case reject
    /// 移送公安机关, with the transfer letter and materials (第五条、第六条).
    case handOver = "hand_over"
    /// 公安机关签收回执 (第七条).
    case receive
    /// 公安机关决定立案 (第八条; also after a reconsideration or the procuratorate's supervision).
    case file
    /// 公安机关不予立案, with the reasons given (第八条).
    case refuse
    /// 提请公安机关复议 (第九条第一款).
    case requestReconsideration = "request_reconsideration"
    /// 复议维持不予立案 (第九条第二款).
    case upholdRefusal = "uphold_refusal"
    /// 建议人民检察院立案监督 (第九条).
    case suggestSupervision = "suggest_supervision"
    /// 移交涉案物品及材料 (第十二条).
    case handOverMaterials = "hand_over_materials"
    /// 依法作出处理（办结）after a refusal (第十条).
    case conclude
    /// 撤回.
    case withdraw

    public var label: String {
        switch self {
        case .approve: "批准移送"
        case .reject: "不批准移送"
        case .handOver: "移送公安机关"
        case .receive: "公安机关签收回执"
        case .file: "公安机关决定立案"
        case .refuse: "公安机关决定不予立案"
        case .requestReconsideration: "提请公安机关复议"
        case .upholdRefusal: "复议决定维持不予立案"
        case .suggestSupervision: "建议检察院立案监督"
        case .handOverMaterials: "移交涉案物品及材料"
        case .conclude: "依法作出处理并办结"
        case .withdraw: "撤回移送"
        }
    }

    /// The stage after this action from `stage`, or nil when it is not allowed there.
    public func next(from stage: TransferStage) -> TransferStage? {
        switch (self, stage) {
        case (.approve, .reported): .approved
        case (.reject, .reported): .notApproved
        case (.handOver, .approved): .transferred
        case (.receive, .transferred): .received
        case (.file, .received), (.file, .reconsidering), (.file, .supervisionSuggested): .filed
        case (.refuse, .received): .refused
        case (.requestReconsideration, .refused): .reconsidering
        case (.upholdRefusal, .reconsidering): .upheld
        case (.suggestSupervision, .refused), (.suggestSupervision, .upheld): .supervisionSuggested
        case (.handOverMaterials, .filed): .handedOver
        case (.conclude, .refused), (.conclude, .upheld), (.conclude, .supervisionSuggested): .concluded
        case (.withdraw, .reported), (.withdraw, .approved), (.withdraw, .transferred): .withdrawn
        default: nil
        }
    }

    /// Whether the step needs a time of day (the 24-hour handover runs from the approval's hour).
    public var needsTime: Bool { self == .approve || self == .handOver }

    /// The label of the step's text when it is required (reasons, or what was decided), or nil when optional.
    public var requiredNote: String? {
        switch self {
        case .reject: "不批准的理由"
        case .refuse: "公安机关不予立案的理由"
        case .requestReconsideration: "提请复议的理由"
        case .upholdRefusal: "复议决定的内容"
        case .suggestSupervision: "建议立案监督的理由"
        case .conclude: "依法作出的处理"
        case .withdraw: "撤回的理由"
        default: nil
        }
    }

    /// The label of the step's document number (移送书、回执、通知书), if it has one.
    public var documentLabel: String? {
        switch self {
        case .handOver: "涉嫌犯罪案件移送书文号"
        case .receive: "回执签收人或编号"
        case .file: "立案通知书文号"
        case .refuse: "不予立案通知书文号"
        case .upholdRefusal: "复议决定通知书文号"
        case .suggestSupervision: "立案监督建议书文号"
        default: nil
        }
    }

    /// Why the action is refused at `stage`, in words for the user.
    public func refusal(at stage: TransferStage) -> String { "移送当前处于「\(stage.label)」，不能「\(label)」" }
}
