import CustodyAnalysis
import CustodyModel
import GSL
import Testing

/// Efficiency of Shapley cost shares and of reward allocations, on areas and pools drawn from
/// GSL's seeded MT19937: the same cases on every run.
struct AnalysisInvariantTests {
    /// `count` compounds of random size, some enclosable.
    static func randomCompounds(_ count: Int, _ random: RandomSource) -> [Compound] {
        (0..<count).map { i in
            let households = 1 + random.uniformInt(below: 800)
            return compound("C\(i)", households: households, floorArea: Double(households) * (20 + 100 * random.uniform()),
                            enclosable: random.uniformInt(below: 3) == 0)
        }
    }

    @Test func shapleySharesSumToTheCostOfTheWholeArea() {
        let random = RandomSource(seed: 2024)
        for k in 0..<40 {
            let compounds = Self.randomCompounds(1 + random.uniformInt(below: 10), random)
            let params: [String: ParameterValue] = [
                "staff_rounding": .text(random.uniformInt(below: 2) == 0 ? "ceil" : "none"),
                "security_per_gate": .number(Double(random.uniformInt(below: 3))),
                "insurance_per_area": .number(1000 * random.uniform()),
            ]
            let model = ScenarioModel(scenario([area("a", compounds: compounds, params: params)]))
            let game = CostGame(compounds: compounds, parameters: model.parameters[0])
            let shares = Shapley.exact(game)
            #expect(abs(shares.reduce(0, +) - game.grandCost) <= 1e-9 * max(1, game.grandCost),
                    "case \(k): Σφ = \(shares.reduce(0, +)), c(N) = \(game.grandCost)")
        }
    }

    @Test(arguments: AllocationMethod.allCases)
    func allocationsSumToThePool(_ method: AllocationMethod) throws {
        let random = RandomSource(seed: 7)
        for k in 0..<25 {
            let areas = (0..<(1 + random.uniformInt(below: 8))).map { i in
                var a = area("a\(i)", compounds: Self.randomCompounds(1 + random.uniformInt(below: 3), random),
                             params: ["fee_rate": .number(random.uniform())])
                a.score = 1 + 99 * random.uniform()
                return a
            }
            let model = ScenarioModel(scenario(areas, months: 12))
            let pool = (random.uniform() * 2_000_000 * 100).rounded() / 100
            let rows = try RewardAllocation.allocate(model, pool: pool, method: method,
                                                     by: random.uniformInt(below: 2) == 0 ? .households : .floorArea)
            let total = rows.reduce(0) { $0 + $1.allocation }
            #expect(abs(total - pool) <= 1e-6, "case \(k): Σ allocation = \(total), pool = \(pool)")
            #expect(rows.allSatisfy { $0.allocation >= 0 }, "case \(k)")
        }
    }
}
