import CustodyModel
import Foundation
import Testing
@testable import CustodyAnalysis

/// A sample's district totals are those of a plain run of the scenario with the sample's values
/// written at the levels their paths name (MODEL §7, `sweep`).
struct SweepAgreementTests {
    static func id(_ name: String) -> ParameterID { ParameterCatalog.spec(named: name)!.id }

    /// Four areas; area b sets fee_rate itself, so the [params] sweep of fee_rate misses it.
    /// Areas c and d share a collection curve that the sweep of collection_target moves; area
    /// a's, moved by its own ramp, is its alone.
    static let base: Scenario = {
        var s = scenario([
            area("a", compounds: [compound("C1", households: 300, floorArea: 20000)]),
            area("b", compounds: [compound("C2"), compound("C3", households: 50)], params: ["fee_rate": .number(0.3)]),
            area("c", mode: .marketSelection, compounds: [compound("C4", households: 500, floorArea: 40000, enclosable: true)]),
            area("d", mode: .marketSelection, compounds: [compound("C5", households: 120, floorArea: 9000)]),
        ], months: 30, params: ["subsidy_per_m2": .list([0.3, 0.2, 0.1])], modes: [.marketSelection: ["fee_rate": .number(0.55)]])
        s.areas[2].takeover = YearMonth("2023-10")
        s.areas[3].takeover = YearMonth("2024-02")
        s.sweeps = [
            SweepSpec(path: ParameterPath(level: .params, parameter: id("fee_rate")), distribution: .uniform(min: 0.2, max: 0.6)),
            SweepSpec(path: ParameterPath(level: .mode(.marketSelection), parameter: id("collection_target")),
                      distribution: .beta(mean: 0.85, sd: 0.03, min: 0.7, max: 0.95)),
            SweepSpec(path: ParameterPath(level: .area("a"), parameter: id("collection_ramp_months")),
                      distribution: .triangular(min: 0, mode: 12, max: 24)),
            SweepSpec(path: ParameterPath(level: .params, parameter: id("subsidy_per_m2")),
                      distribution: .lognormal(mean: 0.2, sd: 0.05)),
            SweepSpec(path: ParameterPath(level: .params, parameter: id("cleaner_wage")),
                      distribution: .normal(mean: 1900, sd: 150, min: 1730, max: nil)),
        ]
        return s
    }()

    /// The scenario with `values` written at each sweep's level.
    static func fixed(_ s: Scenario, _ values: [Double]) -> Scenario {
        var s = s
        for (spec, x) in zip(s.sweeps, values) {
            let value = ParameterValue.number(x)
            switch spec.path.level {
            case .params: s.params[spec.path.parameter] = value
            case .mode(let m): s.modes[m, default: [:]][spec.path.parameter] = value
            case .area(let id): s.areas[s.areas.firstIndex { $0.id == id }!].params[spec.path.parameter] = value
            }
        }
        return s
    }

    static func close(_ a: Double, _ b: Double) -> Bool { abs(a - b) <= 1e-9 * max(1, abs(b)) }

    @Test(arguments: [SweepMethod.random, .lhs, .sobol, .grid])
    func aSamplesTotalsEqualAPlainRunWithItsValues(method: SweepMethod) throws {
        let design = try SweepDesign(sweeps: Self.base.sweeps, method: method, samples: 9, seed: 3)
        var checked = 0
        try SweepRunner.run(design: design, model: ScenarioModel(Self.base), range: 0..<min(design.count, 40), threads: 2,
                            format: { _ in [] }) { chunk, _ in
            for r in 0..<chunk.count {
                let values = (0..<chunk.variables).map { chunk.value(r, $0) }
                #expect(values[2] == values[2].rounded(), "an integer parameter is drawn whole")
                let run = ScenarioModel(Self.fixed(Self.base, values)).run()
                let metrics = run.areas.map(\.metrics)
                var monthly = [Double](repeating: 0, count: Self.base.months)
                for a in run.areas { for t in 1...Self.base.months { monthly[t - 1] += a[.netCashFlow, t] } }
                var cumulative = 0.0, lowest = Double.infinity
                for x in monthly { cumulative += x; lowest = min(lowest, cumulative) }
                let own = metrics.reduce(0) { $0 + $1.ownRevenue - $1.indirectTaxes }, costs = metrics.reduce(0) { $0 + $1.costs }
                let o = chunk.outcomes[r]
                #expect(Self.close(o.npv, metrics.reduce(0) { $0 + $1.npv }))
                #expect(Self.close(o.subsidy, metrics.reduce(0) { $0 + $1.subsidy }))
                #expect(Self.close(o.cumulativeCash, cumulative))
                #expect(Self.close(o.minCumulativeCash, lowest))
                #expect(Self.close(o.selfSufficiency, own / costs))
                checked += 1
            }
        }
        #expect(checked == min(design.count, 40))
    }

    @Test func aMoreSpecificLevelStillWins() {
        let variables = Self.base.sweeps.map(SweepVariable.init)
        // Area b sets fee_rate itself: only the subsidy and wage sweeps reach it.
        #expect(SweepEvaluator.settings(of: Self.base.areas[1], in: Self.base, variables: variables) == [3, 4])
        // Area c is market-selection, whose mode sets fee_rate: the [params] sweep misses it.
        #expect(SweepEvaluator.settings(of: Self.base.areas[2], in: Self.base, variables: variables) == [1, 3, 4])
        #expect(SweepEvaluator.settings(of: Self.base.areas[0], in: Self.base, variables: variables) == [0, 2, 3, 4])
    }
}
