/// 效力状态: the legal status of one version of a document on a given day.
public enum LawStatus: String, CaseIterable, Sendable, Codable {
    case valid = "有效"
    case amended = "已修改"
    case repealed = "已废止"
    case notYetInForce = "尚未生效"
    case expired = "失效"
}

/// The dates that decide a version's status. `status(on:)` is the one definition of status used everywhere
/// (store queries, pages, API), so that a version is never "valid" on one page and "amended" on another.
public struct LawStatusDates: Sendable, Equatable, Codable {
    /// 施行日期 of this version.
    public var effectiveOn: CivilDate
    /// The effective date of the next version of the same work: from then on this version is 已修改.
    public var supersededOn: CivilDate?
    /// 废止日期.
    public var repealedOn: CivilDate?
    /// 失效日期 (a temporary or trial document whose term ran out, or one declared 失效).
    public var expiredOn: CivilDate?

    public init(
        effectiveOn: CivilDate, supersededOn: CivilDate? = nil, repealedOn: CivilDate? = nil,
        expiredOn: CivilDate? = nil
    ) {
        self.effectiveOn = effectiveOn
        self.supersededOn = supersededOn
        self.repealedOn = repealedOn
        self.expiredOn = expiredOn
    }

    /// The status on `date`. Repeal and expiry win over everything (a repealed law is repealed even if it never
    /// took effect); then a version not yet in force; then one replaced by a later version.
    public func status(on date: CivilDate) -> LawStatus {
        if let repealedOn, repealedOn <= date { return .repealed }
        if let expiredOn, expiredOn <= date { return .expired }
        if effectiveOn > date { return .notYetInForce }
        if let supersededOn, supersededOn <= date { return .amended }
        return .valid
    }
}
