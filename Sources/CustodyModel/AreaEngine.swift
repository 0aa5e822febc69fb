/// The monthly cash flow of one management area (MODEL §5).
///
/// Everything that does not change from month to month (billed fees, public revenue, staff and
/// other operating costs, matured service revenue) is computed once. Months while the
/// collection or a service is still ramping up are computed one by one; from the month when
/// every ramp is over, fees, services and indirect taxes repeat, so they are computed once and
/// only government money, capital spending and depreciation step month by month. A calendar
/// year's income tax is settled in its December (or in month T), when the year's profit and the
/// earlier years' losses are known, so one pass over the months also yields the running sum of
/// the net cash flow, its present value, low point and payback.
///
/// The same code serves two purposes: ``simulate(_:_:startMonth:into:)`` records every line
/// (what `custody run` writes); ``evaluate(_:_:startMonth:into:)`` records only the net cash
/// flow and subsidy the metrics need, which is what solvers and sweeps call thousands of times.
public enum AreaEngine {
    /// Fills `ledger` with every line of months 1…T.
    ///
    /// - Parameters:
    ///   - facts: the area's totals and takeover month t0.
    ///   - p: the area's resolved parameters.
    ///   - startMonth: calendar month (1…12) of t = 1, which places each December.
    ///   - ledger: storage for T months; overwritten.
    /// - Complexity: O(T); no allocation.
    public static func simulate(_ facts: AreaFacts, _ p: borrowing AreaParameters, startMonth: Int,
                                into ledger: MonthlyLedger) {
        run(facts, p, startMonth: startMonth, ledger: ledger, recorder: EveryLine(ledger))
    }

    /// Runs the area for its metrics alone: of the lines, only `net_cash_flow` and `subsidy` are
    /// recorded in `ledger`; its totals are complete.
    ///
    /// - Complexity: O(T); no allocation.
    public static func evaluate(_ facts: AreaFacts, _ p: borrowing AreaParameters, startMonth: Int,
                                into ledger: MonthlyLedger) {
        run(facts, p, startMonth: startMonth, ledger: ledger, recorder: NoLines())
    }

    @inline(__always)
    private static func run<R: LineRecorder>(_ facts: AreaFacts, _ p: borrowing AreaParameters, startMonth: Int,
                                             ledger: MonthlyLedger, recorder: R) {
        let T = ledger.months
        let t0 = facts.takeoverIndex
        precondition(t0 >= 1 && t0 <= T, "takeover index \(t0) outside 1...\(T)")
        let H = facts.households, A = facts.floorArea
        let net = ledger.base(.netCashFlow), subsidyLine = ledger.base(.subsidy)

        // Month-invariant lines.
        let billed = p.feeRate * A
        let publicRevenue = facts.idleArea * p.idleRent * p.idleOccupancy
            + facts.parkingSpaces * p.parkingFee * p.parkingUtilization
            + facts.compounds * p.adIncome
        let publicIncome = p.providerShare * publicRevenue
        let offsetCap = p.ownerShareToFees * (1 - p.providerShare) * publicRevenue
        let staffCost = Self.staffCost(facts, p)
        let otherOpex = Self.otherOpex(facts, p, staffCost: staffCost)
        let services = ServiceTotals(p, households: H)
        let firstCapex = p.facilityCapex + services.capex
        let depreciation = firstCapex / Double(p.depreciationMonths)
        let taxableSubsidy = p.subsidyTaxable ? 1.0 : 0.0
        // Prices include VAT: the tax in an income x at rate v is x × v / (1 + v).
        let vatInFees = p.vatFee / (1 + p.vatFee), vatInLease = p.vatLease / (1 + p.vatLease)
        let vatInServices = p.vatVas / (1 + p.vatVas)
        let mediationPerExcess = p.mediationCostPerHousehold * H
        // Collection in managed month m: start + (target − start) × min(1, (m − 1) / ramp), written
        // as a clamp so that the month loop has no branch (with no ramp, the target throughout).
        let collectionBase = p.collectionRampMonths == 0 ? p.collectionTarget : p.collectionStart
        let collectionStep = p.collectionRampMonths == 0
            ? 0 : (p.collectionTarget - p.collectionStart) / Double(p.collectionRampMonths)
        let collectionRamp = Double(p.collectionRampMonths)
        let fixed = Fixed(billed: billed, publicIncome: publicIncome, staffCost: staffCost, otherOpex: otherOpex)
        // The nested functions below read these copies, not `p`, which they would otherwise
        // copy whole into their context.
        let rampMonths = p.collectionRampMonths, mediationThreshold = p.mediationThreshold
        let mediationRecovery = p.mediationRecovery, surchargeRate = p.surchargeRate
        let startupGrant = p.startupGrant, rewardMonth = p.rewardMonth, reward = p.reward
        let depreciationMonths = p.depreciationMonths

        /// The lines that move only with the collection and service ramps, in managed month m.
        @inline(__always)
        func ramped(_ m: Double) -> Ramped {
            let c = collectionBase + collectionStep * Swift.min(m - 1, collectionRamp)
            let excess = Swift.max(0, 1 - c - mediationThreshold)
            let rate = c + mediationRecovery * excess
            let fee = billed * rate
            let offset = Swift.min(offsetCap, billed - fee)
            let (vasRevenue, vasCost) = services.lines(m)
            let vat = (fee + offset) * vatInFees + publicIncome * vatInLease + vasRevenue * vatInServices
            let surcharges = vat * surchargeRate
            let mediation = mediationPerExcess * excess
            let ownRevenue = fee + offset + publicIncome + vasRevenue
            let operating = staffCost + otherOpex + mediation + vasCost
            return Ramped(rate: rate, fee: fee, offset: offset, mediation: mediation, vasRevenue: vasRevenue,
                          vasCost: vasCost, vat: vat, surcharges: surcharges, ownRevenue: ownRevenue,
                          operating: operating, beforeSubsidy: ownRevenue - operating - vat - surcharges)
        }

        if t0 > 1 {
            recorder.clear(before: t0)
            for i in 0..<(t0 - 1) {
                net[i] = 0
                subsidyLine[i] = 0
            }
        }
        let managedYears = (T - t0) / 12 + 1
        for k in 0..<managedYears {
            ledger.managementYearSubsidy[k] = p.subsidyPerHousehold[k] * H + p.subsidyPerM2[k] * A
        }
        let firstYear = (startMonth - 1 + t0 - 1) / 12
        var book = Book(year: firstYear, monthOfYear: (startMonth - 1 + t0 - 1) % 12 + 1,
                        lowest: t0 > 1 ? 0 : .infinity, lastNegative: t0 - 2)
        let discount = ledger.discountFactors
        let lossCarryYears = p.lossCarryYears, citRate = p.citRate

        /// Completes month index i (managed month m): government money, capital spending, the
        /// year's profit and, in December or month T, its income tax; then the net cash flow,
        /// its running sum, present value and low point; then steps the calendar.
        @inline(__always)
        func close(_ i: Int, _ m: Int, _ r: Ramped, _ book: inout Book) {
            var subsidy = ledger.managementYearSubsidy[book.managementYear]
            var capex = 0.0
            if m == 1 {
                subsidy += startupGrant
                capex = firstCapex
                book.capex = capex
            }
            if m == rewardMonth { subsidy += reward }
            subsidyLine[i] = subsidy
            recorder.capex(capex, at: i)
            book.yearProfit += r.beforeSubsidy + subsidy * taxableSubsidy - (m <= depreciationMonths ? depreciation : 0)
            book.subsidy += subsidy
            var tax = 0.0
            if book.monthOfYear == 12 || i == T - 1 {
                tax = settleIncomeTax(year: book.year, profit: book.yearProfit, firstYear: firstYear,
                                      carry: lossCarryYears, rate: citRate, losses: ledger.yearLoss)
                book.incomeTax += tax
            }
            recorder.cit(tax, at: i)
            let n = r.beforeSubsidy + subsidy - capex - tax
            net[i] = n
            book.cumulative += n
            recorder.cumulative(book.cumulative, at: i)
            book.npv += n * discount[i]
            book.lowest = Swift.min(book.lowest, book.cumulative)
            book.lastNegative = book.cumulative < 0 ? i : book.lastNegative
            if book.monthOfManagementYear == 12 {
                book.managementYear += 1
                book.monthOfManagementYear = 1
            } else {
                book.monthOfManagementYear += 1
            }
            if book.monthOfYear == 12 {
                book.year += 1
                book.yearProfit = 0
                book.monthOfYear = 1
            } else {
                book.monthOfYear += 1
            }
        }

        // Months while something still ramps up: every line computed.
        let matured = Swift.max(rampMonths + 1, services.longestRamp, 1)
        var i = t0 - 1, m = 1, month = 1.0
        while i < T && m < matured {
            let r = ramped(month)
            recorder.record(r, fixed, at: i)
            book.ownRevenue += r.ownRevenue
            book.operating += r.operating
            book.indirectTaxes += r.vat + r.surcharges
            close(i, m, r, &book)
            i += 1
            m += 1
            month += 1
        }
        // Months after every ramp: the ramped lines repeat.
        if i < T {
            let r = ramped(month)
            let count = Double(T - i)
            recorder.fill(r, fixed, from: i, count: T - i)
            book.ownRevenue += r.ownRevenue * count
            book.operating += r.operating * count
            book.indirectTaxes += (r.vat + r.surcharges) * count
            while i < T {
                close(i, m, r, &book)
                i += 1
                m += 1
            }
        }

        // Steady net: what the last min(12, managed months) months earn without government money.
        let tailStart = T - Swift.min(12, T - t0 + 1)
        var steady = 0.0
        for i in tailStart..<T { steady += net[i] - subsidyLine[i] }
        ledger.totals = MonthlyLedger.Totals(
            ownRevenue: book.ownRevenue, subsidy: book.subsidy, costs: book.operating + book.capex,
            indirectTaxes: book.indirectTaxes, incomeTax: book.incomeTax, net: book.cumulative, npv: book.npv,
            minCumulativeCash: book.lowest,
            paybackMonth: book.cumulative >= 0 ? book.lastNegative - t0 + 3 : nil,
            steadyNet: steady / Double(T - tailStart))
    }

    /// Monthly staff cost: Σ headcount × wage × wage_factor × (1 + oncost_rate), where a role's
    /// headcount is max(role_min, q) + role_per_gate × g and q = H / role_households (rounded up
    /// when `staff_rounding = "ceil"`).
    public static func staffCost(_ facts: AreaFacts, _ p: borrowing AreaParameters) -> Double {
        withUnsafePointer(to: p) { staffCost(facts, $0) }
    }

    /// ``staffCost(_:_:)`` reading the parameters where they are (a borrowed pointer, not a copy).
    @inline(__always)
    static func staffCost(_ facts: AreaFacts, _ p: UnsafePointer<AreaParameters>) -> Double {
        staffCost(headcounts(facts, p), p)
    }

    /// Each role's headcount max(role_min, q) + role_per_gate × g, in ``StaffRole`` order.
    @inline(__always)
    static func headcounts(_ facts: AreaFacts, _ p: UnsafePointer<AreaParameters>) -> Headcounts {
        let r = p.pointee.roles, ceil = p.pointee.staffRounding == .ceil
        @inline(__always)
        func headcount(_ role: RoleParameters) -> Double {
            var q = facts.households / role.households
            if ceil { q = roundedUp(q) }
            return Swift.max(role.min, q) + role.perGate * facts.enclosable
        }
        return (headcount(r.manager), headcount(r.cleaner), headcount(r.security), headcount(r.technician),
                headcount(r.service))
    }

    /// `x.rounded(.up)`, without a call into the C library for 0 < x < 2^52 (the compiler
    /// evaluates both sides of a rounding that depends on a parameter, and `ceil` is a call on
    /// x86-64's baseline): there, adding and removing 2^52 rounds x to the nearest integer r
    /// exactly, and the ceiling is r, or r + 1 when r < x.
    @inline(__always)
    static func roundedUp(_ x: Double) -> Double {
        guard x > 0 && x < 0x1p52 else { return x.rounded(.up) }
        let r = (x + 0x1p52) - 0x1p52
        return r < x ? r + 1 : r
    }

    /// The staff cost of roles with `headcounts` at `p`'s wages.
    @inline(__always)
    static func staffCost(_ headcounts: Headcounts, _ p: UnsafePointer<AreaParameters>) -> Double {
        let r = p.pointee.roles
        let total = headcounts.0 * r.manager.wage + headcounts.1 * r.cleaner.wage + headcounts.2 * r.security.wage
            + headcounts.3 * r.technician.wage + headcounts.4 * r.service.wage
        return total * p.pointee.wageFactor * (1 + p.pointee.oncostRate)
    }

    typealias Headcounts = (Double, Double, Double, Double, Double)

    /// Monthly other operating costs: utilities_per_household × H + maintenance_per_m2 × A
    /// + sanitation_per_household × H + insurance_per_area + overhead_rate × staff_cost (MODEL §5).
    ///
    /// - Parameters:
    ///   - facts: the area's totals (H and A are read).
    ///   - p: the area's resolved parameters.
    ///   - staffCost: the month's staff cost, from ``staffCost(_:_:)``, on which overhead is charged.
    /// - Complexity: O(1).
    public static func otherOpex(_ facts: AreaFacts, _ p: borrowing AreaParameters, staffCost: Double) -> Double {
        withUnsafePointer(to: p) { otherOpex(facts, $0, staffCost: staffCost) }
    }

    /// ``otherOpex(_:_:staffCost:)`` reading the parameters where they are.
    @inline(__always)
    static func otherOpex(_ facts: AreaFacts, _ p: UnsafePointer<AreaParameters>, staffCost: Double) -> Double {
        let H = facts.households, A = facts.floorArea
        return p.pointee.utilitiesPerHousehold * H + p.pointee.maintenancePerM2 * A
            + p.pointee.sanitationPerHousehold * H + p.pointee.insurancePerArea + p.pointee.overheadRate * staffCost
    }

    /// Corporate income tax of one calendar year (MODEL §5), settled in its December or in
    /// month T: a loss is kept to offset the next `carry` years' profits; a profit is first
    /// reduced by the losses of the last `carry` years, oldest first.
    ///
    /// - Parameters:
    ///   - year: index of the calendar year from the start's year.
    ///   - losses: per year, the part of its loss not yet used; earlier years' entries are read
    ///     and reduced, this year's is written.
    /// - Returns: the tax.
    @inline(__always)
    static func settleIncomeTax(year: Int, profit: Double, firstYear: Int, carry: Int, rate: Double,
                                        losses: UnsafeMutablePointer<Double>) -> Double {
        if profit < 0 {
            losses[year] = -profit
            return 0
        }
        losses[year] = 0
        var taxable = profit
        var earlier = Swift.max(firstYear, year - carry)
        while earlier < year && taxable > 0 {
            let used = Swift.min(losses[earlier], taxable)
            losses[earlier] -= used
            taxable -= used
            earlier += 1
        }
        return rate * taxable
    }
}

/// The lines of a month that move with the collection and service ramps.
private struct Ramped {
    var rate, fee, offset, mediation, vasRevenue, vasCost, vat, surcharges: Double
    /// fee + offset + public income + services.
    var ownRevenue: Double
    /// staff + other operating costs + mediation + service costs.
    var operating: Double
    /// Own revenue less operating costs, VAT and surcharges: the month's cash before
    /// government money, capital spending and income tax.
    var beforeSubsidy: Double
}

/// The lines that are the same in every managed month.
private struct Fixed {
    var billed, publicIncome, staffCost, otherOpex: Double
}

/// Running sums and the calendar of one simulation, kept in registers by the month loops.
private struct Book {
    /// The calendar year (index from the start's year) being summed, and its profit so far.
    var year: Int
    /// 1 = January … 12 = December, of the month being closed.
    var monthOfYear: Int
    /// Management year k − 1 (0-based) and the month within it (1…12).
    var managementYear = 0
    var monthOfManagementYear = 1
    var yearProfit = 0.0
    var ownRevenue = 0.0, operating = 0.0, indirectTaxes = 0.0, subsidy = 0.0, capex = 0.0, incomeTax = 0.0
    /// Running sum, present value and low point of the net cash flow, and the last month
    /// index with cumulative cash below zero (payback is the month after).
    var cumulative = 0.0, npv = 0.0
    var lowest: Double
    var lastNegative: Int
}

/// The four value-added services, matured revenue and ramps unpacked for the month loop.
private struct ServiceTotals {
    var revenue: (Double, Double, Double, Double)
    var variableShare: (Double, Double, Double, Double)
    var ramp: (Int, Int, Int, Int)
    /// 1 / ramp months (1 for no ramp), so that the month loop multiplies and clamps.
    var perMonth: (Double, Double, Double, Double)
    var fixed: Double
    var capex: Double

    init(_ p: borrowing AreaParameters, households H: Double) {
        let s = (p.services.housekeeping, p.services.repair, p.services.brokerage, p.services.parcel)
        revenue = (H * s.0.orders * s.0.price, H * s.1.orders * s.1.price,
                   H * s.2.orders * s.2.price, H * s.3.orders * s.3.price)
        variableShare = (1 - s.0.margin, 1 - s.1.margin, 1 - s.2.margin, 1 - s.3.margin)
        ramp = (s.0.rampMonths, s.1.rampMonths, s.2.rampMonths, s.3.rampMonths)
        func reciprocal(_ n: Int) -> Double { 1 / Double(Swift.max(n, 1)) }
        perMonth = (reciprocal(ramp.0), reciprocal(ramp.1), reciprocal(ramp.2), reciprocal(ramp.3))
        fixed = s.0.fixed + s.1.fixed + s.2.fixed + s.3.fixed
        capex = s.0.capex + s.1.capex + s.2.capex + s.3.capex
    }

    /// The first managed month in which every service has matured.
    var longestRamp: Int { Swift.max(ramp.0, ramp.1, ramp.2, ramp.3) }

    /// Revenue and cost of all services in managed month m: a service with a ramp of R months
    /// sells min(1, m / R) of its matured orders (all of them when R = 0).
    @inline(__always)
    func lines(_ m: Double) -> (revenue: Double, cost: Double) {
        let r0 = Swift.min(1, m * perMonth.0) * revenue.0, r1 = Swift.min(1, m * perMonth.1) * revenue.1
        let r2 = Swift.min(1, m * perMonth.2) * revenue.2, r3 = Swift.min(1, m * perMonth.3) * revenue.3
        let cost = r0 * variableShare.0 + r1 * variableShare.1 + r2 * variableShare.2 + r3 * variableShare.3 + fixed
        return (r0 + r1 + r2 + r3, cost)
    }
}

/// Where the engine writes the lines that only `custody run` needs.
private protocol LineRecorder {
    func clear(before t0: Int)
    func record(_ r: Ramped, _ f: Fixed, at i: Int)
    func fill(_ r: Ramped, _ f: Fixed, from i: Int, count: Int)
    func capex(_ x: Double, at i: Int)
    func cit(_ x: Double, at i: Int)
    func cumulative(_ x: Double, at i: Int)
}

/// Records nothing beyond the net cash flow and subsidy the engine always keeps.
private struct NoLines: LineRecorder {
    @inline(__always) func clear(before t0: Int) {}
    @inline(__always) func record(_ r: Ramped, _ f: Fixed, at i: Int) {}
    @inline(__always) func fill(_ r: Ramped, _ f: Fixed, from i: Int, count: Int) {}
    @inline(__always) func capex(_ x: Double, at i: Int) {}
    @inline(__always) func cit(_ x: Double, at i: Int) {}
    @inline(__always) func cumulative(_ x: Double, at i: Int) {}
}

/// Records every line into the ledger.
private struct EveryLine: LineRecorder {
    let ledger: MonthlyLedger
    let billed, rate, fee, offset, publicIncome, vasRevenue, staff, opex, mediation: UnsafeMutablePointer<Double>
    let vasCost, capexLine, vat, surcharges, citLine, cumulativeLine: UnsafeMutablePointer<Double>

    init(_ l: MonthlyLedger) {
        ledger = l
        billed = l.base(.billedFees); rate = l.base(.collectionRate); fee = l.base(.feeIncome)
        offset = l.base(.feeOffset); publicIncome = l.base(.publicIncome); vasRevenue = l.base(.vasRevenue)
        staff = l.base(.staffCost); opex = l.base(.otherOpex); mediation = l.base(.mediationCost)
        vasCost = l.base(.vasCost); capexLine = l.base(.capex); vat = l.base(.vat)
        surcharges = l.base(.surcharges); citLine = l.base(.cit); cumulativeLine = l.base(.cumulativeCash)
    }

    func clear(before t0: Int) { ledger.clearMonths(before: t0) }

    @inline(__always)
    func record(_ r: Ramped, _ f: Fixed, at i: Int) {
        billed[i] = f.billed; rate[i] = r.rate; fee[i] = r.fee; offset[i] = r.offset; publicIncome[i] = f.publicIncome
        vasRevenue[i] = r.vasRevenue; staff[i] = f.staffCost; opex[i] = f.otherOpex; mediation[i] = r.mediation
        vasCost[i] = r.vasCost; vat[i] = r.vat; surcharges[i] = r.surcharges
    }

    func fill(_ r: Ramped, _ f: Fixed, from i: Int, count: Int) {
        (billed + i).update(repeating: f.billed, count: count); (rate + i).update(repeating: r.rate, count: count)
        (fee + i).update(repeating: r.fee, count: count); (offset + i).update(repeating: r.offset, count: count)
        (publicIncome + i).update(repeating: f.publicIncome, count: count)
        (vasRevenue + i).update(repeating: r.vasRevenue, count: count)
        (staff + i).update(repeating: f.staffCost, count: count); (opex + i).update(repeating: f.otherOpex, count: count)
        (mediation + i).update(repeating: r.mediation, count: count)
        (vasCost + i).update(repeating: r.vasCost, count: count); (vat + i).update(repeating: r.vat, count: count)
        (surcharges + i).update(repeating: r.surcharges, count: count)
    }

    @inline(__always) func capex(_ x: Double, at i: Int) { capexLine[i] = x }
    @inline(__always) func cit(_ x: Double, at i: Int) { citLine[i] = x }
    @inline(__always) func cumulative(_ x: Double, at i: Int) { cumulativeLine[i] = x }
}
