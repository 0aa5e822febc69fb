/// How a `share` result was computed (the `method` column of share.csv).
public enum CostShareMethod: String, Sendable {
    /// Every coalition enumerated (up to ``Shapley/exactPlayerLimit`` compounds).
    case exact
    /// Random permutations, with standard errors.
    case sampled
}
