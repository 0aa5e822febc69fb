import GSL

/// Morris's elementary-effects screening on the unit hypercube (MODEL §7, `sensitivity`).
///
/// Each of r trajectories starts at a random point of the p-level grid {0, 1/(p−1), …, 1}
/// (p = 4) and moves one coordinate at a time, in a random order, by Δ = p / (2 (p − 1)) = 2/3:
/// up when the coordinate stays ≤ 1, else down. Parameter i's elementary effect on the step
/// that moves it is `EE_i = (f(x + δ e_i) − f(x)) / δ` with δ = ±Δ, so that each trajectory
/// costs d + 1 model runs and gives one effect per parameter (M. D. Morris, "Factorial
/// sampling plans for preliminary computational experiments", Technometrics 33(2), 1991,
/// doi:10.1080/00401706.1991.10484804). μ, μ* = mean |EE| and σ follow F. Campolongo,
/// J. Cariboni and A. Saltelli, "An effective screening design for sensitivity analysis of
/// large models", Environ. Model. Softw. 22(10), 2007, doi:10.1016/j.envsoft.2006.10.004;
/// the trajectories are drawn at random, not selected for spread.
///
/// Starting levels and orders come from GSL's MT19937 seeded with `seed`.
public enum MorrisScreening {
    public static let levels = 4
    /// Δ = p / (2 (p − 1)) on the unit grid.
    public static let delta = Double(levels) / Double(2 * (levels - 1))

    /// The elementary-effect statistics of each of `dimensions` parameters of `model`.
    ///
    /// - Parameters:
    ///   - dimensions: d ≥ 1.
    ///   - trajectories: r ≥ 2, so that σ exists.
    ///   - seed: MT19937 seed of the starting points and orders.
    ///   - model: evaluated at grid points of [0, 1]^d.
    /// - Complexity: r (d + 1) model runs.
    public static func indices(dimensions d: Int, trajectories r: Int, seed: UInt32,
                               model: UnitCubeModel) -> [MorrisIndices] {
        precondition(d >= 1 && r >= 2)
        let random = RandomSource(seed: seed)
        let step = 1 / Double(levels - 1)
        var effects = [[Double]](repeating: [], count: d)
        var order = Array(0..<d)
        for _ in 0..<r {
            var x = (0..<d).map { _ in Double(random.uniformInt(below: levels)) * step }
            random.shuffle(&order)
            var y = model(x)
            for i in order {
                let delta = x[i] + delta <= 1 + 1e-12 ? delta : -delta
                x[i] = min(1, max(0, x[i] + delta))
                let next = model(x)
                effects[i].append((next - y) / delta)
                y = next
            }
        }
        return effects.map { ee in
            let n = Double(ee.count)
            let mu = ee.reduce(0, +) / n
            let muStar = ee.reduce(0) { $0 + abs($1) } / n
            let variance = ee.reduce(0) { $0 + ($1 - mu) * ($1 - mu) } / (n - 1)
            return MorrisIndices(mu: mu, muStar: muStar, sigma: variance.squareRoot())
        }
    }
}
