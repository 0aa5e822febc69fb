import CustodyModel

/// A scenario's district metric as a function of its `[[sweep]]` parameters, for the
/// sensitivity estimators (MODEL §7, `sensitivity`).
///
/// Values are set at the level each path names, with a sweep's precedence
/// (``SweepEvaluator``). On the unit hypercube, coordinate k is a probability of parameter k's
/// distribution, kept in [2⁻⁵³, 1 − 2⁻⁵³] as a sweep keeps it.
public final class ScenarioSensitivityModel {
    public let variables: [SweepVariable]
    public let metric: SweepMetric
    private let model: ScenarioModel
    private let evaluator: SweepEvaluator
    private var values: [Double]

    public init(model: ScenarioModel, variables: [SweepVariable], metric: SweepMetric) {
        self.model = model
        self.variables = variables
        self.metric = metric
        evaluator = SweepEvaluator(model: model, variables: variables)
        values = [Double](repeating: 0, count: variables.count)
    }

    /// The metric with parameter k at the probability `probabilities[k]`.
    public func metric(atProbabilities probabilities: [Double]) -> Double {
        for (k, p) in probabilities.enumerated() {
            let u = Swift.min(Swift.max(p, SweepDesign.lowestProbability), SweepDesign.highestProbability)
            values[k] = variables[k].value(at: u)
        }
        return values.withUnsafeBufferPointer { evaluator.evaluate($0)[metric] }
    }

    /// The metric on Morris's grid, level j of p (coordinate j/(p − 1)) taken at the probability
    /// (j + 0.5)/p, the points `sweep --method grid` uses: the grid's ends are then finite for
    /// every distribution (a normal's 0 and 1 quantiles are not).
    public func metric(atGridPoint x: [Double]) -> Double {
        let p = Double(MorrisScreening.levels)
        return metric(atProbabilities: x.map { ($0 * (p - 1) + 0.5) / p })
    }

    /// The metric with parameter k alone set to `value` (rounded if it is an integer
    /// parameter), every other parameter at the scenario's own values, as if the scenario had
    /// parameter k's `[[sweep]]` table alone.
    public func metric(setting k: Int, to value: Double) -> Double {
        let alone = SweepEvaluator(model: model, variables: [variables[k]])
        let x = variables[k].isInteger ? value.rounded(.toNearestOrAwayFromZero) : value
        return [x].withUnsafeBufferPointer { alone.evaluate($0)[metric] }
    }
}
