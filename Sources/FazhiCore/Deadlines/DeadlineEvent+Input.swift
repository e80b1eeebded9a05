extension DeadlineEvent {
    /// The event types as the API and the forms name them.
    public static let typeNames: [(code: String, label: String)] = [
        ("extend", "延长"), ("suspend", "中止"), ("resume", "恢复"), ("restart", "重新起算"),
    ]

    /// Builds an event from its parts as a form or a JSON body gives them; `field` prefixes the field names
    /// in errors (e.g. `events[2].`).
    public static func from(
        type: String, date: CivilDate, amount: Int?, note: String?, field: String = ""
    ) throws(DomainError) -> DeadlineEvent {
        let note = note?.trimmingWhitespace
        let cleanNote = (note?.isEmpty ?? true) ? nil : note
        if (cleanNote?.count ?? 0) > 500 { throw .invalid("\(field)note", "说明不能超过500字") }
        switch type {
        case "extend":
            guard let amount else { throw .invalid("\(field)amount", "延长事件须给出延长的期限") }
            guard amount > 0 else { throw .invalid("\(field)amount", "延长的期限应为正数") }
            return .extend(on: date, amount: amount, note: cleanNote)
        case "suspend": return .suspend(on: date, note: cleanNote)
        case "resume": return .resume(on: date, note: cleanNote)
        case "restart": return .restart(on: date, note: cleanNote)
        default:
            throw .invalid("\(field)type", "未知的事件类型「\(type)」（extend、suspend、resume、restart）")
        }
    }

    /// The event's type code (`extend`, `suspend`, `resume`, `restart`).
    public var typeCode: String {
        switch self {
        case .extend: "extend"
        case .suspend: "suspend"
        case .resume: "resume"
        case .restart: "restart"
        }
    }

    /// The extension amount, if any.
    public var amount: Int? {
        if case .extend(_, let amount, _) = self { return amount }
        return nil
    }

    /// The note, if any.
    public var note: String? {
        switch self {
        case .extend(_, _, let note), .suspend(_, let note), .resume(_, let note), .restart(_, let note): note
        }
    }
}
