import CustodyModel

/// One-at-a-time sensitivity (MODEL §7, `sensitivity --method tornado`): each parameter at its
/// 5th and 95th percentile with every other at its base value.
public enum Tornado {
    /// The low and high values of a swept parameter: the 5th and 95th percentiles of its
    /// distribution, or the smallest and largest of its `values`; an integer parameter's are
    /// rounded as a sweep rounds them.
    public static func range(of variable: SweepVariable) -> (low: Double, high: Double) {
        if case .values(let xs) = variable.inverseCDF.distribution { return (xs.min()!, xs.max()!) }
        return (variable.value(at: 0.05), variable.value(at: 0.95))
    }

    /// Rows by swing, largest first (ties keep the parameters' order; an undefined swing last).
    ///
    /// - Parameters:
    ///   - ranges: each parameter's (low, high).
    ///   - model: the metric with parameter k set to a value and the others at their base.
    /// - Complexity: 2 d model runs.
    public static func rows(ranges: [(low: Double, high: Double)], model: (_ parameter: Int, _ value: Double) -> Double) -> [TornadoRow] {
        let rows = ranges.enumerated().map { k, range in
            TornadoRow(parameter: k, low: range.low, high: range.high,
                       metricLow: model(k, range.low), metricHigh: model(k, range.high))
        }
        func key(_ row: TornadoRow) -> Double { row.swing.isNaN ? -.infinity : row.swing }
        return rows.enumerated().sorted { a, b in
            key(a.element) != key(b.element) ? key(a.element) > key(b.element) : a.offset < b.offset
        }.map(\.element)
    }
}
