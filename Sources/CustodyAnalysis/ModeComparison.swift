import CustodyModel

/// `custody compare`: every area under every service mode, and one recommended mode per area
/// (MODEL §7).
public enum ModeComparison {
    /// Break-even subsidies (CNY/household/month) or self-sufficiencies closer than this are
    /// a tie: the solver finds a rate only to 1e-10 + 1e-10 × rate.
    public static let tieTolerance = 1e-8

    /// Four rows per area in the mode order of MODEL §1, areas in the scenario's order.
    ///
    /// Each mode's run resolves the area with that mode's `[modes.X]` values in place of its
    /// own mode's (area values still win).
    ///
    /// - Complexity: 4 × areas × (1 + typically 8 to 10) runs of one area.
    public static func compare(_ scenario: Scenario) -> [ModeComparisonRow] {
        var model = ScenarioModel(scenario)
        let ledger = model.makeLedger()
        var byMode: [[ModeComparisonRow]] = []
        for mode in ServiceMode.allCases {
            model.parameters = scenario.areas.map { scenario.resolve($0, mode: mode).values }
            let subsidies = SubsidySizing.breakevens(model, metric: .npv)
            byMode.append(scenario.areas.indices.map { index in
                let metrics = model.evaluate(area: index, into: ledger)
                return ModeComparisonRow(area: index, mode: mode,
                                         failures: FeasibilityRule.failures(of: mode, for: scenario.areas[index].compounds),
                                         npv: metrics.npv, selfSufficiency: metrics.selfSufficiency,
                                         subsidy: subsidies[index])
            })
        }
        var rows: [ModeComparisonRow] = []
        for index in scenario.areas.indices {
            var group = byMode.map { $0[index] }
            if let best = recommend(group) { group[best].recommended = true }
            rows += group
        }
        return rows
    }

    /// The index in `rows` (one area's modes, in MODEL §1's order) of the recommended mode:
    /// among feasible modes, the lowest break-even subsidy (a `no-solution` mode ranks last),
    /// then the higher self-sufficiency (an undefined one ranks last), then the earlier mode.
    /// Nil when no mode is feasible.
    public static func recommend(_ rows: [ModeComparisonRow]) -> Int? {
        var best: Int?
        for (i, row) in rows.enumerated() where row.feasible {
            guard let b = best else { best = i; continue }
            if ranksBefore(row, rows[b]) { best = i }
        }
        return best
    }

    /// Whether `a` beats `b` strictly on subsidy, or ties on it and beats it strictly on
    /// self-sufficiency; a full tie keeps the earlier mode.
    private static func ranksBefore(_ a: ModeComparisonRow, _ b: ModeComparisonRow) -> Bool {
        switch (a.subsidy.rate, b.subsidy.rate) {
        case let (x?, y?) where !tied(x, y): return x < y
        case (.some, nil): return true
        case (nil, .some): return false
        default: break
        }
        switch (a.selfSufficiency, b.selfSufficiency) {
        case let (x?, y?): return !tied(x, y) && x > y
        case (.some, nil): return true
        default: return false
        }
    }

    /// Whether two figures are equal within ``tieTolerance``.
    private static func tied(_ x: Double, _ y: Double) -> Bool {
        abs(x - y) <= tieTolerance * max(1, abs(x), abs(y))
    }
}
