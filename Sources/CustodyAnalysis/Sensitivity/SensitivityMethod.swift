/// How `sensitivity` measures each swept parameter's influence (MODEL §7).
public enum SensitivityMethod: String, Sendable, CaseIterable {
    /// One at a time, 5th to 95th percentile: ``Tornado``.
    case tornado
    /// Elementary effects on trajectories: ``MorrisScreening``.
    case morris
    /// Variance-based indices from Saltelli's design: ``SaltelliSobol``.
    case sobol
}
