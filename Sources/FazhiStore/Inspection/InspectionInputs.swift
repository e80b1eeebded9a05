import FazhiCore
import Foundation

/// A new inspection campaign as the office enters it.
public struct InspectionCampaignInput: Sendable, Codable {
    public var title: String?
    /// What the campaign checks against (依据): a plan, a document, a leader's instruction.
    public var basis: String?
    public var startedOn: String?
    public var endedOn: String?

    public init(title: String?, basis: String? = nil, startedOn: String?, endedOn: String? = nil) {
        self.title = title
        self.basis = basis
        self.startedOn = startedOn
        self.endedOn = endedOn
    }

    func validated() throws -> (title: String, basis: String?, startedOn: CivilDate, endedOn: CivilDate?) {
        var v = Validation()
        let title = v.text("title", title, label: "督察名称", maxLength: 200)
        let basis = basis?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
        if basis.count > 1000 { v.add("basis", "督察依据不能超过1000个字") }
        let started = CivilDate(iso: startedOn?.trimmingCharacters(in: .whitespaces) ?? "")
        if started == nil { v.add("startedOn", "请填写开始日期，例如 2026-12-01") }
        let endedText = endedOn?.trimmingCharacters(in: .whitespaces) ?? ""
        let ended = CivilDate(iso: endedText)
        if !endedText.isEmpty && ended == nil { v.add("endedOn", "结束日期应为有效日期，例如 2026-12-31") }
        if let started, let ended, ended < started { v.add("endedOn", "结束日期不能早于开始日期") }
        try v.check()
        return (title, basis.isEmpty ? nil : basis, started!, ended)
    }
}

/// A finding as the office records it.
public struct InspectionFindingInput: Sendable, Codable {
    public var organisationID: String?
    public var kind: String?
    public var description: String?
    public var requirement: String?
    /// The day the finding was fed back (反馈); today when empty.
    public var raisedOn: String?
    public var deadline: String?

    public init(
        organisationID: String?, kind: String?, description: String?, requirement: String? = nil,
        raisedOn: String? = nil, deadline: String?
    ) {
        self.organisationID = organisationID
        self.kind = kind
        self.description = description
        self.requirement = requirement
        self.raisedOn = raisedOn
        self.deadline = deadline
    }

    struct Valid {
        var organisationID: UUID
        var kind: InspectionFindingKind
        var description: String
        var requirement: String?
        var raisedOn: CivilDate
        var deadline: CivilDate
    }

    func validated(today: CivilDate) throws -> Valid {
        var v = Validation()
        let unit = organisationID.flatMap { UUID(uuidString: $0.trimmingCharacters(in: .whitespaces)) }
        if unit == nil { v.add("organisationID", "请选择整改责任单位") }
        let kind = kind.flatMap(InspectionFindingKind.init(label:))
        if kind == nil { v.add("kind", "请选择问题类别") }
        let description = v.text("description", description, label: "问题描述", maxLength: 4000)
        let requirement = requirement?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
        if requirement.count > 4000 { v.add("requirement", "整改要求不能超过4000个字") }
        let raisedText = raisedOn?.trimmingCharacters(in: .whitespaces) ?? ""
        let raised = raisedText.isEmpty ? today : CivilDate(iso: raisedText)
        if raised == nil { v.add("raisedOn", "反馈日期应为有效日期，例如 2026-12-01") }
        let deadline = CivilDate(iso: deadline?.trimmingCharacters(in: .whitespaces) ?? "")
        if deadline == nil { v.add("deadline", "请填写整改期限，例如 2027-03-31") }
        if let raised, let deadline, deadline < raised { v.add("deadline", "整改期限不能早于反馈日期") }
        try v.check()
        return Valid(
            organisationID: unit!, kind: kind!, description: description,
            requirement: requirement.isEmpty ? nil : requirement, raisedOn: raised!, deadline: deadline!)
    }
}

/// A report or a decision on a finding.
public struct InspectionActionInput: Sendable {
    public var action: String
    public var body: String
    /// The new deadline of an extension (延期).
    public var deadline: String?
    public var files: [(name: String, content: Data)]

    public init(action: String, body: String, deadline: String? = nil, files: [(name: String, content: Data)] = []) {
        self.action = action
        self.body = body
        self.deadline = deadline
        self.files = files
    }

    func validated(current: CivilDate) throws -> (action: InspectionAction, body: String, deadline: CivilDate?) {
        var v = Validation()
        let action = InspectionAction(rawValue: action)
        if action == nil { v.add("action", "请选择操作") }
        let body = body.trimmingCharacters(in: .whitespacesAndNewlines)
        if body.count > 4000 { v.add("body", "内容不能超过4000个字") }
        if body.isEmpty {
            switch action {
            case .report: v.add("body", "请填写整改情况")
            case let action? where action.needsReason: v.add("body", "请填写\(action.label)的理由")
            default: break
            }
        }
        var deadline: CivilDate?
        if action == .extend {
            deadline = CivilDate(iso: self.deadline?.trimmingCharacters(in: .whitespaces) ?? "")
            if deadline == nil {
                v.add("deadline", "请填写新的整改期限，例如 2027-06-30")
            } else if deadline! <= current {
                v.add("deadline", "新的整改期限应晚于现在的期限（\(current.iso)）")
            }
        }
        if action == .report {
            EvidenceUpload.check(files, into: &v)
        } else if !files.isEmpty {
            v.add("files", "只有整改报告可以附佐证材料")
        }
        try v.check()
        return (action!, body, deadline)
    }
}
