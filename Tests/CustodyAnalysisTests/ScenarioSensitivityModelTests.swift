import CustodyModel
import Testing
@testable import CustodyAnalysis

/// The scenario seen by the sensitivity estimators gives the metrics of a plain run.
struct ScenarioSensitivityModelTests {
    let base = SweepAgreementTests.base
    var variables: [SweepVariable] { base.sweeps.map(SweepVariable.init) }

    func plainNPV(_ s: Scenario) -> Double { ScenarioModel(s).run().areas.reduce(0) { $0 + $1.metrics.npv } }

    /// Tornado: one parameter set at its path's level, the others as the scenario sets them.
    @Test func settingOneParameterEqualsAPlainRunWithThatValueAlone() {
        let model = ScenarioSensitivityModel(model: ScenarioModel(base), variables: variables, metric: .npv)
        for k in base.sweeps.indices {
            var alone = base
            alone.sweeps = [base.sweeps[k]]
            let x = Tornado.range(of: variables[k]).high
            let expected = plainNPV(SweepAgreementTests.fixed(alone, [x]))
            #expect(SweepAgreementTests.close(model.metric(setting: k, to: x), expected), "parameter \(k)")
        }
    }

    /// Morris and Sobol: every parameter at its quantile, with the sweep's precedence.
    @Test func probabilitiesGiveThePlainRunOfTheirQuantiles() {
        let model = ScenarioSensitivityModel(model: ScenarioModel(base), variables: variables, metric: .npv)
        let u = [0.1, 0.7, 0.5, 0.3, 0.9]
        let values = zip(variables, u).map { $0.value(at: $1) }
        #expect(SweepAgreementTests.close(model.metric(atProbabilities: u), plainNPV(SweepAgreementTests.fixed(base, values))))
        let grid = [0, 1.0 / 3, 2.0 / 3, 1, 0]
        #expect(model.metric(atGridPoint: grid) == model.metric(atProbabilities: [0.125, 0.375, 0.625, 0.875, 0.125]))
    }
}
