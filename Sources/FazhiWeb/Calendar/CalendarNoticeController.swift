import FazhiCore
import FazhiStore
import Plot
import Vapor

extension Request {
    /// The calendar is national: only an administrator of the whole tree (the top organisation) may enter a
    /// notice. Administrators lower down see the history.
    func requireCalendarAdministrator() throws -> Accounts.Member {
        let member = try requireMember(anyOf: .admin)
        guard member.scopeRoot.parentID == nil else {
            throw DomainError.forbidden("放假安排全国统一，只有最上级机构的管理员可以录入")
        }
        return member
    }

    /// Saves a notice, puts the new calendar into service and returns what moved.
    func saveNotice(_ notice: YearNotice, reason: String?, by member: Accounts.Member) async throws -> CalendarChange {
        let change = try await CalendarStore(db: db).add(notice, reason: reason, orgPath: member.scope.root, by: actor)
        services.calendars.replace(with: change.current)
        return change
    }
}

/// 日历管理: the history of entered notices and the form to enter a new year's notice.
struct CalendarNoticeController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        let admin = routes.grouped("admin", "calendar")
        admin.get(use: page)
        admin.post(use: save)
    }

    struct NoticeForm: Content {
        var year: String?
        var title: String?
        var documentNumber: String?
        var issuedOn: String?
        var holidays: String?
        var workdays: String?
        var reason: String?
    }

    @Sendable func page(req: Request) async throws -> Response {
        let member = try req.requireMember(anyOf: .admin)
        let next = (req.calendar.calendar.notices.keys.max() ?? req.today.year) + 1
        let form = NoticeForm(
            year: "\(next)", title: "国务院办公厅关于\(next)年部分节假日安排的通知", documentNumber: nil, issuedOn: nil,
            holidays: nil, workdays: nil, reason: nil)
        return try await render(req, member, form: form, errors: [])
    }

    @Sendable func save(req: Request) async throws -> Response {
        let member = try req.requireCalendarAdministrator()
        let form = try req.content.decode(NoticeForm.self)
        do {
            let notice = try Self.notice(from: form)
            let change = try await req.saveNotice(notice, reason: form.reason, by: member)
            let moved = change.moves.count
            return Flash.redirect(
                req, to: "/admin/calendar",
                message:
                    "已保存\(notice.year)年放假安排（日历第\(change.current.version)版）。重新计算了\(change.recomputed)个进行中的期限，其中\(moved)个有变化，已通知承办人。"
            )
        } catch let error as DomainError where !error.fields.isEmpty {
            return try await render(req, member, form: form, errors: error.fields, status: .unprocessableEntity)
        }
    }

    /// Reads the form into a notice, collecting every field error.
    static func notice(from form: NoticeForm) throws(DomainError) -> YearNotice {
        var errors: [FieldError] = []
        let year = Int((form.year ?? "").trimmingCharacters(in: .whitespaces))
        if year == nil { errors.append(FieldError("year", "请填写年份，如 2027")) }
        let issuedOn = FormDate.read(form.issuedOn, field: "issuedOn", label: "成文日期", errors: &errors)
        var holidays: [HolidayPeriod] = []
        var workdays: [AdjustedWorkday] = []
        do { holidays = try NoticeText.holidays(form.holidays ?? "") } catch { errors += error.fields }
        do { workdays = try NoticeText.workdays(form.workdays ?? "") } catch { errors += error.fields }
        guard errors.isEmpty, let year, let issuedOn else { throw .invalid(errors) }
        return try YearNotice(
            year: year, title: form.title ?? "", documentNumber: form.documentNumber, issuedOn: issuedOn,
            holidays: holidays, adjustedWorkdays: workdays
        ).validatedForEntry()
    }

    private func render(
        _ req: Request, _ member: Accounts.Member, form: NoticeForm, errors: [FieldError],
        status: HTTPResponseStatus = .ok
    ) async throws -> Response {
        let history = try await CalendarStore(db: req.db).history()
        let context = PageContext(req)
        let page = CalendarNoticePage(
            current: req.calendar, history: history, form: form, errors: errors,
            mayEnter: member.scopeRoot.parentID == nil)
        return Layout.response(CalendarNoticePage.view(page, context), context: context, status: status)
    }
}

struct CalendarNoticePage {
    let current: VersionedCalendar
    let history: [CalendarVersionRecord]
    let form: CalendarNoticeController.NoticeForm
    let errors: [FieldError]
    let mayEnter: Bool

    static func view(_ page: CalendarNoticePage, _ context: PageContext) -> PageHTML {
        let calendar = page.current.calendar
        let noticeYears = calendar.notices.keys.sorted()
        let provisional = calendar.years.filter { calendar.isProvisional(year: $0) }
        return Layout.page(context, title: "日历管理") {
            H1("日历管理")
            Paragraph(
                "现行日历第\(page.current.version)版：已有国务院放假通知的年份 \(noticeYears.first ?? 0)–\(noticeYears.last ?? 0)；\(provisional.first.map { "\($0) 年起为按《全国年节及纪念日放假办法》推算的暂定日历" } ?? "")。录入新一年的通知后，所有进行中的期限按新日历重新计算，届满日变化的通知承办人。"
            ).class("lead")
            if page.mayEnter {
                H2("录入放假通知")
                ErrorSummary(errors: page.errors)
                Form(url: "/admin/calendar", method: .post) {
                    CSRFField(token: context.csrf)
                    FormField(
                        label: "年份", name: "year", value: page.form.year ?? "", type: .number, required: true,
                        errors: page.errors)
                    FormField(
                        label: "通知标题", name: "title", value: page.form.title ?? "", required: true, errors: page.errors)
                    FormField(
                        label: "文号", name: "documentNumber", value: page.form.documentNumber ?? "",
                        hint: "如「国办发明电〔2026〕7号」",
                        errors: page.errors)
                    FormField(
                        label: "成文日期", name: "issuedOn", value: page.form.issuedOn ?? "", type: .date, required: true,
                        errors: page.errors)
                    TextAreaField(
                        label: "放假时段", name: "holidays", value: page.form.holidays ?? "", required: true,
                        hint: "每行一个：节日名称 起始日期 至 结束日期，如「春节 2027-02-06 至 2027-02-13」；单日放假只写一个日期",
                        errors: page.errors)
                    TextAreaField(
                        label: "调休上班日", name: "workdays", value: page.form.workdays ?? "",
                        hint: "每行一个：节日名称 日期，如「春节 2027-02-14」（周六或周日）", errors: page.errors)
                    FormField(
                        label: "说明", name: "reason", value: page.form.reason ?? "", hint: "可选，如「更正春节调休日期」",
                        errors: page.errors)
                    Button("保存并重新计算期限").attribute(named: "type", value: "submit").class("button")
                }.class("form")
            } else {
                Paragraph("放假安排全国统一，由最上级机构的管理员录入。").class("muted")
            }
            H2("录入记录")
            if page.history.isEmpty {
                Paragraph("尚未录入通知；现行日历为系统内置的 2004–2026 年国务院通知。").class("muted")
            } else {
                Table(
                    header: TableRow {
                        TableHeaderCell("版本")
                        TableHeaderCell("年份")
                        TableHeaderCell("通知")
                        TableHeaderCell("录入人")
                        TableHeaderCell("录入时间")
                        TableHeaderCell("说明")
                    }
                ) {
                    for record in page.history {
                        TableRow {
                            TableCell("第\(record.version)版")
                            TableCell(Link("\(record.notice.year)", url: "/calendar/\(record.notice.year)"))
                            TableCell(record.notice.title + (record.notice.documentNumber.map { "（\($0)）" } ?? ""))
                            TableCell(record.enteredBy)
                            TableCell(DisplayFormat.dateTime(record.enteredAt)).class("mono")
                            TableCell(record.reason ?? "—")
                        }
                    }
                }.class("table")
            }
        }
    }
}
