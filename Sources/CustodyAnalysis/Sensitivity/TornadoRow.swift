/// One parameter of a tornado chart: a row of `sensitivity.csv` for `tornado`.
public struct TornadoRow: Sendable, Equatable {
    /// Index of the parameter among the swept ones.
    public let parameter: Int
    /// The parameter's 5th and 95th percentiles (the smallest and largest of `values`).
    public let low, high: Double
    /// The metric with the parameter at `low`, then at `high`, every other at its base value.
    public let metricLow, metricHigh: Double

    /// `|metric_high − metric_low|`.
    public var swing: Double { abs(metricHigh - metricLow) }
}
