import Testing

@testable import FazhiCore

extension Regulations {
    @Suite("LawStatusDates.status(on:)")
    struct LawStatusDatesTests {
        let dates = LawStatusDates(effectiveOn: day("2021-07-15"))

        @Test("valid from the effective day on, not yet in force the day before")
        func effective() {
            #expect(dates.status(on: day("2021-07-14")) == .notYetInForce)
            #expect(dates.status(on: day("2021-07-15")) == .valid)
            #expect(dates.status(on: day("2030-01-01")) == .valid)
        }

        @Test("amended from the day the next version takes effect")
        func amended() {
            // given
            var dates = dates
            dates.supersededOn = day("2024-01-01")
            // then
            #expect(dates.status(on: day("2023-12-31")) == .valid)
            #expect(dates.status(on: day("2024-01-01")) == .amended)
        }

        @Test("repealed from the repeal day, even when superseded or expired as well")
        func repealed() {
            // given
            var dates = dates
            dates.supersededOn = day("2022-01-01")
            dates.expiredOn = day("2022-06-01")
            dates.repealedOn = day("2022-06-01")
            // then
            #expect(dates.status(on: day("2022-05-31")) == .amended)
            #expect(dates.status(on: day("2022-06-01")) == .repealed)
        }

        @Test("expired from the expiry day, before an amendment counts")
        func expired() {
            // given
            var dates = dates
            dates.supersededOn = day("2022-01-01")
            dates.expiredOn = day("2023-01-01")
            // then
            #expect(dates.status(on: day("2022-12-31")) == .amended)
            #expect(dates.status(on: day("2023-01-01")) == .expired)
        }

        @Test("repeal and expiry win over not yet in force")
        func repealedBeforeEffect() {
            // given
            let repealed = LawStatusDates(effectiveOn: day("2025-01-01"), repealedOn: day("2024-06-01"))
            let expired = LawStatusDates(effectiveOn: day("2025-01-01"), expiredOn: day("2024-06-01"))
            // then
            #expect(repealed.status(on: day("2024-05-31")) == .notYetInForce)
            #expect(repealed.status(on: day("2024-06-01")) == .repealed)
            #expect(expired.status(on: day("2024-06-01")) == .expired)
        }

        @Test("the statuses carry their Chinese names")
        func names() {
            #expect(LawStatus.allCases.map(\.rawValue) == ["有效", "已修改", "已废止", "尚未生效", "失效"])
        }
    }
}
