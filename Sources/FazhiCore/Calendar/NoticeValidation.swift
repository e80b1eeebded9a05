extension YearNotice {
    /// Checks a notice entered by an administrator (page, API or CLI) before it changes the calendar: the
    /// fields a notice always has, then its internal consistency. All problems are reported together, each
    /// with the form field it belongs to.
    public func validatedForEntry() throws(DomainError) -> YearNotice {
        var errors: [FieldError] = []
        var notice = self
        notice.title = title.trimmingWhitespace
        notice.documentNumber = documentNumber?.trimmingWhitespace
        if notice.documentNumber?.isEmpty == true { notice.documentNumber = nil }
        if !(2004...2100).contains(year) { errors.append(FieldError("year", "年份应在 2004 至 2100 之间")) }
        if notice.title.isEmpty {
            errors.append(FieldError("title", "请填写通知标题，如「国务院办公厅关于\(year)年部分节假日安排的通知」"))
        } else if notice.title.count > 200 {
            errors.append(FieldError("title", "通知标题不能超过200字"))
        }
        if (notice.documentNumber?.count ?? 0) > 60 { errors.append(FieldError("documentNumber", "文号不能超过60字")) }
        if issuedOn.year < year - 2 || issuedOn.year > year {
            errors.append(FieldError("issuedOn", "成文日期 \(issuedOn) 与通知年份 \(year) 不符"))
        }
        if holidays.isEmpty { errors.append(FieldError("holidays", "请至少填写一个放假时段")) }
        for problem in Set(validate()).sorted(by: { $0.message < $1.message }) {
            errors.append(FieldError(problem.field, problem.message))
        }
        if !errors.isEmpty { throw .invalid(errors) }
        notice.holidays.sort { $0.first < $1.first }
        notice.adjustedWorkdays.sort { $0.date < $1.date }
        return notice
    }
}

extension String {
    var trimmingWhitespace: String {
        String(drop(while: \.isWhitespace).reversed().drop(while: \.isWhitespace).reversed())
    }
}

/// A notice as an administrator submits it through the API or the CLI (JSON): the notice's own fields and an
/// optional reason for the record.
public struct YearNoticeEntry: Codable, Sendable, Equatable {
    public var year: Int
    public var title: String
    public var documentNumber: String?
    public var issuedOn: CivilDate
    public var holidays: [HolidayPeriod]
    public var adjustedWorkdays: [AdjustedWorkday]?
    public var reason: String?

    public var notice: YearNotice {
        YearNotice(
            year: year, title: title, documentNumber: documentNumber, issuedOn: issuedOn, holidays: holidays,
            adjustedWorkdays: adjustedWorkdays ?? [])
    }
}
