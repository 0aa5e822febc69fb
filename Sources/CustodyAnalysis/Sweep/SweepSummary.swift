import GSL

/// The statistics of one metric over a sweep's samples: a row of `sweep-summary.csv`.
public struct SweepSummaryRow: Sendable, Equatable {
    public let metric: SweepMetric
    /// Samples where the metric is defined (self_sufficiency is not when costs are 0).
    public let count: Int
    public let mean, sd, min, p05, p25, p50, p75, p95, max: Double
    /// The share of defined samples below 0.
    public let probNegative: Double
}

/// Collects one number per sample per metric, in sample order, and summarises them.
///
/// Only these numbers are kept (8 bytes per sample per metric), so that quantiles are exact
/// without holding any row.
public struct SweepAccumulator: Sendable {
    private var columns: [[Double]]

    public init(reservingCapacity capacity: Int) {
        columns = SweepMetric.allCases.map { _ in
            var c: [Double] = []
            c.reserveCapacity(capacity)
            return c
        }
    }

    /// Appends the next sample's outcome.
    public mutating func append(_ outcome: SweepOutcome) {
        for (k, metric) in SweepMetric.allCases.enumerated() { columns[k].append(outcome[metric]) }
    }

    /// Samples appended so far.
    public var count: Int { columns[0].count }

    /// One row per metric: mean and sd (n − 1) in sample order, then min, the 5th … 95th
    /// percentiles (GSL's `gsl_stats_quantile_from_sorted_data`) and max of the sorted values,
    /// and the share below 0. NaN values (undefined) are left out; a metric with no defined
    /// value has NaN statistics. Consumes the stored numbers.
    ///
    /// - Complexity: O(n log n) per metric; sorts in place.
    public mutating func summarise() -> [SweepSummaryRow] {
        SweepMetric.allCases.enumerated().map { k, metric in
            var data = columns[k].filter { !$0.isNaN }
            columns[k] = []
            return data.withUnsafeMutableBufferPointer { buffer in
                let all = UnsafeBufferPointer(buffer)
                let mean = Statistics.mean(all), sd = Statistics.standardDeviation(all)
                let negative = all.reduce(0) { $0 + ($1 < 0 ? 1 : 0) }
                Statistics.sort(buffer)
                func q(_ f: Double) -> Double { Statistics.quantile(sorted: all, f) }
                return SweepSummaryRow(metric: metric, count: all.count, mean: mean, sd: sd, min: q(0),
                                       p05: q(0.05), p25: q(0.25), p50: q(0.5), p75: q(0.75), p95: q(0.95), max: q(1),
                                       probNegative: all.isEmpty ? .nan : Double(negative) / Double(all.count))
            }
        }
    }
}
