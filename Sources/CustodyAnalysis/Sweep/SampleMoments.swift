/// The mean and sample standard deviation of a sweep's metric, by the corrected two-pass
/// algorithm (T. F. Chan, G. H. Golub and R. J. LeVeque, "Algorithms for computing the sample
/// variance", The American Statistician 37(3), 1983, doi:10.2307/2683386).
///
/// The first pass sums the values; the next two sum their deviations d = x − x̄₀ from that mean
/// and their squares. The mean is x̄₀ + Σd / n, and the variance (Σd² − (Σd)² / n) / (n − 1),
/// where the second term takes out the first pass's rounding. Each sum runs in four lanes
/// (values i, i + 4, i + 8, … in lane i mod 4, added up in a fixed order at the end), so that
/// the additions do not wait on one another and the result depends only on the values and their
/// order. GSL's `gsl_stats_mean` and `gsl_stats_sd_m` instead update a running mean in long
/// double, with a division per value, which made them most of a large sweep's summary time.
enum SampleMoments {
    /// (mean, sd with n − 1 in the denominator); NaN for an empty sample, sd NaN below two
    /// values.
    ///
    /// - Complexity: O(n), three passes (the deviations and their squares in passes of their own).
    static func of(_ values: UnsafeBufferPointer<Double>) -> (mean: Double, sd: Double) {
        let n = values.count
        guard n > 0 else { return (.nan, .nan) }
        let count = Double(n)
        let centre = sum(values) { $0 } / count
        let deviations = sum(values) { $0 - centre }, squares = sum(values) { ($0 - centre) * ($0 - centre) }
        let mean = centre + deviations / count
        guard n > 1 else { return (mean, .nan) }
        let variance = (squares - deviations * deviations / count) / (count - 1)
        return (mean, Swift.max(variance, 0).squareRoot())
    }

    /// Σ f(x), in four lanes.
    @inline(__always)
    private static func sum(_ values: UnsafeBufferPointer<Double>, _ f: (Double) -> Double) -> Double {
        var lanes = SIMD4<Double>.zero
        let whole = values.count & ~3
        var i = 0
        while i < whole {
            lanes += SIMD4(f(values[i]), f(values[i + 1]), f(values[i + 2]), f(values[i + 3]))
            i += 4
        }
        var tail = 0.0
        while i < values.count {
            tail += f(values[i])
            i += 1
        }
        return (lanes[0] + lanes[1]) + (lanes[2] + lanes[3]) + tail
    }
}
