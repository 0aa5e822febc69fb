/// Where a metric crosses zero on a bracket, or why it was not found: one row of
/// `breakeven.csv` before it is labelled.
public struct ZeroCrossing: Sendable, Equatable {
    /// How a solve ended (MODEL §7 `status`).
    public enum Status: String, Sendable, CaseIterable {
        /// The bracket met the tolerance; ``ZeroCrossing/root`` is the answer.
        case ok
        /// The metric has one strict sign at both ends of the bracket.
        case noSignChange = "no-sign-change"
        /// Brent's iterations ran out, or the metric was NaN or infinite where it was evaluated.
        case didNotConverge = "did-not-converge"
    }

    public var status: Status
    /// The estimate of x with metric(x) = 0: GSL's last iterate, or an end of the bracket where
    /// the metric is exactly 0. Nil unless ``status`` is ``Status/ok``.
    public var root: Double?
    /// The bracket at the end of the search: a single point when the root was hit exactly, the
    /// searched bracket when no iteration ran.
    public var finalBracket: ClosedRange<Double>
    /// Brent iterations (`gsl_root_fsolver_iterate` calls). Each evaluates the metric once,
    /// except one that follows an exact hit of the root (GSL then just closes the bracket);
    /// the two ends of the bracket cost two more evaluations.
    public var iterations: Int
    /// The metric at the lower and upper end of the searched bracket.
    public var metricAtLower: Double
    public var metricAtUpper: Double

    public init(status: Status, root: Double?, finalBracket: ClosedRange<Double>, iterations: Int,
                metricAtLower: Double, metricAtUpper: Double) {
        self.status = status
        self.root = root
        self.finalBracket = finalBracket
        self.iterations = iterations
        self.metricAtLower = metricAtLower
        self.metricAtUpper = metricAtUpper
    }

    /// The end of ``finalBracket`` on which the metric has the sign it has at the searched
    /// bracket's upper end: for a metric that rises with x and is negative at the lower end,
    /// the smallest x known to give a metric ≥ 0.
    public var upperSide: Double {
        metricAtUpper >= 0 ? finalBracket.upperBound : finalBracket.lowerBound
    }
}
