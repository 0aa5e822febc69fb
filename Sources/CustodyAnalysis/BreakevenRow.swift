/// One solve of `breakeven`: a row of `breakeven.csv`.
public struct BreakevenRow: Sendable, Equatable {
    /// An area id, or `district`.
    public var scope: String
    public var parameter: String
    public var metric: SolverMetric
    public var crossing: ZeroCrossing
    /// Evaluations of the metric, each a run of the areas in scope: the two ends plus at most
    /// one per iteration.
    public var modelRuns: Int

    /// The break-even value; nil unless the solve is `ok`.
    public var value: Double? { crossing.status == .ok ? crossing.root : nil }
}
