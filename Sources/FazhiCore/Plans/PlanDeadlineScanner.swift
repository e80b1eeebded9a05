/// Finds the deadline phrases of a text (PlanDeadline), left to right, each once.
///
/// Readings chosen where the wording is loose, all documented in ARCHITECTURE.md: 「X年前」 and 「到X年」 are
/// read as the end of year X (plans use them for the plan's own target year); 「X月前」 as the end of month X;
/// a month or year end without a year (「年底前」, 「6月底前」) takes the plan's year when it is known.
enum PlanDeadlineScanner {
    static func deadlines(in text: String, referenceYear: Int?) -> [PlanDeadline] {
        let s = Array(text.unicodeScalars)
        var scanner = Cursor(s: s, referenceYear: referenceYear)
        var result: [PlanDeadline] = []
        var i = 0
        while i < s.count {
            if let (deadline, end) = scanner.match(at: i) {
                result.append(deadline)
                i = max(end, i + 1)
            } else {
                i += 1
            }
        }
        return result
    }

    /// The deadline a field such as 「完成时限：持续推进」 gives: what the text says, or, for words like 持续推进
    /// and 长期 that only such a field makes a deadline, an ongoing one.
    static func fieldDeadline(_ value: String, referenceYear: Int?) -> PlanDeadline? {
        if let found = deadlines(in: value, referenceYear: referenceYear).first { return found }
        let trimmed = value.planTrimmed
        for word in ["持续", "长期", "常态", "经常"] where trimmed.hasPrefix(word) {
            return PlanDeadline(date: nil, text: trimmed, kind: .ongoing)
        }
        return nil
    }
}

extension PlanDeadlineScanner {
    fileprivate struct Cursor {
        let s: [Unicode.Scalar]
        let referenceYear: Int?

        func at(_ i: Int, _ word: String) -> Bool {
            var j = i
            for w in word.unicodeScalars {
                guard j < s.count, s[j] == w else { return false }
                j += 1
            }
            return true
        }

        /// The end of the first of `words` found at `i`, or nil.
        func any(_ i: Int, _ words: [String]) -> Int? {
            for word in words where at(i, word) { return i + word.unicodeScalars.count }
            return nil
        }

        func text(_ range: Range<Int>) -> String { String(scalars: s[range]) }

        func isDigit(_ i: Int) -> Bool { i >= 0 && i < s.count && PlanScalars.digit(s[i]) != nil }

        /// The scalars a deadline phrase can start with; every other scalar is passed over at once.
        static let starts: [Bool] = {
            var table = [Bool](repeating: false, count: 0x10000)
            for c in "每长截到至年0123456789０１２３４５６７８９零〇一二两三四五六七八九十百千壹贰叁肆伍陆柒捌玖拾佰".unicodeScalars {
                table[Int(c.value)] = true
            }
            return table
        }()

        mutating func match(at i: Int) -> (PlanDeadline, Int)? {
            let c = s[i]
            guard c.value < 0x10000, Self.starts[Int(c.value)] else { return nil }
            if c == "每" { return recurring(at: i) }
            if c == "长", let end = any(i, ["长期坚持", "长期推进", "长期执行", "长期开展", "长期实施", "长期有效"]) {
                return (PlanDeadline(date: nil, text: text(i..<end), kind: .ongoing), end)
            }
            if c == "截" || c == "到" || c == "至", let yearStart = any(i, ["截止到", "截至", "截止", "到", "至"]),
                isDigit(yearStart)
            {
                return yearForm(prefixStart: i, yearStart: yearStart)
            }
            if PlanScalars.digit(c) != nil, !isDigit(i - 1) {
                return yearForm(prefixStart: i, yearStart: i) ?? monthForm(at: i) ?? relative(at: i)
            }
            if ChineseNumeral.isNumeral(c), i == 0 || !ChineseNumeral.isNumeral(s[i - 1]) { return relative(at: i) }
            if c == "年" { return bareYearEnd(at: i) }
            return nil
        }

        // MARK: years, months, days

        private func yearForm(prefixStart: Int, yearStart: Int) -> (PlanDeadline, Int)? {
            let run = PlanScalars.digitRun(s, from: yearStart)
            guard run.count == 4, run.upperBound < s.count, s[run.upperBound] == "年",
                let year = PlanScalars.number(s[run]), (1949...2199).contains(year)
            else { return nil }
            // 「2021—2025年」 is the plan's period, not a deadline.
            if prefixStart == yearStart, yearStart >= 2, "—-–~～".unicodeScalars.contains(s[yearStart - 1]),
                isDigit(yearStart - 2)
            {
                return nil
            }
            let hasTo = prefixStart < yearStart
            let j = run.upperBound + 1
            func found(_ kind: PlanDeadline.Kind, _ date: CivilDate?, _ end: Int) -> (PlanDeadline, Int) {
                (PlanDeadline(date: date, text: text(prefixStart..<end), kind: kind), end)
            }
            let yearEnd = CivilDate(year: year, month: 12, day: 31)
            if let end = any(j, ["年底", "年末", "底", "末"]) {
                return found(.yearEnd, yearEnd, any(end, ["之前", "以前", "前"]) ?? end)
            }
            if let end = any(j, ["内", "全年"]) { return found(.yearEnd, yearEnd, end) }
            if let end = any(j, ["上半年"]) {
                return found(.monthEnd, CivilDate(year: year, month: 6, day: 30), any(end, ["底前", "末", "前"]) ?? end)
            }
            if let end = any(j, ["下半年"]) { return found(.yearEnd, yearEnd, any(end, ["底前", "末", "前"]) ?? end) }
            if let (quarter, end) = quarter(at: j) {
                let month = quarter * 3
                return found(.monthEnd, monthEnd(year, month), end)
            }
            if let (month, monthEnd) = month(at: j) {
                if let (day, dayEnd) = day(at: monthEnd) {
                    let date = CivilDate(year: year, month: month, day: day)
                    if let end = any(dayEnd, ["之前", "以前", "前", "止"]) { return found(.date, date, end) }
                    return hasTo ? found(.date, date, dayEnd) : nil
                }
                if let end = any(monthEnd, ["上旬前", "上旬", "中旬前", "中旬", "下旬前", "下旬"]) {
                    let day =
                        at(monthEnd, "上")
                        ? 10 : at(monthEnd, "中") ? 20 : CivilDate.daysInMonth(year: year, month: month)
                    return found(.date, CivilDate(year: year, month: month, day: day), end)
                }
                if let end = any(monthEnd, ["底之前", "底以前", "底前", "末前", "份前", "底", "末", "之前", "以前", "前"]) {
                    return found(.monthEnd, self.monthEnd(year, month), end)
                }
                return hasTo ? found(.monthEnd, self.monthEnd(year, month), monthEnd) : nil
            }
            if let end = any(j, ["之前", "以前", "前"]) { return found(.byYear, yearEnd, end) }
            return hasTo ? found(.byYear, yearEnd, j) : nil
        }

        private func monthEnd(_ year: Int, _ month: Int) -> CivilDate? { CivilDate.lastDay(year: year, month: month) }

        /// 「4月」 → (4, index after 月).
        private func month(at j: Int) -> (Int, Int)? {
            let run = PlanScalars.digitRun(s, from: j)
            guard (1...2).contains(run.count), run.upperBound < s.count, s[run.upperBound] == "月",
                let month = PlanScalars.number(s[run]), (1...12).contains(month)
            else { return nil }
            return (month, run.upperBound + 1)
        }

        private func day(at j: Int) -> (Int, Int)? {
            let run = PlanScalars.digitRun(s, from: j)
            guard (1...2).contains(run.count), run.upperBound < s.count,
                "日号".unicodeScalars.contains(s[run.upperBound]),
                let day = PlanScalars.number(s[run]), (1...31).contains(day)
            else { return nil }
            return (day, run.upperBound + 1)
        }

        /// 「第三季度末」, 「一季度」, 「3季度底前」 → (quarter, end).
        private func quarter(at j: Int) -> (Int, Int)? {
            var k = at(j, "第") ? j + 1 : j
            guard k < s.count else { return nil }
            let q = PlanScalars.digit(s[k]) ?? ChineseNumeral.value(s[k..<k + 1])
            guard let q, (1...4).contains(q) else { return nil }
            k += 1
            guard let end = any(k, ["季度", "季"]) else { return nil }
            return (q, any(end, ["末之前", "末前", "底前", "末", "底", "前"]) ?? end)
        }

        /// 「6月底前」 without a year: the plan's year, if known.
        private func monthForm(at i: Int) -> (PlanDeadline, Int)? {
            guard i == 0 || s[i - 1] != "年", let (month, end) = month(at: i),
                let suffixEnd = any(end, ["底之前", "底以前", "底前", "末前", "份前", "底", "末", "前"])
            else { return nil }
            let date = referenceYear.flatMap { monthEnd($0, month) }
            return (PlanDeadline(date: date, text: text(i..<suffixEnd), kind: .monthEnd), suffixEnd)
        }

        /// 「年底前」, 「今年年底前」, 「年内」 after 今/本/当, without a year of their own.
        private func bareYearEnd(at i: Int) -> (PlanDeadline, Int)? {
            guard !isDigit(i - 1) else { return nil }
            let start = i >= 2 && s[i - 1] == "年" && "今本当".unicodeScalars.contains(s[i - 2]) ? i - 2 : i
            let end: Int
            if let e = any(i, ["年底之前", "年底前", "年末前"]) {
                end = e
            } else if i >= 1, "今本当".unicodeScalars.contains(s[i - 1]), let e = any(i, ["年内", "年度内", "年底", "年末"]) {
                return (
                    PlanDeadline(
                        date: referenceYear.flatMap { CivilDate(year: $0, month: 12, day: 31) },
                        text: text(i - 1..<e), kind: .yearEnd), e
                )
            } else {
                return nil
            }
            if i >= 1, s[i - 1] == "每" { return nil }
            let date = referenceYear.flatMap { CivilDate(year: $0, month: 12, day: 31) }
            return (PlanDeadline(date: date, text: text(start..<end), kind: .yearEnd), end)
        }

        // MARK: recurring

        private func recurring(at i: Int) -> (PlanDeadline, Int)? {
            let periods: [(String, PlanRecurrence.Period)] = [
                ("每年度", .yearly), ("每半年", .halfYearly), ("每季度", .quarterly), ("每个季度", .quarterly),
                ("每季", .quarterly), ("每年", .yearly), ("每个月", .monthly), ("每月", .monthly), ("每周", .weekly),
                ("每星期", .weekly),
            ]
            guard let (word, period) = periods.first(where: { at(i, $0.0) }) else { return nil }
            var end = i + word.unicodeScalars.count
            var recurrence = PlanRecurrence(period)
            // 「每年3月底前」, 「每年1月31日前」, 「每年年底前」, 「每季度末」: when in the period.
            if period == .yearly, let (month, monthEnd) = month(at: end) {
                if let (day, dayEnd) = day(at: monthEnd), let e = any(dayEnd, ["之前", "以前", "前"]) {
                    recurrence.month = month
                    recurrence.day = day
                    end = e
                } else if let e = any(monthEnd, ["底之前", "底前", "末前", "底", "末", "前"]) {
                    recurrence.month = month
                    recurrence.day = CivilDate.daysInMonth(year: 2001, month: month)
                    end = e
                }
            } else if period == .yearly, let e = any(end, ["年底前", "年末前", "年底", "年末", "底前", "末"]) {
                recurrence.month = 12
                recurrence.day = 31
                end = e
            } else if period != .yearly, let e = any(end, ["末前", "底前", "末", "底"]) {
                end = e
            }
            return (PlanDeadline(date: nil, text: text(i..<end), kind: .recurring(recurrence)), end)
        }

        // MARK: relative

        /// 「会议召开1个月前」, 「有效期届满前6个月」, 「印发之日起30日内」.
        private func relative(at i: Int) -> (PlanDeadline, Int)? {
            var k = i
            while k < s.count, k - i < 4, PlanScalars.digit(s[k]) != nil || ChineseNumeral.isNumeral(s[k]) { k += 1 }
            guard k > i,
                let amount = PlanScalars.number(s[i..<k]) ?? ChineseNumeral.value(s[i..<k]), amount > 0, amount < 1000
            else { return nil }
            let counted = at(k, "个")
            if counted { k += 1 }
            let units: [(String, PlanRelativeDeadline.Unit)] = [
                ("工作日", .workingDays), ("日", .days), ("天", .days), ("周", .weeks), ("星期", .weeks), ("月", .months),
                ("年", .years),
            ]
            guard let (word, unit) = units.first(where: { at(k, $0.0) }) else { return nil }
            // 「6月」 is June; only 「6个月」 is a period.
            if unit == .months, !counted { return nil }
            let unitEnd = k + word.unicodeScalars.count
            if i >= 1, s[i - 1] == "前", let anchor = anchor(endingAt: i - 1) {
                let deadline = PlanRelativeDeadline(
                    anchor: text(anchor), amount: amount, unit: unit, before: true)
                return (
                    PlanDeadline(date: nil, text: text(anchor.lowerBound..<unitEnd), kind: .relative(deadline)), unitEnd
                )
            }
            if let end = any(unitEnd, ["之前", "以前", "前"]) {
                var anchorEnd = i
                while anchorEnd > 0, "的之".unicodeScalars.contains(s[anchorEnd - 1]) { anchorEnd -= 1 }
                guard let anchor = anchor(endingAt: anchorEnd) else { return nil }
                let deadline = PlanRelativeDeadline(anchor: text(anchor), amount: amount, unit: unit, before: true)
                return (PlanDeadline(date: nil, text: text(anchor.lowerBound..<end), kind: .relative(deadline)), end)
            }
            if let end = any(unitEnd, ["以内", "内"]) {
                for since in ["之日起", "日起", "之后", "以后", "起", "后"] {
                    let n = since.unicodeScalars.count
                    guard i >= n, text(i - n..<i) == since, let anchor = anchor(endingAt: i - n) else { continue }
                    let deadline = PlanRelativeDeadline(anchor: text(anchor), amount: amount, unit: unit, before: false)
                    return (
                        PlanDeadline(date: nil, text: text(anchor.lowerBound..<end), kind: .relative(deadline)), end
                    )
                }
            }
            return nil
        }

        /// The event a relative deadline counts from: the words before `end` back to the start of the clause,
        /// after the last 在/于/自/从/距 (「确保政府在人大常委会召开…会议」 → 「人大常委会召开…会议」).
        private func anchor(endingAt end: Int) -> Range<Int>? {
            var start = end
            while start > 0, end - start < 30, !PlanScalars.separatesClause(s[start - 1]),
                !PlanScalars.endsSentence(s[start - 1]), !PlanScalars.isOpening(s[start - 1]), s[start - 1] != "\n"
            {
                start -= 1
            }
            if let cut = s[start..<end].lastIndex(where: { "在于自从距".unicodeScalars.contains($0) }) { start = cut + 1 }
            return end - start >= 2 ? start..<end : nil
        }
    }
}
