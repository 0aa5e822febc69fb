import CustodyAnalysis
import CustodyModel
import GSL
import Testing

/// The Shapley value on textbook games, its axioms on random games, and permutation sampling.
struct ShapleyTests {
    func expectClose(_ actual: [Double], _ expected: [Double], tolerance: Double = 1e-9,
                     sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(actual.count == expected.count, sourceLocation: sourceLocation)
        for (a, e) in zip(actual, expected) {
            #expect(abs(a - e) <= tolerance, "\(actual) vs \(expected)", sourceLocation: sourceLocation)
        }
    }

    @Test func airportGameChargesEachPlaneItsShareOfEveryRunwaySegment() {
        // Littlechild and Owen (1973), "A simple expression for the Shapley value in a special
        // case", Management Science 20(3): c(S) = the longest runway any plane in S needs;
        // costs (8, 11, 13, 18) → (8/4, 8/4 + 3/3, … ) = (2, 3, 4, 9).
        let costs = [8.0, 11, 13, 18]
        let game = MaskGame(players: 4) { mask in
            (0..<4).filter { mask & (1 << $0) != 0 }.map { costs[$0] }.max() ?? 0
        }
        expectClose(Shapley.exact(game), [2, 3, 4, 9])
    }

    @Test func gloveGameGivesTheScarceLeftGloveTwoThirds() {
        // Players 1 and 2 hold right gloves, 3 a left; a pair is worth 1 → (1/6, 1/6, 2/3)
        // (the glove game of Wikipedia's "Shapley value" article; by hand: player 3 adds 1 in
        // the 4 of 6 orders where a right glove came first).
        let game = MaskGame(players: 3) { mask in
            mask & 0b100 != 0 && mask & 0b011 != 0 ? 1 : 0
        }
        expectClose(Shapley.exact(game), [1.0 / 6, 1.0 / 6, 2.0 / 3])
    }

    @Test func fourPlayerGameOfCoopGameMatchesItsPublishedValue() {
        // Aumann (2010), as in the examples of R's CoopGame package:
        // v over {1},{2},{3},{4},{12},{13},{14},{23},{24},{34},{123},{124},{134},{234},{1234}
        // = (120, 60, 40, 30, 120, 120, 120, 60, 60, 40, 120, 120, 120, 60, 120)
        // → (485/6, 125/6, 65/6, 15/2).
        let coalitions = [[1], [2], [3], [4], [1, 2], [1, 3], [1, 4], [2, 3], [2, 4], [3, 4],
                          [1, 2, 3], [1, 2, 4], [1, 3, 4], [2, 3, 4], [1, 2, 3, 4]]
        let values: [Double] = [120, 60, 40, 30, 120, 120, 120, 60, 60, 40, 120, 120, 120, 60, 120]
        var table = [Double](repeating: 0, count: 16)
        for (members, v) in zip(coalitions, values) {
            table[members.reduce(0) { $0 | 1 << ($1 - 1) }] = v
        }
        let game = MaskGame(players: 4) { table[$0] }
        expectClose(Shapley.exact(game), [485.0 / 6, 125.0 / 6, 65.0 / 6, 15.0 / 2])
    }

    @Test func exactValuesAreEfficientSymmetricAndZeroForANullPlayer() {
        // Random cost games on 7 players in which players 0 and 1 are interchangeable and
        // player 6 adds nothing: Σ φ = v(N), φ₀ = φ₁, φ₆ = 0 (Shapley 1953's axioms).
        let random = RandomSource(seed: 42)
        for _ in 0..<20 {
            let raw = (0..<128).map { _ in 1000 * random.uniform() }
            func swap01(_ m: Int) -> Int { (m & ~0b11) | (m & 1) << 1 | (m >> 1) & 1 }
            let game = MaskGame(players: 7) { mask in
                let s = mask & ~(1 << 6)
                return s == 0 ? 0 : raw[s] + raw[swap01(s)]
            }
            let phi = Shapley.exact(game)
            #expect(abs(phi.reduce(0, +) - game.value(of: 127)) <= 1e-9 * game.value(of: 127))
            #expect(abs(phi[0] - phi[1]) <= 1e-9 * abs(phi[0]) + 1e-9)
            #expect(abs(phi[6]) <= 1e-9)
        }
    }

    /// A 12-compound merged area under standalone-provider staffing (whole people per role).
    static let twelve: CostGame = {
        let households = [40, 85, 120, 260, 35, 610, 150, 90, 300, 55, 420, 75]
        let compounds = households.enumerated().map { i, h in
            compound("C\(i)", households: h, floorArea: Double(h) * 68.5 + Double(i * 37), enclosable: i % 4 == 0)
        }
        let s = scenario([area("m", compounds: compounds, params: ["staff_rounding": .text("ceil"),
                                                                  "security_per_gate": .number(1)])])
        return CostGame(compounds: compounds, parameters: ScenarioModel(s).parameters[0])
    }()

    @Test func sampledValuesLieWithinThreeStandardErrorsOfTheExactOnes() {
        // Castro, Gómez and Tejada (2009): φ̂ is unbiased with standard error sd / √m; seeded,
        // so the check is repeatable.
        let game = Self.twelve
        let exact = Shapley.exact(game)
        let estimate = Shapley.sampled(game, permutations: 4000, random: RandomSource(seed: 1))
        for i in exact.indices {
            #expect(abs(estimate.values[i] - exact[i]) <= 3 * estimate.standardErrors[i] + 1e-9,
                    "compound \(i): \(estimate.values[i]) ± \(estimate.standardErrors[i]) vs \(exact[i])")
        }
        #expect(estimate.standardErrors.contains { $0 > 0 })
        // Every permutation's contributions sum to c(N), so the estimates do too.
        #expect(abs(estimate.values.reduce(0, +) - game.grandCost) <= 1e-9 * game.grandCost)
    }

    @Test func standardErrorsShrinkAsOneOverTheSquareRootOfTheSamples() {
        // 16 times the permutations: standard errors about 4 times smaller.
        let game = Self.twelve
        let few = Shapley.sampled(game, permutations: 500, random: RandomSource(seed: 5))
        let many = Shapley.sampled(game, permutations: 8000, random: RandomSource(seed: 6))
        let ratios = zip(few.standardErrors, many.standardErrors).filter { $1 > 0 }.map { $0 / $1 }
        let mean = ratios.reduce(0, +) / Double(ratios.count)
        #expect(mean > 3.5 && mean < 4.5, "mean ratio \(mean) from \(ratios)")
    }

    @Test func theSameSeedGivesTheSameEstimate() {
        let a = Shapley.sampled(Self.twelve, permutations: 50, random: RandomSource(seed: 9))
        let b = Shapley.sampled(Self.twelve, permutations: 50, random: RandomSource(seed: 9))
        #expect(a == b)   // identical draws, so identical doubles
    }
}
