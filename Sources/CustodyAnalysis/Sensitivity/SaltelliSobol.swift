import GSL

/// Variance-based (Sobol') sensitivity indices from Saltelli's design (MODEL §7, `sensitivity`).
///
/// Points 0 ..< N of GSL's Sobol sequence in 2d dimensions give the base matrices A (the first
/// d coordinates) and B (the last d); A_B^(i) is A with column i taken from B. With
/// f_A, f_B, f_AB^(i) the model at their rows and V the variance of f_A and f_B together:
///
/// - `S1_i = mean((f_B − f̄) (f_AB^(i) − f_A)) / V` (A. Saltelli et al., "Variance based
///   sensitivity analysis of model output", Comput. Phys. Commun. 181(2), 2010, table 2 (b),
///   doi:10.1016/j.cpc.2009.09.018), with f_B centred on the mean f̄ of f_A and f_B: since
///   f_AB^(i) − f_A has mean 0 this leaves the estimate's expectation alone, and it removes the
///   noise a large mean (an NPV of millions) would add;
/// - `ST_i = mean((f_A − f_AB^(i))²) / (2 V)` (M. J. W. Jansen, "Analysis of variance designs
///   for model output", Comput. Phys. Commun. 117, 1999, doi:10.1016/S0010-4655(98)00154-4).
///
/// The half-widths are `Φ⁻¹(0.975) × sd` of the indices over `resamples` bootstrap resamples of
/// the N rows (drawn with replacement by GSL's MT19937 seeded with `seed`, the same rows for
/// every parameter), as SALib's `sobol.analyze` does.
public enum SaltelliSobol {
    /// GSL's Sobol sequence has at most 40 dimensions, and the design takes 2d.
    public static let maxDimensions = QuasiRandomSequence.maxDimensions / 2

    /// The model runs of a design with `baseSamples` rows and `dimensions` parameters.
    public static func modelRuns(baseSamples n: Int, dimensions d: Int) -> Int { n * (d + 2) }

    /// S1 and ST of each of `dimensions` parameters of `model`, with their half-widths.
    ///
    /// - Parameters:
    ///   - dimensions: 1 ≤ d ≤ ``maxDimensions``.
    ///   - baseSamples: N ≥ 2 rows of A and B.
    ///   - resamples: bootstrap resamples (MODEL §7: 1000).
    ///   - seed: MT19937 seed of the resamples.
    ///   - model: evaluated at points of [0, 1)^d.
    /// - Complexity: N (d + 2) model runs, then O(resamples × N × d).
    public static func indices(dimensions d: Int, baseSamples n: Int, resamples: Int = 1000, seed: UInt32,
                               model: UnitCubeModel) -> [SobolIndices] {
        precondition(d >= 1 && d <= maxDimensions && n >= 2 && resamples >= 2)
        let sequence = QuasiRandomSequence(dimensions: 2 * d)
        var point = [Double](repeating: 0, count: 2 * d)
        var fA = [Double](repeating: 0, count: n), fB = fA
        var fAB = [[Double]](repeating: fA, count: d)
        for j in 0..<n {
            sequence.next(into: &point)
            let a = Array(point[0..<d]), b = Array(point[d...])
            fA[j] = model(a)
            fB[j] = model(b)
            for i in 0..<d {
                var ab = a
                ab[i] = b[i]
                fAB[i][j] = model(ab)
            }
        }
        let all = Array(0..<n)
        let estimates = (0..<d).map { estimate(fA, fB, fAB[$0], rows: all) }

        let random = RandomSource(seed: seed)
        var s1Draws = [[Double]](repeating: [], count: d), stDraws = s1Draws
        var rows = all
        for _ in 0..<resamples {
            for j in 0..<n { rows[j] = random.uniformInt(below: n) }
            for i in 0..<d {
                let e = estimate(fA, fB, fAB[i], rows: rows)
                s1Draws[i].append(e.s1)
                stDraws[i].append(e.st)
            }
        }
        let z = Probability.standardNormalQuantile(0.975)
        return (0..<d).map { i in
            SobolIndices(s1: estimates[i].s1, s1Confidence: z * standardDeviation(s1Draws[i]),
                         st: estimates[i].st, stConfidence: z * standardDeviation(stDraws[i]))
        }
    }

    /// S1 and ST of one parameter over the given rows (repeats allowed).
    private static func estimate(_ fA: [Double], _ fB: [Double], _ fAB: [Double], rows: [Int]) -> (s1: Double, st: Double) {
        var sum = 0.0
        for j in rows { sum += fA[j] + fB[j] }
        let mean = sum / Double(2 * rows.count)
        var variance = 0.0, first = 0.0, total = 0.0
        for j in rows {
            let a = fA[j], b = fB[j], ab = fAB[j]
            variance += (a - mean) * (a - mean) + (b - mean) * (b - mean)
            first += (b - mean) * (ab - a)
            total += (a - ab) * (a - ab)
        }
        variance /= Double(2 * rows.count)
        let m = Double(rows.count)
        return (first / m / variance, total / m / (2 * variance))
    }

    /// Sample standard deviation (n − 1).
    private static func standardDeviation(_ xs: [Double]) -> Double {
        let mean = xs.reduce(0, +) / Double(xs.count)
        return (xs.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(xs.count - 1)).squareRoot()
    }
}
