/// The summary figures of one area over the horizon (MODEL §6).
///
/// Ratios whose denominator is 0 are nil (an empty cell in files).
public struct AreaMetrics: Sendable, Equatable {
    /// Σ (fee_income + fee_offset + public_income + vas_revenue).
    public var ownRevenue = 0.0
    /// Σ subsidy: operating subsidy, start-up grant and reward.
    public var subsidy = 0.0
    /// Σ (staff_cost + other_opex + mediation_cost + vas_cost + capex).
    public var costs = 0.0
    /// Σ (vat + surcharges + cit).
    public var taxes = 0.0
    /// Σ vat + Σ surcharges, which self-sufficiency nets out of own revenue.
    public var indirectTaxes = 0.0
    /// Σ net_cash_flow = cumulative_cash at month T.
    public var net = 0.0
    /// Σ net_cash_flow_t × (1 + discount_rate)^(−t/12).
    public var npv = 0.0
    /// Annual internal rate of return; nil when there is none (or when not asked for).
    public var irr: Double?
    /// The first managed month from which cumulative cash stays ≥ 0; nil when it ends < 0.
    public var paybackMonth: Int?
    /// The lowest cumulative cash over months 1…T.
    public var minCumulativeCash = 0.0
    /// Mean of net_cash_flow − subsidy over the last min(12, managed months) months.
    public var steadyNet = 0.0
    /// Managed months within the horizon.
    public var managedMonths = 0
    /// H, for the per-household ratio.
    public var households = 0.0

    /// (own_revenue − Σ vat − Σ surcharges) / costs.
    public var selfSufficiency: Double? {
        costs == 0 ? nil : (ownRevenue - indirectTaxes) / costs
    }

    /// Σ subsidy / (H × managed months).
    public var subsidyPerHouseholdMonth: Double? {
        let d = households * Double(managedMonths)
        return d == 0 ? nil : subsidy / d
    }

    public init() {}

    /// Reads the metrics off a filled ledger.
    ///
    /// - Parameters:
    ///   - ledger: a ledger the engine has just filled for this area.
    ///   - facts: the area's totals and takeover month.
    ///   - irr: an IRR solver, or nil to leave ``irr`` empty (it costs far more than the rest).
    ///   - discountRate: the rate the IRR search starts from.
    /// - Complexity: O(1), plus the IRR scan when asked for.
    public init(ledger: MonthlyLedger, facts: AreaFacts, irr: IRRSolver?, discountRate: Double) {
        let T = ledger.months, t0 = facts.takeoverIndex
        let totals = ledger.totals
        ownRevenue = totals.ownRevenue
        subsidy = totals.subsidy
        costs = totals.costs
        indirectTaxes = totals.indirectTaxes
        taxes = totals.indirectTaxes + totals.incomeTax
        net = totals.net
        npv = totals.npv
        minCumulativeCash = totals.minCumulativeCash
        paybackMonth = totals.paybackMonth
        steadyNet = totals.steadyNet
        managedMonths = T - t0 + 1
        households = facts.households
        self.irr = irr?.annualRate(of: ledger.column(.netCashFlow), near: discountRate)
    }
}
