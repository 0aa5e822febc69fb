import CustodyModel
import Foundation
import GSL
import Testing
@testable import CustodyAnalysis

struct SweepSamplingTests {
    static let probabilities = [0.001, 0.05, 0.25, 0.5, 0.75, 0.95, 0.999]

    /// Checks that `cdf(quantile(u)) = u` at several probabilities.
    func expectInverse(_ distribution: Distribution, tolerance: Double = 1e-9, cdf: (Double) -> Double) {
        let q = InverseCDF(distribution)
        for u in Self.probabilities {
            let x = q.value(at: u)
            #expect(abs(cdf(x) - u) <= tolerance, "\(distribution) at u = \(u): x = \(x), cdf = \(cdf(x))")
        }
    }

    @Test func eachInverseCDFInvertsGSLsCDF() {
        expectInverse(.uniform(min: 2, max: 5)) { Probability.uniform($0, a: 2, b: 5) }
        expectInverse(.normal(mean: 10, sd: 3, min: nil, max: nil)) { Probability.normal($0, mean: 10, sd: 3) }
        // Lognormal with mean 100 and sd 30 of the variable: σ² = ln(1.09), μ = ln 100 − σ²/2.
        let s2 = log(1.09)
        expectInverse(.lognormal(mean: 100, sd: 30)) { Probability.lognormal($0, zeta: log(100) - s2 / 2, sigma: s2.squareRoot()) }
        // Beta with mean 0.85, sd 0.025 on [0.8, 0.9]: m = 0.5, v = 0.0625, k = 3, α = β = 1.5.
        expectInverse(.beta(mean: 0.85, sd: 0.025, min: 0.8, max: 0.9), tolerance: 1e-8) {
            Probability.beta(($0 - 0.8) / 0.1, a: 1.5, b: 1.5)
        }
        // PERT (0, 3, 10): α = 1 + 4 × 0.3 = 2.2, β = 1 + 4 × 0.7 = 3.8.
        expectInverse(.pert(min: 0, mode: 3, max: 10), tolerance: 1e-8) { Probability.beta($0 / 10, a: 2.2, b: 3.8) }
        // Triangular (1, 2, 4): F(x) = (x − 1)²/3 below the mode, 1 − (4 − x)²/6 above.
        expectInverse(.triangular(min: 1, mode: 2, max: 4)) { x in x < 2 ? (x - 1) * (x - 1) / 3 : 1 - (4 - x) * (4 - x) / 6 }
        // Truncated normal on [8, 11]: (Φ(x) − Φ(a)) / (Φ(b) − Φ(a)).
        let pa = Probability.normal(8, mean: 10, sd: 3), pb = Probability.normal(11, mean: 10, sd: 3)
        expectInverse(.normal(mean: 10, sd: 3, min: 8, max: 11)) { (Probability.normal($0, mean: 10, sd: 3) - pa) / (pb - pa) }
    }

    @Test func methodOfMomentsBetaHasTheStatedMeanAndSD() {
        let (a, b) = InverseCDF.betaShape(mean: 0.7, sd: 0.1, min: 0.5, max: 1)
        // Beta(a, b) on [0.5, 1]: mean 0.5 + 0.5 a/(a + b), var 0.25 ab/((a + b)²(a + b + 1)).
        #expect(abs(0.5 + 0.5 * a / (a + b) - 0.7) < 1e-12)
        #expect(abs((0.25 * a * b / ((a + b) * (a + b) * (a + b + 1))).squareRoot() - 0.1) < 1e-12)
    }

    @Test func truncatedNormalStaysInsideItsBoundsEvenAtTheExtremeProbabilities() {
        let q = InverseCDF(.normal(mean: 0.85, sd: 0.2, min: 0.8, max: 0.9))
        for u in [0x1p-53, 1e-12, 0.3, 0.7, 1 - 1e-12, 1 - 0x1p-53] {
            let x = q.value(at: u)
            #expect(x >= 0.8 && x <= 0.9, "u = \(u) gave \(x)")
        }
        // Far in the upper tail: bounds 4 and 5 sds above the mean.
        let tail = InverseCDF(.normal(mean: 0, sd: 1, min: 4, max: 5))
        #expect((0..<100).allSatisfy { let x = tail.value(at: (Double($0) + 0.5) / 100); return x >= 4 && x <= 5 })
    }

    @Test func valuesAreADiscreteUniformChoice() {
        let q = InverseCDF(.values([1, 2, 3, 4]))
        #expect([0.01, 0.26, 0.5, 0.99, 1 - 0x1p-53].map(q.value(at:)) == [1, 2, 3, 4, 4])
    }

    /// The values of every sample of `design`, through the runner (as `sweep` draws them).
    func draws(_ design: SweepDesign, model: ScenarioModel, threads: Int = 2) throws -> [[Double]] {
        var rows: [[Double]] = []
        try SweepRunner.run(design: design, model: model, range: 0..<design.count, threads: threads, format: { _ in [] }) { chunk, _ in
            for r in 0..<chunk.count { rows.append((0..<chunk.variables).map { chunk.value(r, $0) }) }
        }
        return rows
    }

    @Test func latinHypercubeHasExactlyOneSampleInEachStratumOfEveryParameter() throws {
        let sweeps = ["fee_rate", "collection_target", "idle_occupancy"].map {
            SweepSpec(path: ParameterPath(level: .params, parameter: ParameterCatalog.spec(named: $0)!.id),
                      distribution: .uniform(min: 0, max: 1))
        }
        let model = ScenarioModel(scenario([area("a", compounds: [compound("C1")])], months: 12))
        for n in [1, 7, 300] {
            let design = try SweepDesign(sweeps: sweeps, method: .lhs, samples: n, seed: 42)
            let rows = try draws(design, model: model)
            for k in 0..<3 {
                let strata = Set(rows.map { Int($0[k] * Double(n)) })
                #expect(strata == Set(0..<n), "n = \(n), parameter \(k)")
            }
        }
    }

    @Test func gridRunsTheProductOfTheLevelsAtTheMidQuantiles() throws {
        let id = { ParameterCatalog.spec(named: $0)!.id }
        let sweeps = [
            SweepSpec(path: ParameterPath(level: .params, parameter: id("fee_rate")), distribution: .uniform(min: 0, max: 1), levels: 4),
            SweepSpec(path: ParameterPath(level: .params, parameter: id("idle_rent")), distribution: .values([10, 12, 14])),
            SweepSpec(path: ParameterPath(level: .params, parameter: id("collection_ramp_months")),
                      distribution: .uniform(min: 0, max: 10), levels: 2),
        ]
        let design = try SweepDesign(sweeps: sweeps, method: .grid, samples: 1, seed: 1)
        #expect(design.count == 4 * 3 * 2)
        let rows = try draws(design, model: ScenarioModel(scenario([area("a", compounds: [compound("C1")])], months: 12)))
        #expect(rows.count == 24)
        #expect(Set(rows.map { $0[0] }) == [0.125, 0.375, 0.625, 0.875])
        #expect(Set(rows.map { $0[1] }) == [10, 12, 14])
        // An integer parameter: 2.5 and 7.5 rounded half away from zero.
        #expect(Set(rows.map { $0[2] }) == [3, 8])
        #expect(rows[0] == [0.125, 10, 3] && rows[1] == [0.125, 10, 8] && rows[2] == [0.125, 12, 3])
    }

    @Test func designErrorsSayWhatToChange() {
        #expect(throws: SweepDesignError.noSweptParameters) { try SweepDesign(sweeps: [], method: .lhs, samples: 10, seed: 1) }
        let many = (0..<41).map { _ in
            SweepSpec(path: ParameterPath(level: .params, parameter: ParameterCatalog.spec(named: "fee_rate")!.id),
                      distribution: .uniform(min: 0, max: 1))
        }
        #expect(throws: SweepDesignError.tooManyForSobol(41)) { try SweepDesign(sweeps: many, method: .sobol, samples: 10, seed: 1) }
        #expect("\(SweepDesignError.tooManyForSobol(41))".contains("--method lhs"))
    }

    @Test func contiguousShardsTileTheSamples() throws {
        let sweeps = [SweepSpec(path: ParameterPath(level: .params, parameter: ParameterCatalog.spec(named: "fee_rate")!.id),
                                distribution: .uniform(min: 0, max: 1))]
        let design = try SweepDesign(sweeps: sweeps, method: .random, samples: 10, seed: 1)
        #expect((0..<3).map { design.shard($0, of: 3) } == [0..<3, 3..<6, 6..<10])
        #expect(design.shard(7, of: 8) == 8..<10)
    }
}
