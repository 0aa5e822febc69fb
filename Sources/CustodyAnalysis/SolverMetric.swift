import CustodyModel

/// The figure of an area that `breakeven` and `subsidy` drive to zero (MODEL §7).
public enum SolverMetric: String, CaseIterable, Sendable {
    /// Net present value at the scenario's discount rate, CNY (MODEL §6 `npv`).
    case npv
    /// Cumulative cash at month T, CNY (MODEL §6 `net`).
    case cumulative
    /// Mean monthly net cash flow without government money over the last twelve managed
    /// months, CNY/month (MODEL §6 `steady_net`). It does not move with the operating subsidy,
    /// so `subsidy` does not offer it.
    case steady

    /// This metric of one area's run.
    @inline(__always)
    public func value(of metrics: AreaMetrics) -> Double {
        switch self {
        case .npv: return metrics.npv
        case .cumulative: return metrics.net
        case .steady: return metrics.steadyNet
        }
    }
}
