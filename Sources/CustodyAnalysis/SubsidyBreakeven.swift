/// The smallest flat operating subsidy that brings one area's metric to 0 (MODEL §7 `subsidy`).
public struct SubsidyBreakeven: Sendable, Equatable {
    /// What the search found.
    public enum Outcome: String, Sendable {
        /// The metric is ≥ 0 without an operating subsidy; the rate is 0.
        case notNeeded = "not-needed"
        /// A rate in (0, 10⁶] brings the metric to 0.
        case needed
        /// Even 10⁶ CNY/household/month leaves the metric below 0, or the search failed.
        case noSolution = "no-solution"
    }

    public var outcome: Outcome
    /// The metric with both subsidy lists at 0 (start-up grant and reward kept).
    public var metricWithoutSubsidy: Double
    /// CNY/household/month in every year; nil for ``Outcome/noSolution``.
    public var rate: Double?
    /// Evaluations of the metric the search used.
    public var evaluations: Int

    public init(outcome: Outcome, metricWithoutSubsidy: Double, rate: Double?, evaluations: Int) {
        self.outcome = outcome
        self.metricWithoutSubsidy = metricWithoutSubsidy
        self.rate = rate
        self.evaluations = evaluations
    }
}
