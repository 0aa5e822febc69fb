/// Searches the smallest flat subsidy rate with metric ≥ 0, widening the bracket (MODEL §7).
///
/// The metric rises with the rate (a subsidy adds to every month's cash; at most
/// `cit_rate` < 1 of it goes back in income tax). The search evaluates the metric at 0; if it
/// is ≥ 0 no subsidy is needed. Otherwise it tries the upper ends 1000, 10⁴, 10⁵, 10⁶
/// CNY/household/month in turn, and solves by Brent on the first interval [previous end, end]
/// where the metric reaches ≥ 0. The answer is the upper end of Brent's final bracket (within
/// 1e-10 + 1e-10 × rate of the root), where the metric is ≥ 0, not just near 0.
public enum SubsidySearch {
    /// The first upper end tried, CNY/household/month.
    public static let initialUpper = 1000.0
    /// Each widening multiplies the upper end by this.
    public static let widening = 10.0
    /// The widest upper end tried, CNY/household/month.
    public static let ceiling = 1e6

    /// Runs the search on `solver`'s metric (the metric as a function of the rate).
    ///
    /// - Complexity: At most 1 + 4 + 200 evaluations; typically 8 to 10.
    public static func run(on solver: ZeroCrossingSolver) -> SubsidyBreakeven {
        let before = solver.evaluations
        var result = search(on: solver)
        result.evaluations = solver.evaluations - before
        return result
    }

    private static func search(on solver: ZeroCrossingSolver) -> SubsidyBreakeven {
        var result = SubsidyBreakeven(outcome: .noSolution, metricWithoutSubsidy: solver.evaluate(0),
                                      rate: nil, evaluations: 0)
        var lower = 0.0, fLower = result.metricWithoutSubsidy
        guard fLower.isFinite else { return result }
        if fLower >= 0 {
            result.outcome = .notNeeded
            result.rate = 0
            return result
        }
        var upper = initialUpper
        while true {
            let fUpper = solver.evaluate(upper)
            if fUpper >= 0 {
                let crossing = solver.solve(in: lower...upper, fLower: fLower, fUpper: fUpper)
                if crossing.status == .ok {
                    result.outcome = .needed
                    result.rate = crossing.upperSide
                }
                return result
            }
            guard fUpper.isFinite, upper < ceiling else { return result }
            (lower, fLower) = (upper, fUpper)
            upper *= widening
        }
    }
}
