import Dispatch
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

    /// Appends the next samples' outcomes, in order: a chunk of a sweep at a time, one column
    /// after the other.
    public mutating func append(contentsOf outcomes: [SweepOutcome]) {
        for (k, metric) in SweepMetric.allCases.enumerated() { columns[k] += outcomes.map { $0[metric] } }
    }

    /// Samples appended so far.
    public var count: Int { columns[0].count }

    /// One row per metric: mean and sd (n − 1, ``SampleMoments``), then min, the 5th … 95th
    /// percentiles and max (GSL's `gsl_stats_quantile_from_sorted_data`), and the share below
    /// 0. NaN values (undefined) are left out; a metric with no defined value has NaN
    /// statistics. Consumes the stored numbers, in place: no copy of a column is made.
    ///
    /// The quantile of fraction f interpolates between the order statistics i = ⌊(n − 1) f⌋
    /// and i + 1. Only those ranks are selected (``OrderStatistics``), not the whole column
    /// sorted, and GSL interpolates between the two, given as sorted data of their own with the
    /// fraction (n − 1) f − i: the same operations as on the whole sorted column.
    ///
    /// The metrics are summarised at the same time on the available cores (each on its own
    /// column, so the result does not depend on it).
    ///
    /// - Complexity: O(n) expected per metric.
    public mutating func summarise() -> [SweepSummaryRow] {
        let metrics = SweepMetric.allCases
        // Each column moves into a box of its own (and out of `columns`, so that it is summarised
        // in place, not copied); each worker touches one box.
        let boxes = columns.map(Column.init)
        columns = []
        DispatchQueue.concurrentPerform(iterations: metrics.count) { k in
            let box = boxes[k]
            box.row = box.values.withUnsafeMutableBufferPointer { Self.summarise(metrics[k], $0) }
            box.values = []
        }
        return boxes.map { $0.row! }
    }

    /// A metric's column and then its row, while the metrics are summarised in parallel.
    private final class Column: @unchecked Sendable {
        var values: [Double]
        var row: SweepSummaryRow?
        init(_ values: [Double]) { self.values = values }
    }

    /// The row of `metric` from its column, which is reordered.
    private static func summarise(_ metric: SweepMetric, _ buffer: UnsafeMutableBufferPointer<Double>) -> SweepSummaryRow {
        // The defined values moved to the front, the negative ones counted on the way.
        var n = 0, negative = 0
        for i in buffer.indices where !buffer[i].isNaN {
            buffer[n] = buffer[i]
            negative += buffer[i] < 0 ? 1 : 0
            n += 1
        }
        let defined = UnsafeMutableBufferPointer(rebasing: buffer[..<n])
        let all = UnsafeBufferPointer(defined)
        let (mean, sd) = SampleMoments.of(all)
        let fractions = [0, 0.05, 0.25, 0.5, 0.75, 0.95, 1.0]
        let lower = fractions.map { Int($0 * Double(Swift.max(n - 1, 0))) }
        OrderStatistics.select(defined, ranks: n == 0 ? [] : lower.flatMap { [$0, Swift.min($0 + 1, n - 1)] })
        func q(_ f: Double) -> Double {
            guard n > 0 else { return .nan }
            let index = f * Double(n - 1), i = Int(index)
            let neighbours = i == n - 1 ? [all[i]] : [all[i], all[i + 1]]
            return neighbours.withUnsafeBufferPointer { Statistics.quantile(sorted: $0, index - Double(i)) }
        }
        return SweepSummaryRow(metric: metric, count: n, mean: mean, sd: sd, min: q(0),
                               p05: q(0.05), p25: q(0.25), p50: q(0.5), p75: q(0.75), p95: q(0.95), max: q(1),
                               probNegative: n == 0 ? .nan : Double(negative) / Double(n))
    }
}
