import GSL
import Testing

/// The beta quantile where `gsl_cdf_beta_Pinv` fails: large shapes, as a beta with a small sd
/// for its range has.
struct BetaQuantileTests {
    /// (a, b, p, x) from SciPy 1.17's `betaincinv` (Boost's inverse incomplete beta); the first
    /// three also agree with mpmath's `betainc` to 1e-17 relative at 40 digits. Shapes up to
    /// `Probability.betaShapeLimit`.
    static let references: [(a: Double, b: Double, p: Double, x: Double)] = [
        (1000, 2000, 0.05, 0.3192421600875256),
        (1000, 2000, 0.5, 0.3332962917247511),
        (1000, 2000, 0.99, 0.35351121527124413),
        (5000, 5000, 1e-06, 0.47624570454877807),
        (5000, 5000, 0.3, 0.4973779499129741),
        (125_000, 125_000, 0.001, 0.49690979411374564),
        (125_000, 125_000, 0.7, 0.5005244008929004),
        (5e5, 5e5, 0.5, 0.5),          // GSL's inversion never returns at a = b = 10⁶
        (20000, 10000, 0.999999, 0.6795216486278824),
    ]

    /// Within 2e-12 relative: for such shapes GSL's lower tail itself is good to about 1e-12
    /// near the mean, and its root can be no better.
    @Test func largeShapesMatchAnIndependentInverse() {
        for r in Self.references {
            let x = Probability.betaQuantile(r.p, a: r.a, b: r.b)
            #expect(abs(x - r.x) <= 2e-12 * r.x, "Beta(\(r.a), \(r.b)) at p = \(r.p): \(x), expected \(r.x)")
        }
    }

    /// Over a grid of p and shapes on both sides of the limit, the quantile is a number in
    /// [0, 1] whose lower tail is p, and it rises with p.
    @Test func theQuantileInvertsTheLowerTail() {
        for (a, b) in [(2.0, 3.0), (300, 600), (450, 540), (2000, 2000), (3000, 12000), (1e5, 3e5)] {
            var previous = 0.0
            for k in 1..<200 {
                let p = Double(k) / 200
                let x = Probability.betaQuantile(p, a: a, b: b)
                #expect(x >= previous && x <= 1, "Beta(\(a), \(b)) at p = \(p): \(x)")
                // GSL's lower tail is good to about 1e-11 at the largest of these shapes, and
                // steep there (its slope, the density, reaches √(a + b)): the root is where it
                // crosses p within that.
                #expect(abs(Probability.beta(x, a: a, b: b) - p) <= 5e-11, "Beta(\(a), \(b)) at p = \(p)")
                previous = x
            }
        }
        // The ends are the support's ends, exactly.
        #expect(Probability.betaQuantile(0, a: 5000, b: 5000).isZero)
        #expect((1 - Probability.betaQuantile(1, a: 5000, b: 5000)).isZero)
    }
}
