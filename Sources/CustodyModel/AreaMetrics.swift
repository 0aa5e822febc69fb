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
    ///   - discountFactors: (1 + discount_rate)^(−t/12) for t = 1…T.
    ///   - irr: an IRR solver, or nil to leave ``irr`` empty (it costs far more than the rest).
    /// - Complexity: O(T), plus the IRR scan when asked for.
    public init(ledger: MonthlyLedger, facts: AreaFacts, discountFactors: UnsafeBufferPointer<Double>,
                irr: IRRSolver?, discountRate: Double) {
        let T = ledger.months, t0 = facts.takeoverIndex
        let net = ledger.column(.netCashFlow), cum = ledger.column(.cumulativeCash)
        let subsidyCol = ledger.column(.subsidy)
        managedMonths = T - t0 + 1
        households = facts.households
        var minimum = t0 > 1 ? 0.0 : Double.infinity
        for i in (t0 - 1)..<T {
            ownRevenue += ledger[.feeIncome, i + 1] + ledger[.feeOffset, i + 1]
                + ledger[.publicIncome, i + 1] + ledger[.vasRevenue, i + 1]
            subsidy += subsidyCol[i]
            costs += ledger[.staffCost, i + 1] + ledger[.otherOpex, i + 1] + ledger[.mediationCost, i + 1]
                + ledger[.vasCost, i + 1] + ledger[.capex, i + 1]
            let indirect = ledger[.vat, i + 1] + ledger[.surcharges, i + 1]
            indirectTaxes += indirect
            taxes += indirect + ledger[.cit, i + 1]
            npv += net[i] * discountFactors[i]
            minimum = Swift.min(minimum, cum[i])
        }
        self.net = cum[T - 1]
        minCumulativeCash = minimum

        if self.net >= 0 {
            var first = T
            while first > t0 && cum[first - 2] >= 0 { first -= 1 }
            paybackMonth = first - t0 + 1
        }

        let tail = Swift.min(12, managedMonths)
        var steady = 0.0
        for i in (T - tail)..<T { steady += net[i] - subsidyCol[i] }
        steadyNet = steady / Double(tail)

        self.irr = irr?.annualRate(of: net, near: discountRate)
    }
}
