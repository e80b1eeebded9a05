import FazhiCore
import FazhiStore
import Plot

/// How a deadline stands today, in words and a badge tone: 「剩余3个工作日」, 「已逾期2日」, 「中止中」.
enum DeadlineStanding {
    static func of(_ d: TrackedDeadline, today: CivilDate, calendar: HolidayCalendar, horizon: Int) -> (
        String, Badge.Tone
    ) {
        if d.status == .closed { return ("已办结", .neutral) }
        return of(due: d.due, today: today, calendar: calendar, horizon: horizon)
    }

    /// The standing of an open deadline ending on `due` (nil: suspended).
    static func of(due: CivilDate?, today: CivilDate, calendar: HolidayCalendar, horizon: Int) -> (String, Badge.Tone) {
        guard let due else { return ("中止中", .info) }
        if today > due { return ("已逾期\(today.dayNumber - due.dayNumber)日", .bad) }
        if today == due { return ("今日届满", .warn) }
        let left = calendar.workdays(from: today, to: due)
        let tone: Badge.Tone = left <= horizon ? .warn : .good
        return ("剩余\(left)个工作日", tone)
    }
}

/// The list of watched deadlines, with filter tabs.
enum DeadlineListPage {
    static func view(
        _ listings: [DeadlineListing], filter: DeadlineFilter, today: CivilDate, calendar: HolidayCalendar,
        horizon: Int, _ context: PageContext
    ) -> PageHTML {
        Layout.page(context, title: "期限管理") {
            H1("期限管理")
            Paragraph("法定期限按法律规定的计算方法自动计算，节假日变化时自动重新计算。今天是 \(today)。").class("lead")
            Paragraph { Link("登记期限", url: "/deadlines/new").class("button") }
            Navigation {
                for option in DeadlineFilter.allCases {
                    Link(option.label, url: "/deadlines?filter=\(option.rawValue)")
                        .class(option == filter ? "tab tab-current" : "tab")
                        .attribute(named: "aria-current", value: option == filter ? "page" : nil)
                }
            }.class("tabs").attribute(named: "aria-label", value: "筛选")
            if listings.isEmpty {
                Paragraph("没有符合条件的期限。").class("muted")
            } else {
                Table(
                    header: TableRow {
                        TableHeaderCell("事项")
                        TableHeaderCell("期限规则")
                        TableHeaderCell("承办机构")
                        TableHeaderCell("承办人")
                        TableHeaderCell("起算日")
                        TableHeaderCell("届满日")
                        TableHeaderCell("状态")
                    }
                ) {
                    for listing in listings {
                        let d = listing.deadline
                        let (standing, tone) = DeadlineStanding.of(
                            d, today: today, calendar: calendar, horizon: horizon)
                        TableRow {
                            TableCell(Link(d.subject, url: "/deadlines/\(d.id)"))
                            TableCell(DeadlineRules.rule(d.ruleID)?.title ?? d.ruleID)
                            TableCell(listing.organisation.shortName)
                            TableCell(listing.ownerName)
                            TableCell(d.start.iso).class("mono")
                            TableCell {
                                Text(d.due.map { $0.iso + (d.dueTime.map { " \($0)" } ?? "") } ?? "—")
                                if d.provisional { Badge(text: "暂定", tone: .warn) }
                            }.class("mono")
                            TableCell(Badge(text: standing, tone: tone))
                        }
                    }
                }.class("table")
            }
        }
    }
}

/// The form to start watching a deadline.
enum DeadlineFormPage {
    static func view(
        form: DeadlineController.DeadlineForm, owners: [UserListing], errors: [FieldError], _ context: PageContext
    ) -> PageHTML {
        Layout.page(context, title: "登记期限") {
            H1("登记期限")
            ErrorSummary(errors: errors)
            Form(url: "/deadlines", method: .post) {
                CSRFField(token: context.csrf)
                FormField(
                    label: "事项名称", name: "subject", value: form.subject ?? "", required: true,
                    hint: "如「某某公司超标排放案 · 作出处罚决定」", errors: errors)
                SelectField(
                    label: "期限规则", name: "ruleID",
                    options: DeadlineRules.all.map { ($0.id, "\($0.title)（\($0.periodText)，\($0.basis.citation)）") },
                    selected: form.ruleID, required: true, errors: errors)
                FormField(
                    label: "起算日", name: "start", value: form.start ?? "", type: .date, required: true,
                    hint: "引起期限开始的事实发生之日（如立案日、收到申请之日），当日不计入", errors: errors)
                FormField(
                    label: "起算时刻", name: "startTime", value: form.startTime ?? "", hint: "仅按小时计算的期限需要，如 09:30",
                    errors: errors)
                SelectField(
                    label: "承办人", name: "ownerID",
                    options: owners.map {
                        ($0.user.id.uuidString, "\($0.user.displayName)（\($0.organisation.shortName)）")
                    },
                    selected: form.ownerID, required: true, errors: errors)
                Button("登记").attribute(named: "type", value: "submit").class("button")
            }.class("form")
        }
    }
}

/// One deadline: its standing, the explanation step by step, its events, the calendar's moves, and the forms
/// to record an event or close it.
struct DeadlineDetailPage {
    let listing: DeadlineListing
    let computed: Deadline?
    let moves: [DeadlineMove]
    let today: CivilDate
    /// Working days ahead within which a deadline counts as due soon.
    let horizon: Int
    let form: DeadlineController.EventForm
    let errors: [FieldError]
    /// The rule's article checked against the library (引用核查), when the rule cites one the library can read.
    var basis: LawCitationStatus? = nil

    static func view(_ page: DeadlineDetailPage, calendar: HolidayCalendar, _ context: PageContext) -> PageHTML {
        let d = page.listing.deadline
        let rule = DeadlineRules.rule(d.ruleID)
        let (standing, tone) = DeadlineStanding.of(d, today: page.today, calendar: calendar, horizon: page.horizon)
        return Layout.page(context, title: d.subject) {
            Paragraph { Link("← 期限管理", url: "/deadlines") }
            H1(d.subject)
            Paragraph {
                Badge(text: standing, tone: tone)
                if d.provisional {
                    Text(" ")
                    Badge(text: "暂定", tone: .warn)
                    Text(" 期间涉及尚未公布放假安排的年份，按《全国年节及纪念日放假办法》推算；国务院通知公布后自动重新计算。")
                }
            }
            facts([
                ("期限规则", rule.map { "\($0.title)（\($0.periodText)）" } ?? d.ruleID),
                ("法律依据", rule?.basis.citation ?? "—"),
                ("承办机构", page.listing.organisation.name),
                ("承办人", page.listing.ownerName),
                ("起算日", d.start.iso + (d.startTime.map { " \($0)" } ?? "")),
                ("届满日", d.due.map { $0.iso + (d.dueTime.map { " \($0)" } ?? "") } ?? "中止中，恢复后重新计算"),
            ])
            if let basis = page.basis, let link = basis.link {
                Paragraph {
                    Text("法律依据原文：")
                    Link(basis.citation.statute + basis.citation.article, url: link)
                    if basis.verdict.isAlert {
                        Text(" ")
                        Badge(text: basis.verdict.label, tone: .warn)
                    }
                }
            }
            H2("计算说明")
            if let computed = page.computed {
                List(computed.explanation) { line in ListItem(line) }.class("explanation")
            } else {
                Paragraph("该期限的规则已不存在，无法给出说明。").class("muted")
            }
            H2("期间事件")
            if d.events.isEmpty {
                Paragraph("尚无延长、中止、恢复或重新起算。").class("muted")
            } else {
                Table(
                    header: TableRow {
                        TableHeaderCell("日期")
                        TableHeaderCell("事件")
                        TableHeaderCell("期限")
                        TableHeaderCell("说明")
                    }
                ) {
                    for event in d.events {
                        TableRow {
                            TableCell(event.date.iso).class("mono")
                            TableCell(event.label)
                            TableCell(
                                event.amount.map {
                                    "+\($0)\(rule.map { $0.unit == .calendarDays ? "日" : $0.unit.label } ?? "")"
                                } ?? "—")
                            TableCell(event.note ?? "—")
                        }
                    }
                }.class("table")
            }
            if !page.moves.isEmpty {
                H2("日历调整记录")
                Table(
                    header: TableRow {
                        TableHeaderCell("时间")
                        TableHeaderCell("调整")
                        TableHeaderCell("原因")
                    }
                ) {
                    for move in page.moves {
                        TableRow {
                            TableCell(DisplayFormat.dateTime(move.at)).class("mono")
                            TableCell(move.summary)
                            TableCell(move.reason)
                        }
                    }
                }.class("table")
            }
            if d.status == .open {
                H2("登记事件")
                ErrorSummary(errors: page.errors)
                Form(url: "/deadlines/\(d.id)/events", method: .post) {
                    CSRFField(token: context.csrf)
                    SelectField(
                        label: "事件", name: "type", options: DeadlineEvent.typeNames.map { ($0.code, $0.label) },
                        selected: page.form.type, required: true, errors: page.errors)
                    FormField(
                        label: "日期", name: "date", value: page.form.date ?? page.today.iso, type: .date, required: true,
                        errors: page.errors)
                    FormField(
                        label: "延长期限", name: "amount", value: page.form.amount ?? "", type: .number,
                        hint: rule?.maxExtension.map {
                            "仅「延长」需要；本规则最多延长\($0)\(rule!.unit == .calendarDays ? "日" : rule!.unit.label)"
                        }
                            ?? "仅「延长」需要", errors: page.errors)
                    FormField(
                        label: "说明", name: "note", value: page.form.note ?? "", hint: "如批准延长的负责人、中止的事由",
                        errors: page.errors)
                    Button("登记").attribute(named: "type", value: "submit").class("button")
                }.class("form")
                PostButton(title: "办结", action: "/deadlines/\(d.id)/close", csrf: context.csrf)
            } else {
                PostButton(title: "重新打开", action: "/deadlines/\(d.id)/reopen", csrf: context.csrf)
            }
            if let member = context.member, member.user.has(.admin) || member.user.has(.justice) {
                Paragraph { Link("查看该期限的审计记录", url: "/admin/audit?entity=\(d.id.uuidString)") }
            }
        }
    }

    /// A definition list of label and value pairs.
    static func facts(_ pairs: [(String, String)]) -> Node<HTML.BodyContext> {
        .element(
            named: "dl",
            nodes: [.class("facts")]
                + pairs.flatMap { [.element(named: "dt", text: $0.0), .element(named: "dd", text: $0.1)] })
    }
}
