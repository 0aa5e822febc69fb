internal import CGSL

/// Cumulative distribution functions and their inverses (quantile functions) from GSL's
/// `gsl_cdf.h`.
///
/// `P` is the lower tail Pr(X ≤ x); an inverse maps a probability p in (0, 1) to the x with
/// P(x) = p. GSL computes the normal quantile by Wichura's AS 241 (*Applied Statistics* 37(3),
/// 1988, doi:10.2307/2347330) and the beta quantile by a bisection-refined Newton iteration.
/// Every function is pure and thread-safe.
public enum Probability {
    /// Φ(x), the standard normal lower tail (`gsl_cdf_ugaussian_P`).
    public static func standardNormal(_ x: Double) -> Double {
        GSLRuntime.prepare()
        return gsl_cdf_ugaussian_P(x)
    }

    /// Φ⁻¹(p), the standard normal quantile (`gsl_cdf_ugaussian_Pinv`); ±∞ at p = 0 or 1.
    public static func standardNormalQuantile(_ p: Double) -> Double {
        GSLRuntime.prepare()
        return gsl_cdf_ugaussian_Pinv(p)
    }

    /// The lower tail of Beta(a, b) on [0, 1] (`gsl_cdf_beta_P`).
    public static func beta(_ x: Double, a: Double, b: Double) -> Double {
        GSLRuntime.prepare()
        return gsl_cdf_beta_P(x, a, b)
    }

    /// The quantile of Beta(a, b) on [0, 1]: `gsl_cdf_beta_Pinv`, or, where that fails, the
    /// root of `gsl_cdf_beta_P`(x) = p by GSL's Brent solver, to the last bit or two.
    ///
    /// GSL's own inversion gives up (NaN) for some p once a + b reaches the hundreds (a = 300,
    /// b = 600: one p in 10⁵; a = b = 3,000: about 2,000 in 10⁵), and for a = b = 10⁶ at
    /// p = 0.5 it never returns. A beta with a small sd for its range has such shapes, so above
    /// a + b = ``directInversionLimit`` the solver is used without trying GSL's inversion, and
    /// below it whenever that returns NaN.
    ///
    /// - Complexity: a few dozen incomplete-beta evaluations.
    public static func betaQuantile(_ p: Double, a: Double, b: Double) -> Double {
        GSLRuntime.prepare()
        if a + b <= directInversionLimit {
            let x = gsl_cdf_beta_Pinv(p, a, b)
            if !x.isNaN { return x }
        }
        guard p > 0 else { return p == 0 ? 0 : .nan }
        guard p < 1 else { return p == 1 ? 1 : .nan }
        let solution = try? RootFinder.solve({ gsl_cdf_beta_P($0, a, b) - p }, in: 0...1, absoluteTolerance: 0,
                                             relativeTolerance: 2 * .ulpOfOne, maxIterations: 400)
        return solution?.root ?? .nan
    }

    /// The largest a + b for which ``betaQuantile(_:a:b:)`` tries `gsl_cdf_beta_Pinv` first.
    public static let directInversionLimit = 1000.0

    /// The largest a + b for which Beta(a, b) is computed here: `gsl_cdf_beta_P` returns NaN
    /// at some x within 8 sd of the mean for a = b = 10⁶ and for a = 5 × 10⁵, b = 2 × 10⁶, not
    /// for a = b = 7 × 10⁵ nor a = 5 × 10⁵, b = 10⁶; ``betaQuantile(_:a:b:)`` fails with it.
    public static let betaShapeLimit = 1_000_000.0

    /// The lower tail of the lognormal whose logarithm is Normal(ζ, σ) (`gsl_cdf_lognormal_P`).
    public static func lognormal(_ x: Double, zeta: Double, sigma: Double) -> Double {
        GSLRuntime.prepare()
        return gsl_cdf_lognormal_P(x, zeta, sigma)
    }

    /// The quantile exp(ζ + σ Φ⁻¹(p)) of that lognormal (`gsl_cdf_lognormal_Pinv`).
    public static func lognormalQuantile(_ p: Double, zeta: Double, sigma: Double) -> Double {
        GSLRuntime.prepare()
        return gsl_cdf_lognormal_Pinv(p, zeta, sigma)
    }

    /// The lower tail of Normal(mean, sd) (`gsl_cdf_gaussian_P` of x − mean).
    public static func normal(_ x: Double, mean: Double, sd: Double) -> Double {
        GSLRuntime.prepare()
        return gsl_cdf_gaussian_P(x - mean, sd)
    }

    /// The lower tail of the uniform on [a, b] (`gsl_cdf_flat_P`).
    public static func uniform(_ x: Double, a: Double, b: Double) -> Double {
        GSLRuntime.prepare()
        return gsl_cdf_flat_P(x, a, b)
    }
}
