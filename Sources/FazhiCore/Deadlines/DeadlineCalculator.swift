import Foundation

/// Computes deadlines from a rule, a start date and events, on a holiday calendar. Pure:
/// the same inputs always give the same deadline and the same explanation.
public struct DeadlineCalculator: Sendable {
    public let calendar: HolidayCalendar

    public init(calendar: HolidayCalendar) { self.calendar = calendar }

    /// - Parameters:
    ///   - startTime: "HH:mm", needed only for periods counted in hours.
    public func compute(
        _ rule: DeadlineRule, start: CivilDate, startTime: String? = nil, events: [DeadlineEvent] = []
    ) throws(DomainError) -> Deadline {
        try validate(rule, start: start, startTime: startTime, events: events)
        var lines = [
            "依据：\(rule.basis.citation)：「\(rule.basis.excerpt)」",
            "期限：\(rule.startsFrom)\(rule.periodText)\(rule.kind == .minimum ? "（不少于）" : "")。",
            countingLine(rule),
            "起算日：\(start)（\(rule.startsFrom)，起算日当日不计入）。",
        ]
        if rule.unit == .hours {
            return hours(rule, start: start, startTime: startTime!, lines: lines)
        }
        var anchor = start
        var remaining = rule.amount
        var extended = 0
        var suspendedSince: CivilDate? = nil
        for event in events {
            let note = Self.note(event)
            switch event {
            case .extend(let date, let amount, _):
                extended += amount
                remaining += amount
                lines.append(
                    "\(date) 延长\(amount)\(rule.unit == .calendarDays ? "日" : rule.unit.label)\(note)，累计延长\(extended)\(unitWord(rule.unit))；依据：\(rule.extensionBasis?.citation ?? rule.basis.citation)。"
                )
            case .suspend(let date, _):
                let used = elapsed(rule.unit, from: anchor, to: date)
                remaining -= used
                suspendedSince = date
                lines.append(
                    "\(date) 中止计算\(note)：此前已经过\(used)\(unitWord(rule.unit))，尚余\(max(remaining, 0))\(unitWord(rule.unit))。"
                )
            case .resume(let date, _):
                anchor = date
                suspendedSince = nil
                lines.append("\(date) 恢复计算\(note)：自次日起继续计算剩余的\(max(remaining, 0))\(unitWord(rule.unit))。")
            case .restart(let date, _):
                anchor = date
                remaining = rule.amount
                extended = 0
                suspendedSince = nil
                lines.append("\(date) 重新起算\(note)：期限自该日起重新计算\(rule.periodText)。")
            }
        }
        if let since = suspendedSince {
            lines.append("期限自\(since)起处于中止状态，恢复后再计算届满日。")
            return Deadline(
                ruleID: rule.id, title: rule.title, start: start, due: nil, dueTime: nil, status: .suspended,
                provisional: calendar.isProvisional(year: since.year), extended: extended, explanation: lines)
        }
        let due = end(rule, anchor: anchor, remaining: max(remaining, 0), lines: &lines)
        let provisional = (start.year...due.year).contains { calendar.isProvisional(year: $0) }
        if provisional {
            lines.append("注意：期间涉及尚未公布国务院节假日安排的年份，按《全国年节及纪念日放假办法》推算，结果为暂定。")
        }
        return Deadline(
            ruleID: rule.id, title: rule.title, start: start, due: due, dueTime: nil, status: .running,
            provisional: provisional, extended: extended, explanation: lines)
    }

    private func end(_ rule: DeadlineRule, anchor: CivilDate, remaining: Int, lines: inout [String]) -> CivilDate {
        switch rule.unit {
        case .workingDays:
            let due = calendar.addWorkdays(remaining, to: anchor)
            appendSkipped(from: anchor.adding(days: 1), to: due, lines: &lines)
            lines.append("届满日：\(due)（自\(anchor)次日起第\(remaining)个工作日）。")
            return due
        case .calendarDays, .months:
            let last =
                rule.unit == .months ? anchor.addingMonths(remaining) : anchor.adding(days: remaining)
            let count = rule.unit == .months ? "\(remaining)个月" : "\(remaining)日"
            guard rule.kind == .limit, !calendar.isWorkday(last) else {
                lines.append("届满日：\(last)（自\(anchor)次日起算满\(count)）。")
                if rule.kind == .minimum { lines.append("该期限为最短期限，\(last)期满后方可进行下一步。") }
                return last
            }
            let moved = calendar.nextWorkday(onOrAfter: last)
            appendSkipped(from: last, to: moved.adding(days: -1), lines: &lines)
            lines.append("第\(count)为\(last)，当日为休息日，依\(CountingBasesCitation.periods)顺延至其后第一个工作日\(moved)。")
            lines.append("届满日：\(moved)。")
            return moved
        case .hours:
            preconditionFailure("hours are computed by hours(_:start:startTime:lines:)")
        }
    }

    private func hours(_ rule: DeadlineRule, start: CivilDate, startTime: String, lines: [String]) -> Deadline {
        let parts = startTime.split(separator: ":").compactMap { Int($0) }
        let minutes = parts[0] * 60 + parts[1] + rule.amount * 60
        let due = start.adding(days: minutes / 1440)
        let time = String(format: "%02d:%02d", (minutes % 1440) / 60, minutes % 60)
        var lines = lines
        lines.append("按小时连续计算，不因休息日顺延：自\(start) \(startTime)起\(rule.amount)小时，届满于\(due) \(time)。")
        return Deadline(
            ruleID: rule.id, title: rule.title, start: start, due: due, dueTime: time, status: .running,
            provisional: false, extended: 0, explanation: lines)
    }

    private func appendSkipped(from: CivilDate, to: CivilDate, lines: inout [String]) {
        guard from <= to else { return }
        let periods = calendar.skippedDays(from: from, to: to)
        if !periods.isEmpty {
            lines.append("期间内跳过的休息日：" + periods.map(\.label).joined(separator: "；") + "。")
        }
    }

    private func elapsed(_ unit: PeriodUnit, from anchor: CivilDate, to date: CivilDate) -> Int {
        switch unit {
        case .workingDays: calendar.workdays(from: anchor, to: date)
        default: date.dayNumber - anchor.dayNumber
        }
    }

    private func unitWord(_ unit: PeriodUnit) -> String { unit == .workingDays ? "个工作日" : "日" }

    private func countingLine(_ rule: DeadlineRule) -> String {
        switch rule.unit {
        case .workingDays: "计算方式：按工作日计算，不含法定节假日和休息日；依据\(rule.countingBasis.citation)。"
        case .hours: "计算方式：按小时计算。"
        default: "计算方式：按自然日计算，起算日不计入，届满日为休息日的顺延至其后第一个工作日；依据\(rule.countingBasis.citation)。"
        }
    }

    private static func note(_ event: DeadlineEvent) -> String {
        switch event {
        case .extend(_, _, let note), .suspend(_, let note), .resume(_, let note), .restart(_, let note):
            note.map { "（\($0)）" } ?? ""
        }
    }

    /// Rejects what cannot happen: events before the start or out of order, a resume without a
    /// suspension, extensions beyond the law's maximum or where the law allows none.
    private func validate(
        _ rule: DeadlineRule, start: CivilDate, startTime: String?, events: [DeadlineEvent]
    ) throws(DomainError) {
        if rule.unit == .hours {
            let parts = startTime?.split(separator: ":").compactMap { Int($0) } ?? []
            guard parts.count == 2, (0..<24).contains(parts[0]), (0..<60).contains(parts[1]) else {
                throw .invalid("startTime", "按小时计算的期限须提供起算时间（HH:mm）")
            }
            guard events.isEmpty else { throw .invalid("events", "按小时计算的期限不适用延长、中止或重新起算") }
        }
        var previous = start
        var suspended = false
        var extended = 0
        for (index, event) in events.enumerated() {
            let field = "events[\(index)]"
            guard event.date >= previous else {
                throw .invalid(field, "事件须按日期先后排列，且不早于起算日\(start)（\(event.label) \(event.date)）")
            }
            previous = event.date
            switch event {
            case .extend(_, let amount, _):
                guard let max = rule.maxExtension else {
                    throw .invalid(field, "「\(rule.title)」没有法定的延长规定，不能延长")
                }
                guard amount > 0 else { throw .invalid(field, "延长的期限须为正数") }
                guard !suspended else { throw .invalid(field, "期限中止期间不能延长，请先恢复") }
                extended += amount
                guard extended <= max else {
                    throw .invalid(field, "延长累计\(extended)超过法定上限\(max)（\(rule.extensionBasis?.citation ?? "")）")
                }
            case .suspend:
                guard !suspended else { throw .invalid(field, "期限已处于中止状态") }
                suspended = true
            case .resume:
                guard suspended else { throw .invalid(field, "期限未中止，不能恢复") }
                suspended = false
            case .restart:
                suspended = false
                extended = 0
            }
        }
    }
}

enum CountingBasesCitation {
    static let periods = CountingBases.civilProcedurePeriods.citation
}
