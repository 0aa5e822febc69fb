import CustodyAnalysis
import CustodyModel
import Testing

/// `share`: the cost game of a merged area and each compound's fair share (MODEL §7).
struct CostShareTests {
    /// Only a manager (5000 CNY, one per 100 households, at least one, fractional headcount)
    /// and insurance of 300 CNY per area: every other cost line is 0.
    static let managerOnly = merging(flat, [
        "manager_wage": .number(5000), "manager_households": .number(100), "manager_min": .number(1),
        "oncost_rate": .number(0), "overhead_rate": .number(0), "insurance_per_area": .number(300),
    ])

    @Test func twoCompoundsShareTheManagerMinimumAndInsuranceAsComputedByHand() {
        // By hand: c(A) = max(1, 50/100) × 5000 + 300 = 5300; c(B) = 1.5 × 5000 + 300 = 7800;
        // c(AB) = 2 × 5000 + 300 = 10300. φ_A = ½ c(A) + ½ (c(AB) − c(B)) = 3900;
        // φ_B = ½ c(B) + ½ (c(AB) − c(A)) = 6400; each saves 1400 a month.
        let compounds = [compound("A", households: 50, floorArea: 4000), compound("B", households: 150, floorArea: 6000)]
        let model = ScenarioModel(scenario([area("m", compounds: compounds, params: Self.managerOnly)]))
        let rows = CostShare.rows(compounds, parameters: model.parameters[0])
        #expect(rows.map(\.method) == [.exact, .exact] && rows.allSatisfy { $0.standardError == nil })
        #expect(close(rows[0].standaloneCost, 5300) && close(rows[1].standaloneCost, 7800))
        #expect(close(rows[0].shapleyCost, 3900) && close(rows[1].shapleyCost, 6400))
        #expect(close(rows[0].savings, 1400) && close(rows[1].savings, 1400))
        #expect(close(rows[0].fairFeePerM2, 3900.0 / 4000) && close(rows[1].fairFeePerM2, 6400.0 / 6000))
        // By floor area: 10300 × 4000 / 10000 and × 6000 / 10000.
        #expect(close(rows[0].proportionalCost, 4120) && close(rows[1].proportionalCost, 6180))
    }

    @Test func theGrandCoalitionCostsWhatTheEngineChargesTheAreaEachMonth() {
        // c(N) must be the engine's staff_cost + other_opex of the same area (default parameters,
        // whole people per role, gates), so that the shares divide the cost `run` reports.
        let compounds = (0..<6).map { compound("C\($0)", households: 60 + 97 * $0, floorArea: 5000 + 1234.5 * Double($0),
                                               enclosable: $0 % 2 == 0) }
        let s = scenario([area("m", compounds: compounds, params: ["staff_rounding": .text("ceil"),
                                                                  "security_per_gate": .number(1)])])
        let model = ScenarioModel(s)
        let run = model.run().areas[0]
        let engine = run[.staffCost, 1] + run[.otherOpex, 1]
        let game = CostGame(compounds: compounds, parameters: model.parameters[0])
        #expect(close(game.grandCost, engine, relative: 1e-12))
        let rows = CostShare.rows(compounds, parameters: model.parameters[0])
        #expect(close(rows.reduce(0) { $0 + $1.shapleyCost }, engine, relative: 1e-10))
        #expect(close(rows.reduce(0) { $0 + $1.proportionalCost }, engine, relative: 1e-12))
        // One compound alone: the engine's cost of a one-compound area.
        let alone = ScenarioModel(scenario([area("a", compounds: [compounds[3]], params: ["staff_rounding": .text("ceil"),
                                                                                          "security_per_gate": .number(1)])]))
        let aloneRun = alone.run().areas[0]
        #expect(close(rows[3].standaloneCost, aloneRun[.staffCost, 1] + aloneRun[.otherOpex, 1], relative: 1e-12))
    }

    @Test func moreThanTwentyCompoundsAreSampledWithStandardErrorsAndASeed() {
        let compounds = (0..<25).map { compound("C\($0)", households: 30 + 23 * $0, floorArea: 3000 + 410 * Double($0)) }
        let p = ScenarioModel(scenario([area("m", compounds: compounds)])).parameters[0]
        let rows = CostShare.rows(compounds, parameters: p, samples: 300, seed: 7)
        #expect(rows.count == 25 && rows.allSatisfy { $0.method == .sampled && $0.standardError != nil })
        let again = CostShare.rows(compounds, parameters: p, samples: 300, seed: 7)
        #expect(rows.map(\.shapleyCost) == again.map(\.shapleyCost))   // same seed, same draws
        let other = CostShare.rows(compounds, parameters: p, samples: 300, seed: 8)
        #expect(rows.map(\.shapleyCost) != other.map(\.shapleyCost))
        let total = CostGame(compounds: compounds, parameters: p).grandCost
        #expect(close(rows.reduce(0) { $0 + $1.shapleyCost }, total, relative: 1e-10))
    }
}
