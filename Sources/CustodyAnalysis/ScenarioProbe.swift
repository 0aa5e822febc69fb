import CustodyModel

/// A scenario seen as a function of one number: set the number on some areas, run those
/// areas and add up one metric. What the solvers hand to ``ZeroCrossingSolver``.
///
/// The probe works on its own copy of the model; ``restore()`` puts the scenario's own
/// values back on the areas it moved.
final class ScenarioProbe {
    private(set) var model: ScenarioModel
    private let base: [AreaParameters]
    private let ledger: MonthlyLedger
    private let metric: SolverMetric
    private let assign: (inout AreaParameters, Double) -> Void
    /// The areas the number is set on and whose metric is summed; change between solves.
    var areas: [Int]

    /// - Parameters:
    ///   - assign: writes the number into one area's parameters.
    init(_ model: ScenarioModel, metric: SolverMetric, areas: [Int],
         assign: @escaping (inout AreaParameters, Double) -> Void) {
        self.model = model
        base = model.parameters
        ledger = model.makeLedger()
        self.metric = metric
        self.areas = areas
        self.assign = assign
    }

    /// Σ over ``areas`` of the metric with `x` set on each of them.
    ///
    /// - Complexity: O(T × areas); no allocation.
    func callAsFunction(_ x: Double) -> Double {
        var total = 0.0
        for index in areas {
            assign(&model.parameters[index], x)
            total += metric.value(of: model.evaluate(area: index, into: ledger))
        }
        return total
    }

    /// Σ over ``areas`` of the metric with the scenario's own values.
    func metricAsGiven() -> Double {
        restore()
        var total = 0.0
        for index in areas { total += metric.value(of: model.evaluate(area: index, into: ledger)) }
        return total
    }

    /// Puts the scenario's values back on ``areas``.
    func restore() {
        for index in areas { model.parameters[index] = base[index] }
    }
}
