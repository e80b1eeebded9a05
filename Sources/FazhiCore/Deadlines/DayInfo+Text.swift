extension DayInfo {
    /// 「工作日」「休息日（周末）」「休息日（国庆节）」「工作日（调休上班：国庆节）」, with 「（暂定）」 for a
    /// year whose State Council notice is not yet published.
    public var text: String {
        let base =
            switch kind {
            case .workday: "工作日"
            case .weekend: "休息日（周末）"
            case .holiday(let name): "休息日（\(name)）"
            case .adjustedWorkday(let name): "工作日（调休上班：\(name)）"
            }
        return base + (provisional ? "（暂定：该年放假安排尚未发布）" : "")
    }
}
