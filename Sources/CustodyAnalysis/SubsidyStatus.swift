/// An area's line of `subsidy.csv` (MODEL §7 `status`).
public enum SubsidyStatus: String, Sendable, CaseIterable {
    /// The metric is ≥ 0 without an operating subsidy.
    case notNeeded = "not-needed"
    /// The whole need is funded.
    case funded
    /// Part of the need is funded (the budget ran out on this area, or every need was scaled).
    case partial
    /// The area has a need and the budget gives it nothing.
    case unfunded
    /// No rate up to 10⁶ CNY/household/month brings the metric to 0.
    case noSolution = "no-solution"
}
