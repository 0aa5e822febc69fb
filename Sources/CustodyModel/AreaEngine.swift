/// The monthly cash flow of one management area (MODEL §5).
///
/// Everything that does not change from month to month (billed fees, public revenue, staff and
/// other operating costs, matured service revenue) is computed once; the month loop then applies
/// the collection and service ramps, the subsidy schedule and the taxes. Corporate income tax
/// needs whole calendar years, so it is settled in a second pass, and the net cash flow and its
/// running sum in a third.
public enum AreaEngine {
    /// Fills `ledger` with the area's lines for months 1…T.
    ///
    /// - Parameters:
    ///   - facts: the area's totals and takeover month t0.
    ///   - p: the area's resolved parameters.
    ///   - startMonth: calendar month (1…12) of t = 1, which places each December.
    ///   - ledger: storage for T months; overwritten.
    /// - Complexity: O(T); no allocation.
    public static func simulate(_ facts: AreaFacts, _ p: AreaParameters, startMonth: Int,
                                into ledger: MonthlyLedger) {
        let T = ledger.months
        let t0 = facts.takeoverIndex
        precondition(t0 >= 1 && t0 <= T, "takeover index \(t0) outside 1...\(T)")
        let H = facts.households, A = facts.floorArea

        // Month-invariant lines.
        let billed = p.feeRate * A
        let publicRevenue = facts.idleArea * p.idleRent * p.idleOccupancy
            + facts.parkingSpaces * p.parkingFee * p.parkingUtilization
            + facts.compounds * p.adIncome
        let publicIncome = p.providerShare * publicRevenue
        let offsetCap = p.ownerShareToFees * (1 - p.providerShare) * publicRevenue
        let staffCost = Self.staffCost(facts, p)
        let otherOpex = p.utilitiesPerHousehold * H + p.maintenancePerM2 * A
            + p.sanitationPerHousehold * H + p.insurancePerArea + p.overheadRate * staffCost
        let mediationPerShare = p.mediationCostPerHousehold * H

        // Services: matured revenue and its variable-cost share; fixed costs every month.
        var maturedRevenue = (0.0, 0.0, 0.0, 0.0)
        var variableShare = (0.0, 0.0, 0.0, 0.0)
        var rampMonths = (0, 0, 0, 0)
        var serviceFixed = 0.0, serviceCapex = 0.0
        p.services.withUnsafeBufferPointer { s in
            maturedRevenue = (H * s[0].orders * s[0].price, H * s[1].orders * s[1].price,
                              H * s[2].orders * s[2].price, H * s[3].orders * s[3].price)
            variableShare = (1 - s[0].margin, 1 - s[1].margin, 1 - s[2].margin, 1 - s[3].margin)
            rampMonths = (s[0].rampMonths, s[1].rampMonths, s[2].rampMonths, s[3].rampMonths)
            serviceFixed = s[0].fixed + s[1].fixed + s[2].fixed + s[3].fixed
            serviceCapex = s[0].capex + s[1].capex + s[2].capex + s[3].capex
        }
        let firstCapex = p.facilityCapex + serviceCapex
        let depreciation = firstCapex / Double(p.depreciationMonths)

        let kFee = p.vatFee / (1 + p.vatFee)
        let kLease = p.vatLease / (1 + p.vatLease)
        let kVas = p.vatVas / (1 + p.vatVas)
        let taxableSubsidy = p.subsidyTaxable ? 1.0 : 0.0
        let collectionStep = p.collectionRampMonths == 0
            ? 0 : (p.collectionTarget - p.collectionStart) / Double(p.collectionRampMonths)

        let billedCol = ledger.base(.billedFees), rateCol = ledger.base(.collectionRate)
        let feeCol = ledger.base(.feeIncome), offsetCol = ledger.base(.feeOffset)
        let publicCol = ledger.base(.publicIncome), vasRevCol = ledger.base(.vasRevenue)
        let subsidyCol = ledger.base(.subsidy), staffCol = ledger.base(.staffCost)
        let opexCol = ledger.base(.otherOpex), mediationCol = ledger.base(.mediationCost)
        let vasCostCol = ledger.base(.vasCost), capexCol = ledger.base(.capex)
        let vatCol = ledger.base(.vat), surchargeCol = ledger.base(.surcharges)
        let citCol = ledger.base(.cit), netCol = ledger.base(.netCashFlow)
        let cumCol = ledger.base(.cumulativeCash)

        // Before takeover every line is 0.
        if t0 > 1 {
            for line in MonthlyLine.allCases { ledger.base(line).update(repeating: 0, count: t0 - 1) }
        }
        let years = ledger.years
        ledger.yearProfit.update(repeating: 0, count: years)
        ledger.yearManaged.update(repeating: false, count: years)

        let perHousehold = p.subsidyPerHousehold, perM2 = p.subsidyPerM2
        do {
            do {
                var i = t0 - 1
                var m = 1
                while i < T {
                    // Fees and mediation.
                    let c = m - 1 >= p.collectionRampMonths
                        ? p.collectionTarget : p.collectionStart + collectionStep * Double(m - 1)
                    let excess = Swift.max(0, 1 - c - p.mediationThreshold)
                    let rate = c + p.mediationRecovery * excess
                    let fee = billed * rate
                    let offset = Swift.min(offsetCap, billed - fee)
                    let mediation = mediationPerShare * excess

                    // Value-added services.
                    let r0 = ramp(m, rampMonths.0), r1 = ramp(m, rampMonths.1)
                    let r2 = ramp(m, rampMonths.2), r3 = ramp(m, rampMonths.3)
                    let vasRevenue = maturedRevenue.0 * r0 + maturedRevenue.1 * r1
                        + maturedRevenue.2 * r2 + maturedRevenue.3 * r3
                    let vasCost = maturedRevenue.0 * r0 * variableShare.0 + maturedRevenue.1 * r1 * variableShare.1
                        + maturedRevenue.2 * r2 * variableShare.2 + maturedRevenue.3 * r3 * variableShare.3
                        + serviceFixed

                    // Government money, by management year k = ceil(m / 12).
                    let k = (m - 1) / 12
                    var subsidy = perHousehold[k] * H + perM2[k] * A
                    if m == 1 { subsidy += p.startupGrant }
                    if m == p.rewardMonth { subsidy += p.reward }

                    let capex = m == 1 ? firstCapex : 0
                    let vat = (fee + offset) * kFee + publicIncome * kLease + vasRevenue * kVas
                    let surcharges = vat * p.surchargeRate

                    let year = (startMonth - 1 + i) / 12
                    ledger.yearManaged[year] = true
                    ledger.yearProfit[year] += fee + offset + publicIncome + vasRevenue - vat
                        + subsidy * taxableSubsidy - staffCost - otherOpex - mediation - vasCost - surcharges
                        - (m <= p.depreciationMonths ? depreciation : 0)

                    billedCol[i] = billed
                    rateCol[i] = rate
                    feeCol[i] = fee
                    offsetCol[i] = offset
                    publicCol[i] = publicIncome
                    vasRevCol[i] = vasRevenue
                    subsidyCol[i] = subsidy
                    staffCol[i] = staffCost
                    opexCol[i] = otherOpex
                    mediationCol[i] = mediation
                    vasCostCol[i] = vasCost
                    capexCol[i] = capex
                    vatCol[i] = vat
                    surchargeCol[i] = surcharges
                    citCol[i] = 0
                    netCol[i] = fee + offset + publicIncome + vasRevenue + subsidy - staffCost - otherOpex
                        - mediation - vasCost - capex - vat - surcharges
                    i += 1
                    m += 1
                }
            }
        }

        settleIncomeTax(p, startMonth: startMonth, ledger: ledger, into: citCol)

        var cumulative = 0.0
        for i in (t0 - 1)..<T {
            netCol[i] -= citCol[i]
            cumulative += netCol[i]
            cumCol[i] = cumulative
        }
    }

    /// A service's ramp in managed month m: 1 when there is no ramp, else min(1, m / months).
    @inline(__always)
    private static func ramp(_ m: Int, _ months: Int) -> Double {
        m >= months ? 1 : Double(m) / Double(months)
    }

    /// Monthly staff cost: Σ headcount × wage × wage_factor × (1 + oncost_rate), where a role's
    /// headcount is max(role_min, q) + role_per_gate × g and q = H / role_households (rounded up
    /// when `staff_rounding = "ceil"`).
    public static func staffCost(_ facts: AreaFacts, _ p: AreaParameters) -> Double {
        var total = 0.0
        for role in p.roles {
            var q = facts.households / role.households
            if p.staffRounding == .ceil { q = q.rounded(.up) }
            let headcount = Swift.max(role.min, q) + role.perGate * facts.enclosable
            total += headcount * role.wage
        }
        return total * p.wageFactor * (1 + p.oncostRate)
    }

    /// Corporate income tax per calendar year (MODEL §5): losses carried forward
    /// `loss_carry_years`, oldest first; booked in December, or in month T for a year whose
    /// December lies past the horizon.
    private static func settleIncomeTax(_ p: AreaParameters, startMonth: Int, ledger: MonthlyLedger,
                                        into cit: UnsafeMutablePointer<Double>) {
        let T = ledger.months
        let carry = p.lossCarryYears
        for year in 0..<ledger.years {
            ledger.yearLoss[year] = 0
            guard ledger.yearManaged[year] else { continue }
            let profit = ledger.yearProfit[year]
            if profit < 0 {
                ledger.yearLoss[year] = -profit
                continue
            }
            var taxable = profit
            var earlier = Swift.max(0, year - carry)
            while earlier < year && taxable > 0 {
                let used = Swift.min(ledger.yearLoss[earlier], taxable)
                ledger.yearLoss[earlier] -= used
                taxable -= used
                earlier += 1
            }
            let december = 12 * (year + 1) - (startMonth - 1)
            cit[Swift.min(december, T) - 1] += p.citRate * taxable
        }
    }
}
