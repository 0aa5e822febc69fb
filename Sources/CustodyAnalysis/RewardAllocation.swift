import CustodyModel
import Foundation

/// Divides a reward pool among a scenario's areas (MODEL §7 `allocate`).
///
/// - `proportional`: by households or floor area.
/// - `score`: by score^γ among areas with a score > 0 and ≥ the minimum score; others get 0.
/// - `equal-awards`, `equal-losses`, `talmud`: each area's deficit gap = max(0, −npv) is a
///   claim. A pool that covers every gap pays them all and shares the rest by score;
///   otherwise ``BankruptcyRule`` divides it.
///
/// Gaps are discounted (npv at the scenario's rate); the pool is nominal. Awards are rounded to
/// the cent by the largest-remainder method (``roundedToCents(_:pool:)``), so that they sum to
/// the pool to the cent.
public enum RewardAllocation {
    /// Each area's award, in the scenario's order.
    ///
    /// - Parameters:
    ///   - model: the scenario, evaluated once per area for its npv.
    ///   - pool: R ≥ 0, CNY, rounded to the cent.
    ///   - method: the division rule.
    ///   - basis: weights of `proportional`, `equal-awards` and `equal-losses`.
    ///   - exponent: γ of score^γ.
    ///   - minScore: the lowest score that takes part in a division by score.
    /// - Throws: ``AllocationError`` when no area can take a share; a solver error from
    ///   ``BankruptcyRule/divide(_:claims:weights:)``.
    /// - Complexity: one model evaluation per area, and O(n log n) for the rounding.
    public static func allocate(_ model: ScenarioModel, pool: Double, method: AllocationMethod,
                                by basis: AllocationBasis = .households, exponent: Double = 1,
                                minScore: Double = 0) throws -> [AllocationRow] {
        precondition(pool >= 0 && pool.isFinite, "pool (\(pool)) must be a finite amount ≥ 0")
        let areas = model.scenario.areas
        let ledger = model.makeLedger()
        let gaps = areas.indices.map { Swift.max(0, -model.evaluate(area: $0, into: ledger).npv) }
        let scoreWeights = areas.map { area -> Double in
            guard let score = area.score, score > 0, score >= minScore else { return 0 }
            return pow(score, exponent)
        }
        let noScores = { () -> String in
            let scored = areas.compactMap(\.score)
            return scored.isEmpty
                ? "no area has a score; add `score = …` to the scenario's [[area]] tables"
                : "no area has a score above 0 and ≥ --min-score \(NumberFormat.shortest(minScore)) "
                    + "(the highest is \(NumberFormat.shortest(scored.max()!))); lower --min-score"
        }
        let amounts: [Double]
        switch method {
        case .proportional:
            amounts = try proportional(pool, weights: model.facts.map(basis.weight), method: method) {
                "every area has zero \(basis.rawValue)"
            }
        case .score:
            amounts = try proportional(pool, weights: scoreWeights, method: method, reason: noScores)
        case .equalAwards, .equalLosses, .talmud:
            let claimed = gaps.reduce(0, +)
            if pool > claimed {
                // Every gap paid; the rest goes by score.
                if claimed > 0 && !scoreWeights.contains(where: { $0 > 0 }) {
                    throw AllocationError.surplusWithoutScores(pool: pool, gaps: claimed)
                }
                let bonus = try proportional(pool - claimed, weights: scoreWeights, method: method) {
                    "no area has a deficit (npv < 0), and " + noScores()
                }
                amounts = zip(gaps, bonus).map(+)
            } else {
                let rule = method.bankruptcyRule!
                amounts = try rule.divide(pool, claims: gaps,
                                          weights: rule == .talmud ? nil : model.facts.map(basis.weight))
            }
        }
        let cents = roundedToCents(amounts, pool: pool)
        return areas.indices.map { i in
            AllocationRow(area: i, households: model.facts[i].households, score: areas[i].score, gap: gaps[i],
                          allocation: cents[i], share: pool > 0 ? cents[i] / pool : nil)
        }
    }

    /// `amount × wᵢ / Σ w`, or ``AllocationError/noEligibleArea(method:reason:)`` when Σ w = 0.
    private static func proportional(_ amount: Double, weights: [Double], method: AllocationMethod,
                                     reason: () -> String) throws -> [Double] {
        let total = weights.reduce(0, +)
        guard total > 0 else { throw AllocationError.noEligibleArea(method: method, reason: reason()) }
        return weights.map { amount * $0 / total }
    }

    /// Rounds amounts ≥ 0 to whole cents that sum to the pool in cents, by the largest-remainder
    /// method (Hamilton's apportionment): every amount is cut down to a whole cent, then the
    /// cents still missing go one each to the amounts with the largest cut, ties to the earlier
    /// area. Only amounts above 0 receive a cent, so an area with nothing keeps nothing. Should
    /// the cut-down amounts exceed the pool (amounts summing above it by rounding), cents are
    /// taken back from the smallest cuts first.
    ///
    /// - Parameters:
    ///   - amounts: aᵢ ≥ 0, summing to `pool` up to rounding.
    ///   - pool: the total, rounded to the cent.
    /// - Returns: whole-cent amounts whose sum in cents is round(100 × pool).
    /// - Complexity: O(n log n).
    public static func roundedToCents(_ amounts: [Double], pool: Double) -> [Double] {
        let target = Int((pool * 100).rounded())
        var cents = amounts.map { Int(($0 * 100).rounded(.down)) }
        let cut = amounts.indices.map { amounts[$0] * 100 - Double(cents[$0]) }
        let order = amounts.indices.filter { amounts[$0] > 0 }.sorted { (-cut[$0], $0) < (-cut[$1], $1) }
        var missing = target - cents.reduce(0, +)
        if !order.isEmpty {
            var k = 0
            while missing > 0 {
                cents[order[k % order.count]] += 1
                missing -= 1
                k += 1
            }
            k = order.count - 1
            while missing < 0 && order.contains(where: { cents[$0] > 0 }) {
                let i = order[(k % order.count + order.count) % order.count]
                if cents[i] > 0 {
                    cents[i] -= 1
                    missing += 1
                }
                k -= 1
            }
        }
        return cents.map { Double($0) / 100 }
    }
}
