/// One area of `subsidy.csv`: its break-even subsidy, need and what the budget funds.
public struct SubsidyRow: Sendable, Equatable {
    /// The area's index in the scenario.
    public var area: Int
    public var households: Double
    public var managedMonths: Int
    public var search: SubsidyBreakeven
    /// CNY over the horizon: rate × H × managed months; nil for `no-solution`.
    public var need: Double?
    /// CNY over the horizon; nil for `no-solution`.
    public var funded: Double?
    public var status: SubsidyStatus

    /// funded / need; nil when the need is 0 or undefined (a ratio with denominator 0).
    public var fundedShare: Double? {
        guard let need, let funded, need > 0 else { return nil }
        return funded / need
    }

    /// need / H, the order of the `coverage` policy; nil without a need.
    public var needPerHousehold: Double? { need.map { $0 / households } }
}
