/// The mean and sample standard deviation of a sweep's metric, by the corrected two-pass
/// algorithm (T. F. Chan, G. H. Golub and R. J. LeVeque, "Algorithms for computing the sample
/// variance", The American Statistician 37(3), 1983, doi:10.2307/2683386).
///
/// The first pass sums the values; the second sums their deviations d = x − x̄₀ from that mean
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
    /// - Complexity: O(n), two passes.
    static func of(_ values: UnsafeBufferPointer<Double>) -> (mean: Double, sd: Double) {
        let n = values.count
        guard n > 0 else { return (.nan, .nan) }
        let count = Double(n)
        let centre = sums(values) { ($0, 0) }.0 / count
        let (deviations, squares) = sums(values) { ($0 - centre, ($0 - centre) * ($0 - centre)) }
        let mean = centre + deviations / count
        guard n > 1 else { return (mean, .nan) }
        let variance = (squares - deviations * deviations / count) / (count - 1)
        return (mean, Swift.max(variance, 0).squareRoot())
    }

    /// (Σ f(x).0, Σ f(x).1), each in four lanes.
    @inline(__always)
    private static func sums(_ values: UnsafeBufferPointer<Double>, _ f: (Double) -> (Double, Double)) -> (Double, Double) {
        var first = SIMD4<Double>.zero, second = SIMD4<Double>.zero
        let whole = values.count & ~3
        var i = 0
        while i < whole {
            let (a0, b0) = f(values[i]), (a1, b1) = f(values[i + 1]), (a2, b2) = f(values[i + 2]), (a3, b3) = f(values[i + 3])
            first += SIMD4(a0, a1, a2, a3)
            second += SIMD4(b0, b1, b2, b3)
            i += 4
        }
        var tail = (0.0, 0.0)
        while i < values.count {
            let (a, b) = f(values[i])
            tail.0 += a
            tail.1 += b
            i += 1
        }
        return ((first[0] + first[1]) + (first[2] + first[3]) + tail.0, (second[0] + second[1]) + (second[2] + second[3]) + tail.1)
    }
}
