/// How a sweep chooses its samples (MODEL §7, `sweep`).
public enum SweepMethod: String, Sendable, CaseIterable {
    /// Every combination of each parameter's `values`, or of `levels` points at the quantiles
    /// (j + 0.5)/levels; `--samples` is ignored.
    case grid
    /// Independent draws from GSL's MT19937.
    case random
    /// Latin hypercube: one sample in each of the N equal-probability strata of every parameter.
    case lhs
    /// GSL's Sobol sequence (at most 40 parameters).
    case sobol
}
