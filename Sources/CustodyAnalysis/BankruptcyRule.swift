import GSL

/// A rule dividing an estate E among claims c₁ … cₙ with Σ c > E (a bankruptcy problem,
/// B. O'Neill, "A problem of rights arbitration from the Talmud", *Mathematical Social
/// Sciences* 2(4), 1982, 345–371, doi:10.1016/0165-4896(82)90029-4; W. Thomson, "Axiomatic and
/// game-theoretic analysis of bankruptcy and taxation problems", *Mathematical Social Sciences*
/// 45(3), 2003, 249–297, doi:10.1016/S0165-4896(02)00070-7).
///
/// With weights wᵢ > 0 (households or floor area in `allocate --by`), λ is per unit of weight:
///
///     equal awards:  xᵢ = min(cᵢ, λ wᵢ)
///     equal losses:  xᵢ = max(0, cᵢ − λ wᵢ)
///
/// with λ the root of Σ xᵢ(λ) = E, found by GSL's Brent solver on [0, max cᵢ / wᵢ], where
/// Σ xᵢ(λ) − E changes sign. The Talmud rule (R. J. Aumann and M. Maschler, "Game theoretic
/// analysis of a bankruptcy problem from the Talmud", *Journal of Economic Theory* 36(2), 1985,
/// 195–213, doi:10.1016/0022-0531(85)90102-4) gives equal awards on the half-claims cᵢ / 2 while
/// E ≤ Σ c / 2, and otherwise cᵢ minus equal losses on the half-claims of the loss Σ c − E; it
/// ignores weights.
public enum BankruptcyRule: String, CaseIterable, Sendable {
    case equalAwards = "equal-awards"
    case equalLosses = "equal-losses"
    case talmud

    /// Divides `estate` among `claims`.
    ///
    /// When the estate covers every claim (E ≥ Σ c), each claim is paid in full and nothing
    /// more: sharing a surplus is the caller's business.
    ///
    /// - Parameters:
    ///   - estate: E ≥ 0.
    ///   - claims: cᵢ ≥ 0.
    ///   - weights: wᵢ > 0, one per claim; nil for all 1. The Talmud rule ignores them.
    /// - Returns: the awards, one per claim, each in [0, cᵢ], summing to min(E, Σ c) to the
    ///   solver's tolerance (λ to 1e-12 relative, 1e-14 × max cᵢ / wᵢ absolute).
    /// - Throws: a ``RootFinderError`` or ``GSLError`` if Brent's solver fails, which the
    ///   bracket makes impossible for finite inputs.
    /// - Complexity: O(n) per solver iteration, at most 200 iterations.
    public func divide(_ estate: Double, claims: [Double], weights: [Double]? = nil) throws -> [Double] {
        precondition(estate >= 0 && claims.allSatisfy { $0 >= 0 }, "estate and claims must be ≥ 0")
        precondition(weights.map { $0.count == claims.count && $0.allSatisfy { $0 > 0 } } ?? true,
                     "one weight > 0 per claim")
        let total = claims.reduce(0, +)
        if estate >= total { return claims }
        let w = weights ?? [Double](repeating: 1, count: claims.count)
        switch self {
        case .equalAwards:
            return try Self.level(estate, claims, w) { c, units in Swift.min(c, units) }
        case .equalLosses:
            return try Self.level(estate, claims, w) { c, units in Swift.max(0, c - units) }
        case .talmud:
            let halves = claims.map { $0 / 2 }
            let ones = [Double](repeating: 1, count: claims.count)
            if estate <= total / 2 {
                return try BankruptcyRule.equalAwards.divide(estate, claims: halves, weights: ones)
            }
            let losses = try BankruptcyRule.equalAwards.divide(total - estate, claims: halves, weights: ones)
            return zip(claims, losses).map { $0 - $1 }
        }
    }

    /// Solves Σ award(cᵢ, λ wᵢ) = E for λ on [0, max cᵢ / wᵢ] and returns the awards at λ.
    private static func level(_ estate: Double, _ claims: [Double], _ weights: [Double],
                              award: (Double, Double) -> Double) throws -> [Double] {
        let top = zip(claims, weights).map { $0 / $1 }.max() ?? 0
        func awards(_ lambda: Double) -> [Double] { zip(claims, weights).map { award($0, lambda * $1) } }
        let solution = try RootFinder.solve({ lambda in
            var sum = 0.0
            for i in claims.indices { sum += award(claims[i], lambda * weights[i]) }
            return sum - estate
        }, in: 0...top, absoluteTolerance: top * 1e-14, relativeTolerance: 1e-12)
        return awards(solution.root)
    }
}
