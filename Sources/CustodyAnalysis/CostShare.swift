import CustodyModel
import GSL

/// Fair cost shares of the compounds merged in one area (MODEL §7 `share`).
public enum CostShare {
    /// The default number of permutations when an area has more than
    /// ``Shapley/exactPlayerLimit`` compounds.
    public static let defaultSamples = 10_000

    /// Each compound's standalone cost, Shapley cost, savings, fair fee and proportional cost
    /// in the cost game ``CostGame`` of `compounds` with `parameters`.
    ///
    /// Exact (``Shapley/exact(_:)``) up to ``Shapley/exactPlayerLimit`` compounds; above, sampled
    /// (``Shapley/sampled(_:permutations:random:)``) from MT19937 seeded with `seed`.
    /// proportional_cost = c(N) × A_i / Σ A.
    ///
    /// - Parameters:
    ///   - compounds: the area's compounds, at least one.
    ///   - parameters: the area's resolved parameters.
    ///   - samples: permutations when sampling, ≥ 2.
    ///   - seed: the generator's seed when sampling.
    /// - Returns: one row per compound, in the area's order.
    /// - Complexity: O(n 2ⁿ) exact; O(samples × n) sampled.
    public static func rows(_ compounds: [Compound], parameters: AreaParameters,
                            samples: Int = defaultSamples, seed: UInt32 = 1) -> [CostShareRow] {
        let game = CostGame(compounds: compounds, parameters: parameters)
        let method: CostShareMethod = compounds.count <= Shapley.exactPlayerLimit ? .exact : .sampled
        let values: [Double], errors: [Double]?
        switch method {
        case .exact:
            values = Shapley.exact(game)
            errors = nil
        case .sampled:
            let estimate = Shapley.sampled(game, permutations: samples, random: RandomSource(seed: seed))
            values = estimate.values
            errors = estimate.standardErrors
        }
        let total = game.grandCost
        let area = compounds.reduce(0) { $0 + $1.floorArea }
        return compounds.indices.map { i in
            let standalone = game.standaloneCost(i)
            return CostShareRow(compound: compounds[i], standaloneCost: standalone, shapleyCost: values[i],
                                savings: standalone - values[i], fairFeePerM2: values[i] / compounds[i].floorArea,
                                proportionalCost: total * compounds[i].floorArea / area, method: method,
                                standardError: errors?[i])
        }
    }
}
