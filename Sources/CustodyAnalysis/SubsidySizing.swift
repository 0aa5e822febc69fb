import CustodyModel

/// `custody subsidy`: each area's break-even operating subsidy and what a budget funds
/// (MODEL §7).
public enum SubsidySizing {
    /// The break-even flat `subsidy_per_household` of each area, `subsidy_per_m2` set to 0 on
    /// it, with the scenario's start-up grant and reward kept.
    ///
    /// - Parameter metric: ``SolverMetric/npv`` or ``SolverMetric/cumulative``.
    /// - Returns: one search per area, in the scenario's order.
    /// - Complexity: typically 8 to 10 runs of one area per area.
    public static func breakevens(_ model: ScenarioModel, metric: SolverMetric) -> [SubsidyBreakeven] {
        let probe = ScenarioProbe(model, metric: metric, areas: []) { p, rate in
            p.subsidyPerHousehold = .every(rate)
            p.subsidyPerM2 = .every(0)
        }
        let solver = ZeroCrossingSolver(metric: probe.callAsFunction)
        return model.facts.indices.map { index in
            probe.areas = [index]
            defer { probe.restore() }
            return SubsidySearch.run(on: solver)
        }
    }

    /// The rows of `subsidy.csv`: needs from `breakevens`, funded under `budget`.
    ///
    /// Without a budget, or when it covers Σ need, every need is funded. Otherwise `coverage`
    /// funds areas whole in increasing need per household (ties in the scenario's order), the
    /// first that does not fit gets what is left (`partial`, or `unfunded` when nothing is
    /// left), and later areas nothing; `proportional` funds need × B / Σ need (`partial`, or
    /// `unfunded` for B = 0). `no-solution` areas have no need and take no part.
    ///
    /// - Parameters:
    ///   - budget: CNY over the horizon, ≥ 0, or nil for no cap.
    public static func rows(_ model: ScenarioModel, breakevens: [SubsidyBreakeven],
                            budget: Double?, policy: BudgetPolicy) -> [SubsidyRow] {
        var rows = breakevens.indices.map { index -> SubsidyRow in
            let facts = model.facts[index], search = breakevens[index]
            let months = model.scenario.months - facts.takeoverIndex + 1
            let need = search.rate.map { $0 * facts.households * Double(months) }
            let status: SubsidyStatus = switch search.outcome {
            case .notNeeded: .notNeeded
            case .needed: .funded
            case .noSolution: .noSolution
            }
            return SubsidyRow(area: index, households: facts.households, managedMonths: months, search: search,
                              need: need, funded: need, status: status)
        }
        let totalNeed = rows.reduce(0) { $0 + ($1.need ?? 0) }
        guard let budget, budget < totalNeed else { return rows }
        let needy = rows.indices.filter { rows[$0].status == .funded }
        switch policy {
        case .proportional:
            let scale = budget / totalNeed
            for i in needy {
                rows[i].funded = rows[i].need! * scale
                rows[i].status = scale > 0 ? .partial : .unfunded
            }
        case .coverage:
            let order = needy.sorted { (rows[$0].needPerHousehold!, $0) < (rows[$1].needPerHousehold!, $1) }
            var left = budget
            var exhausted = false
            for i in order {
                let need = rows[i].need!
                if !exhausted && need <= left {
                    left -= need
                    continue
                }
                rows[i].funded = exhausted ? 0 : left
                rows[i].status = !exhausted && left > 0 ? .partial : .unfunded
                left = 0
                exhausted = true
            }
        }
        return rows
    }
}
