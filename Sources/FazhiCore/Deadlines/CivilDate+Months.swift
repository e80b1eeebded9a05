extension CivilDate {
    /// The same day `months` later; a day the month lacks becomes its last day (1-31 + 1 month = 2-28/29).
    public func addingMonths(_ months: Int) -> CivilDate {
        let index = year * 12 + (month - 1) + months
        let y = index / 12
        let m = index % 12 + 1
        return CivilDate(year: y, month: m, day: min(day, CivilDate.daysInMonth(year: y, month: m)))!
    }
}
