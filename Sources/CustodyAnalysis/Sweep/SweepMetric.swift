/// The district totals a sweep reports for each sample (MODEL §7, `sweep`), in column order.
public enum SweepMetric: String, Sendable, CaseIterable {
    /// Σ over areas of the area's npv.
    case npv
    /// The district's cash at month T: Σ over areas of Σ_t net_cash_flow.
    case cumulativeCash = "cumulative_cash"
    /// The lowest month of the district's summed cumulative cash.
    case minCumulativeCash = "min_cumulative_cash"
    /// Σ (own_revenue − vat − surcharges) / Σ costs; undefined (NaN) when Σ costs = 0.
    case selfSufficiency = "self_sufficiency"
    /// Σ over areas of government money (operating subsidy, grant and reward).
    case subsidy
}
