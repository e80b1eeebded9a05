import Foundation

/// A step on a transfer as text: the action, the day (and the hour where the 24-hour handover needs it), the document
/// number and the reasons.
public struct TransferStepInput: Codable, Sendable, Equatable {
    public var action: String?
    public var date: String?
    public var time: String?
    public var document: String?
    public var note: String?

    public init(action: String?, date: String?, time: String? = nil, document: String? = nil, note: String? = nil) {
        self.action = action
        self.date = date
        self.time = time
        self.document = document
        self.note = note
    }

    /// The step read and checked; errors in Chinese beside `action`, `date`, `time`, `document`, `note`. A day may not
    /// be after `today` nor before `previous` (the last step's day).
    public func validated(today: CivilDate, previous: CivilDate?) throws(DomainError) -> TransferStep {
        guard let action = TransferAction(rawValue: action ?? "") else {
            throw DomainError.invalid("action", "请选择办理环节")
        }
        var check = Validation()
        let day = Self.day("date", date, label: "日期", today: today, into: &check)
        if let day, let previous, day < previous {
            check.add("date", "日期不能早于上一环节（\(previous)）")
        }
        let time = (self.time ?? "").trimmingCharacters(in: .whitespaces)
        if action.needsTime {
            if !Self.isTime(time) { check.add("time", "请填写时间（时:分，如 09:30）：批准后24小时内移送按小时计算") }
        } else if !time.isEmpty && !Self.isTime(time) {
            check.add("time", "时间格式应为 时:分，如 09:30")
        }
        let document = (self.document ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        if document.count > 100 { check.add("document", "文号不能超过100个字") }
        let note: String
        if let label = action.requiredNote {
            note = check.text("note", self.note, label: label, maxLength: 2000)
        } else {
            note = self.note?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
            if note.count > 2000 { check.add("note", "说明不能超过2000个字") }
        }
        try check.check()
        return TransferStep(
            action: action, date: day!, time: time.isEmpty ? nil : time, document: document, note: note)
    }

    /// A required day in `YYYY-MM-DD`, not after `today`.
    static func day(
        _ field: String, _ text: String?, label: String, today: CivilDate, into check: inout Validation
    ) -> CivilDate? {
        let trimmed = (text ?? "").trimmingCharacters(in: .whitespaces)
        guard !trimmed.isEmpty else {
            check.add(field, "请填写\(label)")
            return nil
        }
        guard let day = CivilDate(iso: trimmed) else {
            check.add(field, "\(label)格式应为 年-月-日，如 2026-03-01")
            return nil
        }
        if day > today { check.add(field, "\(label)不能晚于今天") }
        return day
    }

    static func isTime(_ text: String) -> Bool {
        let parts = text.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 2, parts.allSatisfy({ $0.count == 2 }), let h = Int(parts[0]), let m = Int(parts[1])
        else { return false }
        return (0..<24).contains(h) && (0..<60).contains(m)
    }
}

/// A checked step.
public struct TransferStep: Codable, Sendable, Equatable {
    public var action: TransferAction
    public var date: CivilDate
    public var time: String?
    public var document: String
    public var note: String
}

/// A procuratorate's note or opinion on a transfer (立案监督, 《人民检察院办理行政执法机关移送涉嫌犯罪案件的规定》第十条、
/// 第十三条): words only; it changes no stage.
public struct TransferOpinionInput: Codable, Sendable, Equatable {
    public var text: String?

    public init(text: String?) { self.text = text }

    /// The opinion, required, at most 2000 characters; the error is beside `text`.
    public func validated() throws(DomainError) -> String {
        var check = Validation()
        let text = check.text("text", text, label: "立案监督意见", maxLength: 2000)
        try check.check()
        return text
    }
}
