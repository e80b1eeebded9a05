// The State Council's annual holiday notices, 2004–2026, entered by hand from the published texts (国务院公报,
// 中国政府网 and their reprints). Each period is the run of rest days the notice names: "X日至Y日放假" gives X…Y;
// "X日放假，与周末连休" gives X with the weekend it joins; "X日放假，Y日补休" gives X…Y. Adjusted working days are the
// days the notice says "上班".
//
// Signing dates marked `issuedOnConfirmed: false` could not be checked against a published copy while this file was
// written; for 2004 and 2005 only the month is known and the day is a placeholder (see OfficialNotices+Sources).

extension YearNotice {
    /// Every built-in notice, 2004 through 2026, in year order.
    public static let official: [YearNotice] = [
        notices2004to2007, notices2008to2013, notices2014to2019, notices2020to2026,
    ].flatMap { $0 }
}

extension YearNotice {
    /// `YYYY-MM-DD` literal; the data is checked by tests, so a typo fails loudly.
    static func day(_ text: String) -> CivilDate {
        guard let date = CivilDate(iso: text) else { preconditionFailure("bad date literal \(text)") }
        return date
    }

    static func rest(_ name: String, _ first: String, _ last: String? = nil) -> HolidayPeriod {
        HolidayPeriod(name: name, first: day(first), last: day(last ?? first))
    }

    static func work(_ name: String, _ dates: String...) -> [AdjustedWorkday] {
        dates.map { AdjustedWorkday(date: day($0), name: name) }
    }

    static func title(_ year: Int) -> String { "国务院办公厅关于\(year)年部分节假日安排的通知" }
}

// Before 2008 (1999 version of the 放假办法): 元旦 1 day, 春节 3 days (初一至初三), 劳动节 3 days, 国庆节 3 days, joined
// with moved weekends into the seven-day "golden weeks".
extension YearNotice {
    static let notices2004to2007: [YearNotice] = [
        YearNotice(
            year: 2004, title: title(2004), issuedOn: day("2003-12-01"), issuedOnConfirmed: false,
            holidays: [
                rest("元旦", "2004-01-01"), rest("春节", "2004-01-22", "2004-01-28"),
                rest("劳动节", "2004-05-01", "2004-05-07"), rest("国庆节", "2004-10-01", "2004-10-07"),
            ],
            adjustedWorkdays: work("春节", "2004-01-17", "2004-01-18") + work("劳动节", "2004-05-08", "2004-05-09")
                + work("国庆节", "2004-10-09", "2004-10-10")),
        YearNotice(
            year: 2005, title: title(2005), issuedOn: day("2004-12-01"), issuedOnConfirmed: false,
            holidays: [
                rest("元旦", "2005-01-01", "2005-01-03"), rest("春节", "2005-02-09", "2005-02-15"),
                rest("劳动节", "2005-05-01", "2005-05-07"), rest("国庆节", "2005-10-01", "2005-10-07"),
            ],
            adjustedWorkdays: work("春节", "2005-02-05", "2005-02-06") + work("劳动节", "2005-04-30", "2005-05-08")
                + work("国庆节", "2005-10-08", "2005-10-09")),
        YearNotice(
            year: 2006, title: title(2006), documentNumber: "国办发明电〔2005〕35号", issuedOn: day("2005-12-16"),
            holidays: [
                rest("元旦", "2006-01-01", "2006-01-03"), rest("春节", "2006-01-29", "2006-02-04"),
                rest("劳动节", "2006-05-01", "2006-05-07"), rest("国庆节", "2006-10-01", "2006-10-07"),
            ],
            adjustedWorkdays: work("元旦", "2005-12-31") + work("春节", "2006-01-28", "2006-02-05")
                + work("劳动节", "2006-04-29", "2006-04-30") + work("国庆节", "2006-09-30", "2006-10-08")),
        YearNotice(
            year: 2007, title: title(2007), documentNumber: "国办发明电〔2006〕49号", issuedOn: day("2006-12-14"),
            holidays: [
                rest("元旦", "2007-01-01", "2007-01-03"), rest("春节", "2007-02-18", "2007-02-24"),
                rest("劳动节", "2007-05-01", "2007-05-07"), rest("国庆节", "2007-10-01", "2007-10-07"),
            ],
            adjustedWorkdays: work("元旦", "2006-12-30", "2006-12-31") + work("春节", "2007-02-17", "2007-02-25")
                + work("劳动节", "2007-04-28", "2007-04-29") + work("国庆节", "2007-09-29", "2007-09-30")),
    ]

    // 2008–2013 (2007 version): 元旦 1, 春节 3 (除夕、初一、初二), 清明 1, 劳动节 1, 端午 1, 中秋 1, 国庆 3.
    static let notices2008to2013: [YearNotice] = [
        YearNotice(
            year: 2008, title: title(2008), documentNumber: "国办发明电〔2007〕40号", issuedOn: day("2007-12-14"),
            issuedOnConfirmed: false,
            holidays: [
                rest("元旦", "2007-12-30", "2008-01-01"), rest("春节", "2008-02-06", "2008-02-12"),
                rest("清明节", "2008-04-04", "2008-04-06"), rest("劳动节", "2008-05-01", "2008-05-03"),
                rest("端午节", "2008-06-07", "2008-06-09"), rest("中秋节", "2008-09-13", "2008-09-15"),
                rest("国庆节", "2008-09-29", "2008-10-05"),
            ],
            adjustedWorkdays: work("元旦", "2007-12-29") + work("春节", "2008-02-02", "2008-02-03")
                + work("劳动节", "2008-05-04") + work("国庆节", "2008-09-27", "2008-09-28")),
        YearNotice(
            year: 2009, title: title(2009), documentNumber: "国办发明电〔2008〕42号", issuedOn: day("2008-12-10"),
            issuedOnConfirmed: false,
            holidays: [
                rest("元旦", "2009-01-01", "2009-01-03"), rest("春节", "2009-01-25", "2009-01-31"),
                rest("清明节", "2009-04-04", "2009-04-06"), rest("劳动节", "2009-05-01", "2009-05-03"),
                rest("端午节", "2009-05-28", "2009-05-30"), rest("国庆节、中秋节", "2009-10-01", "2009-10-08"),
            ],
            adjustedWorkdays: work("元旦", "2009-01-04") + work("春节", "2009-01-24", "2009-02-01")
                + work("端午节", "2009-05-31") + work("国庆节、中秋节", "2009-09-27", "2009-10-10")),
        YearNotice(
            year: 2010, title: title(2010), documentNumber: "国办发明电〔2009〕27号", issuedOn: day("2009-12-07"),
            holidays: [
                rest("元旦", "2010-01-01", "2010-01-03"), rest("春节", "2010-02-13", "2010-02-19"),
                rest("清明节", "2010-04-03", "2010-04-05"), rest("劳动节", "2010-05-01", "2010-05-03"),
                rest("端午节", "2010-06-14", "2010-06-16"), rest("中秋节", "2010-09-22", "2010-09-24"),
                rest("国庆节", "2010-10-01", "2010-10-07"),
            ],
            adjustedWorkdays: work("春节", "2010-02-20", "2010-02-21") + work("端午节", "2010-06-12", "2010-06-13")
                + work("中秋节", "2010-09-19", "2010-09-25") + work("国庆节", "2010-09-26", "2010-10-09")),
        YearNotice(
            year: 2011, title: title(2011), documentNumber: "国办发明电〔2010〕40号", issuedOn: day("2010-12-09"),
            holidays: [
                rest("元旦", "2011-01-01", "2011-01-03"), rest("春节", "2011-02-02", "2011-02-08"),
                rest("清明节", "2011-04-03", "2011-04-05"), rest("劳动节", "2011-04-30", "2011-05-02"),
                rest("端午节", "2011-06-04", "2011-06-06"), rest("中秋节", "2011-09-10", "2011-09-12"),
                rest("国庆节", "2011-10-01", "2011-10-07"),
            ],
            adjustedWorkdays: work("春节", "2011-01-30", "2011-02-12") + work("清明节", "2011-04-02")
                + work("国庆节", "2011-10-08", "2011-10-09")),
        YearNotice(
            year: 2012, title: title(2012), documentNumber: "国办发明电〔2011〕45号", issuedOn: day("2011-12-05"),
            holidays: [
                rest("元旦", "2012-01-01", "2012-01-03"), rest("春节", "2012-01-22", "2012-01-28"),
                rest("清明节", "2012-04-02", "2012-04-04"), rest("劳动节", "2012-04-29", "2012-05-01"),
                rest("端午节", "2012-06-22", "2012-06-24"), rest("中秋节、国庆节", "2012-09-30", "2012-10-07"),
            ],
            adjustedWorkdays: work("元旦", "2011-12-31") + work("春节", "2012-01-21", "2012-01-29")
                + work("清明节", "2012-03-31", "2012-04-01") + work("劳动节", "2012-04-28")
                + work("中秋节、国庆节", "2012-09-29")),
        YearNotice(
            year: 2013, title: title(2013), documentNumber: "国办发明电〔2012〕33号", issuedOn: day("2012-12-08"),
            holidays: [
                rest("元旦", "2013-01-01", "2013-01-03"), rest("春节", "2013-02-09", "2013-02-15"),
                rest("清明节", "2013-04-04", "2013-04-06"), rest("劳动节", "2013-04-29", "2013-05-01"),
                rest("端午节", "2013-06-10", "2013-06-12"), rest("中秋节", "2013-09-19", "2013-09-21"),
                rest("国庆节", "2013-10-01", "2013-10-07"),
            ],
            adjustedWorkdays: work("元旦", "2013-01-05", "2013-01-06") + work("春节", "2013-02-16", "2013-02-17")
                + work("清明节", "2013-04-07") + work("劳动节", "2013-04-27", "2013-04-28")
                + work("端午节", "2013-06-08", "2013-06-09") + work("中秋节", "2013-09-22")
                + work("国庆节", "2013-09-29", "2013-10-12")),
    ]
}
