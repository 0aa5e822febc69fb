import CustodyModel
import Foundation
import GSL

/// The quantile function of a swept parameter's ``Distribution``, its shape worked out once
/// (MODEL §7, `sweep`): every method draws a probability u and maps it through this.
///
/// - uniform: `min + u (max − min)`.
/// - normal: `mean + sd Φ⁻¹(u)`; truncated to [a, b]: `mean + sd Φ⁻¹(Φ(α) + u (Φ(β) − Φ(α)))`
///   with α, β the bounds in standard units (a missing bound is ∓∞).
/// - lognormal: `exp(μ + σ Φ⁻¹(u))`, σ² = ln(1 + sd²/mean²), μ = ln(mean) − σ²/2, so that the
///   variable itself has the stated mean and sd.
/// - beta on [min, max]: with m = (mean − min)/(max − min) and v = sd²/(max − min)², the
///   method of moments gives k = m (1 − m)/v − 1, α = m k, β = (1 − m) k. The quantile is
///   GSL's, interpolated by quintic Hermite polynomials that are checked against GSL's when
///   the `InverseCDF` is made (`BetaQuantileTable`); GSL's own answers where that check fails
///   and in the two tail cells.
/// - pert: the beta with α = 1 + 4 (mode − min)/(max − min), β = 1 + 4 (max − mode)/(max − min).
/// - triangular: closed form, `min + √(u (max − min)(mode − min))` below F(mode), else
///   `max − √((1 − u)(max − min)(max − mode))`.
/// - values: the discrete uniform choice `values[⌊u n⌋]` (n values).
public struct InverseCDF: Sendable {
    enum Shape: Sendable {
        case uniform(min: Double, width: Double)
        case normal(mean: Double, sd: Double)
        case truncatedNormal(mean: Double, sd: Double, lowerP: Double, widthP: Double, min: Double, max: Double)
        case lognormal(zeta: Double, sigma: Double)
        case beta(BetaQuantileTable, min: Double, width: Double)
        case triangular(min: Double, mode: Double, max: Double)
        case values([Double])
    }

    let shape: Shape
    public let distribution: Distribution

    /// Works out the shape of `distribution`'s quantile function.
    ///
    /// - Complexity: O(1), except a beta or pert, whose table calls GSL's quantile about a
    ///   thousand times (a few milliseconds).
    public init(_ distribution: Distribution) {
        self.distribution = distribution
        switch distribution {
        case .uniform(let lo, let hi):
            shape = .uniform(min: lo, width: hi - lo)
        case .normal(let mean, let sd, nil, nil):
            shape = .normal(mean: mean, sd: sd)
        case .normal(let mean, let sd, let lo, let hi):
            let pLo = lo.map { Probability.standardNormal(($0 - mean) / sd) } ?? 0
            let pHi = hi.map { Probability.standardNormal(($0 - mean) / sd) } ?? 1
            shape = .truncatedNormal(mean: mean, sd: sd, lowerP: pLo, widthP: pHi - pLo,
                                     min: lo ?? -.infinity, max: hi ?? .infinity)
        case .lognormal(let mean, let sd):
            let s2 = log(1 + sd * sd / (mean * mean))
            shape = .lognormal(zeta: log(mean) - s2 / 2, sigma: s2.squareRoot())
        case .beta(let mean, let sd, let lo, let hi):
            let (a, b) = Self.betaShape(mean: mean, sd: sd, min: lo, max: hi)
            shape = .beta(BetaQuantileTable(a: a, b: b), min: lo, width: hi - lo)
        case .pert(let lo, let mode, let hi):
            let (a, b) = Self.pertShape(min: lo, mode: mode, max: hi)
            shape = .beta(BetaQuantileTable(a: a, b: b), min: lo, width: hi - lo)
        case .triangular(let lo, let mode, let hi):
            shape = .triangular(min: lo, mode: mode, max: hi)
        case .values(let xs):
            shape = .values(xs)
        }
    }

    /// Beta shape (α, β) with the given mean and sd on [min, max], by the method of moments.
    public static func betaShape(mean: Double, sd: Double, min: Double, max: Double) -> (a: Double, b: Double) {
        let w = max - min, m = (mean - min) / w, v = sd * sd / (w * w)
        let k = m * (1 - m) / v - 1
        return (m * k, (1 - m) * k)
    }

    /// PERT's beta shape: α = 1 + 4 (mode − min)/(max − min), β = 1 + 4 (max − mode)/(max − min).
    public static func pertShape(min: Double, mode: Double, max: Double) -> (a: Double, b: Double) {
        let w = max - min
        return (1 + 4 * (mode - min) / w, 1 + 4 * (max - mode) / w)
    }

    /// The value at probability `u`.
    ///
    /// - Parameter u: in (0, 1); the samplers keep it in [2⁻⁵³, 1 − 2⁻⁵³].
    /// - Complexity: O(1); the beta and pert run GSL's quantile iteration only in an exact cell
    ///   of their table, the two tail cells among them.
    ///
    /// Inlined into the drawer, with the table's lookup: as calls, they made the drawer copy the
    /// whole ``SweepVariable`` (its path, distribution and table) for every beta or pert draw.
    @inline(__always)
    public func value(at u: Double) -> Double {
        switch shape {
        case .uniform(let lo, let width):
            return lo + u * width
        case .normal(let mean, let sd):
            return mean + sd * Probability.standardNormalQuantile(u)
        case .truncatedNormal(let mean, let sd, let lowerP, let widthP, let lo, let hi):
            let x = mean + sd * Probability.standardNormalQuantile(lowerP + u * widthP)
            // Φ⁻¹ of a probability rounded to the bound's own can land a hair outside it.
            return Swift.min(Swift.max(x, lo), hi)
        case .lognormal(let zeta, let sigma):
            return Probability.lognormalQuantile(u, zeta: zeta, sigma: sigma)
        case .beta(let table, let lo, let width):
            return lo + width * table.value(at: u)
        case .triangular(let lo, let mode, let hi):
            let w = hi - lo
            if u * w < mode - lo { return lo + (u * w * (mode - lo)).squareRoot() }
            return hi - ((1 - u) * w * (hi - mode)).squareRoot()
        case .values(let xs):
            return xs[Swift.min(Int(u * Double(xs.count)), xs.count - 1)]
        }
    }
}
