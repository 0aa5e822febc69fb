import CustodyModel

/// `custody breakeven`: the value of one real parameter at which a metric is 0 (MODEL §7).
public enum Breakeven {
    /// The bracket searched when `--lo`/`--hi` are not given.
    ///
    /// [0, 1] for a parameter bounded to [0, 1] (shares and tax rates); otherwise
    /// [0, max(10 × the largest |effective value| among `areas`, 1)], a by-year list counting as
    /// its largest element. A parameter that must be greater than 0 (`<role>_households`)
    /// cannot be evaluated at 0, so its bracket starts at 1/1000 of the upper end instead.
    ///
    /// - Parameter areas: the areas the command solves for (one bracket serves every row).
    public static func defaultBracket(for spec: ParameterSpec, in model: ScenarioModel, areas: [Int]) -> ClosedRange<Double> {
        if spec.bounds.lower == 0, spec.bounds.upper == 1 { return 0...1 }
        var largest = 0.0
        for index in areas {
            switch spec.value(in: model.parameters[index]) {
            case .number(let x): largest = max(largest, abs(x))
            case .list(let xs): largest = xs.reduce(largest) { max($0, abs($1)) }
            case .flag, .text: break
            }
        }
        let upper = max(10 * largest, 1)
        let lower = spec.bounds.lowerOpen ? upper / 1000 : max(spec.bounds.lower, 0)
        return lower...upper
    }

    /// The areas a scope solves for.
    public static func areas(of scope: BreakevenScope, in model: ScenarioModel) -> [Int] {
        switch scope {
        case .area(let index): return [index]
        case .eachArea, .district: return Array(model.facts.indices)
        }
    }

    /// Solves for the value of `spec` at which `metric` is 0, a row per solve.
    ///
    /// The value is set on the areas solved for, whatever level set it in the scenario, so no
    /// mode or area value can shadow it; a by-year list is set to the same value in every year.
    ///
    /// - Parameters:
    ///   - spec: a real or by-year list parameter (``ParameterSpec/isReal``).
    ///   - bracket: the interval searched; ``defaultBracket(for:in:areas:)`` when nil.
    /// - Returns: one row per area for ``BreakevenScope/eachArea``, otherwise one row.
    /// - Complexity: At most 202 runs of the areas in scope per row.
    public static func solve(_ model: ScenarioModel, parameter spec: ParameterSpec, metric: SolverMetric,
                             scope: BreakevenScope, bracket: ClosedRange<Double>? = nil) -> [BreakevenRow] {
        precondition(spec.isReal, "\(spec.name) is not a real parameter")
        let all = areas(of: scope, in: model)
        let bracket = bracket ?? defaultBracket(for: spec, in: model, areas: all)
        let probe = ScenarioProbe(model, metric: metric, areas: all) { spec.set($1, in: &$0) }
        let solver = ZeroCrossingSolver(metric: probe.callAsFunction)
        let groups: [(scope: String, areas: [Int])] = switch scope {
        case .district: [("district", all)]
        case .area, .eachArea: all.map { (model.scenario.areas[$0].id, [$0]) }
        }
        return groups.map { group in
            probe.areas = group.areas
            defer { probe.restore() }
            let before = solver.evaluations
            let crossing = solver.solve(in: bracket)
            return BreakevenRow(scope: group.scope, parameter: spec.name, metric: metric,
                                crossing: crossing, modelRuns: solver.evaluations - before)
        }
    }
}
