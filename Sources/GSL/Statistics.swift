internal import CGSL

/// Summary statistics of a sample, from GSL's `gsl_statistics_double.h`.
public enum Statistics {
    /// The arithmetic mean (`gsl_stats_mean`); NaN for an empty sample.
    ///
    /// - Complexity: O(n); GSL's running mean, so the result depends on the order of `data`.
    public static func mean(_ data: UnsafeBufferPointer<Double>) -> Double {
        guard let base = data.baseAddress, !data.isEmpty else { return .nan }
        GSLRuntime.prepare()
        return gsl_stats_mean(base, 1, data.count)
    }

    /// The sample standard deviation with n − 1 in the denominator (`gsl_stats_sd`); NaN for
    /// fewer than two values.
    public static func standardDeviation(_ data: UnsafeBufferPointer<Double>) -> Double {
        guard let base = data.baseAddress, data.count >= 2 else { return .nan }
        GSLRuntime.prepare()
        return gsl_stats_sd(base, 1, data.count)
    }

    /// ``standardDeviation(_:)`` about `mean`, the sample's ``mean(_:)``, which is then not
    /// worked out again (`gsl_stats_sd_m`): the same result, in one pass instead of two.
    public static func standardDeviation(_ data: UnsafeBufferPointer<Double>, mean: Double) -> Double {
        guard let base = data.baseAddress, data.count >= 2 else { return .nan }
        GSLRuntime.prepare()
        return gsl_stats_sd_m(base, 1, data.count, mean)
    }

    /// The quantile `f` of ascending `sorted` data by linear interpolation between order
    /// statistics, `(1 − δ) x[i] + δ x[i + 1]` with i = ⌊(n − 1) f⌋ and δ = (n − 1) f − i
    /// (`gsl_stats_quantile_from_sorted_data`; Hyndman and Fan's type 7); NaN when empty.
    ///
    /// - Precondition: `f` is in [0, 1]; `sorted` is sorted ascending.
    public static func quantile(sorted: UnsafeBufferPointer<Double>, _ f: Double) -> Double {
        precondition(f >= 0 && f <= 1, "quantile fraction \(f) must be in [0, 1]")
        guard let base = sorted.baseAddress, !sorted.isEmpty else { return .nan }
        GSLRuntime.prepare()
        return gsl_stats_quantile_from_sorted_data(base, 1, sorted.count, f)
    }
}
