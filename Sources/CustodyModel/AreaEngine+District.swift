extension AreaEngine {
    /// Adds one area's net cash flow and totals to a district (MODEL §5), in time that does
    /// not grow with the horizon or the ramps: what sweeps call for every area of every sample.
    ///
    /// The month-by-month definition is summed in closed form, block by block (``AreaBlocks``):
    /// - a month-invariant level: public income after VAT and surcharges, less staff and other
    ///   operating costs;
    /// - each service: its matured margin after VAT and surcharges times its ramp
    ///   min(1, m / ramp), less its fixed cost;
    /// - the fees: fee income and offset after VAT and surcharges, less mediation. They are
    ///   straight between at most five months: the end of the collection ramp, the month the
    ///   arrears fall to the mediation threshold, and the months the uncollected fees cross the
    ///   offset's cap, each found by bisection on the definition itself, so that no bend is
    ///   placed a month off;
    /// - government money, constant within a management year, plus grant, reward, capital
    ///   spending and its depreciation.
    ///
    /// Sums of straight pieces over a calendar year, and their present values, are arithmetic
    /// series. Each calendar year's income tax follows from its profit as in the month loop.
    /// Blocks outside `plan.varying` were worked out when the plan was made.
    ///
    /// The result equals ``evaluate(_:_:startMonth:into:)``'s totals and net cash flow up to
    /// rounding (the terms are summed in another order).
    ///
    /// - Parameters:
    ///   - plan: the area's plan on `series`' horizon, with the area's totals and takeover
    ///     month, and its parameters (blocks outside `plan.varying` ignore them). Both are read
    ///     where the plan keeps them: passed on their own, the totals were copied on every call.
    ///   - curve: a collection curve to read the fees from, shared with the areas that have
    ///     the same collection parameters (``CollectionCurve``), or nil to work them out piecewise.
    ///   - series: the district being summed; scratch for the area too.
    /// - Complexity: O(calendar years + management years); no allocation.
    static func accumulate(plan: AreaPlan, sharing curve: CollectionCurve?, into series: DistrictSeries) {
        let facts = plan.facts, p = UnsafePointer(plan.ownParameters)
        var sums = plan.fixed.pointee
        let revenue = publicRevenue(facts, p)
        let level = addLevel(facts, p, publicRevenue: revenue, plan: plan, into: series, sums: &sums)
        // The yearly profit starts from the fixed blocks' and the level's.
        let profit = series.yearProfit
        for j in stride(from: 0, to: plan.yearCount, by: 4) {
            YearLanes.store(YearLanes.load(plan.fixedProfit + j) + level * YearLanes.load(plan.yearMonths + j), to: profit + j)
        }
        // The varying blocks, each service named so that its inlined steps read its own fields
        // (the compiler does not inline them through a helper into this function).
        let varying = plan.varying
        addCollectionBlocks(varying, facts, p, offsetCap: offsetCap(revenue, p), plan: plan, sharing: curve, into: series,
                            profit: profit, sums: &sums)
        if varying.contains(.service(.housekeeping)) {
            addService(.housekeeping, facts, p, plan: plan, into: series, profit: profit, sums: &sums)
        }
        if varying.contains(.service(.repair)) { addService(.repair, facts, p, plan: plan, into: series, profit: profit, sums: &sums) }
        if varying.contains(.service(.brokerage)) {
            addService(.brokerage, facts, p, plan: plan, into: series, profit: profit, sums: &sums)
        }
        if varying.contains(.service(.parcel)) { addService(.parcel, facts, p, plan: plan, into: series, profit: profit, sums: &sums) }
        if varying.contains(.government) { addGovernment(facts, p, plan: plan, into: series, profit: profit, sums: &sums) }

        // Each calendar year's income tax, for the series to place in its settlement month.
        var incomeTax = 0.0
        let rate = p.pointee.citRate, yearTax = series.yearTax + plan.firstYear
        if p.pointee.lossCarryYears >= plan.yearCount - 1 {
            // No loss expires within the horizon, so a loss is made good before anything is
            // taxed again: the profit taxed up to a year is the highest the running total of
            // the profits has reached (0 at the start). (The unused losses then follow the
            // recursion pool = max(0, pool − profit), whose solution is that highest running
            // total less the running total.)
            var total = 0.0, taxed = 0.0
            for j in 0..<plan.yearCount {
                total += profit[j]
                let reached = Swift.max(taxed, total), tax = rate * (reached - taxed)
                taxed = reached
                yearTax[j] += tax
                incomeTax += tax
            }
        } else {
            // Until the first loss there is nothing to carry forward, and the tax is the rate
            // times the profit.
            var lossSoFar = false
            for j in 0..<plan.yearCount {
                let tax: Double
                if !lossSoFar && profit[j] >= 0 {
                    series.yearLoss[plan.firstYear + j] = 0
                    tax = rate * profit[j]
                } else {
                    lossSoFar = true
                    tax = settleIncomeTax(year: plan.firstYear + j, profit: profit[j], firstYear: plan.firstYear,
                                          carry: p.pointee.lossCarryYears, rate: rate, losses: series.yearLoss)
                }
                yearTax[j] += tax
                incomeTax += tax
            }
        }
        let totals = series.sums
        totals.pointee.npv += sums.npv
        totals.pointee.net += sums.before + sums.subsidy - sums.capex - incomeTax
        totals.pointee.subsidy += sums.subsidy
        totals.pointee.ownNet += sums.before + sums.operating
        totals.pointee.costs += sums.operating + sums.capex
    }

    /// Adds `blocks` of the area: their months to `series`, their profit to each calendar
    /// year's in `profit`, their sums to `sums`. (The plan adds its fixed blocks so, once;
    /// ``accumulate`` writes the same steps out for the varying ones.)
    static func addBlocks(_ blocks: AreaBlocks, _ facts: AreaFacts, _ p: UnsafePointer<AreaParameters>, plan: AreaPlan,
                          into series: DistrictSeries, profit: UnsafeMutablePointer<Double>, sums: inout AreaSums) {
        addCollectionBlocks(blocks, facts, p, offsetCap: offsetCap(publicRevenue(facts, p), p), plan: plan, sharing: nil,
                            into: series, profit: profit, sums: &sums)
        for kind in ServiceKind.allCases where blocks.contains(.service(kind)) {
            addService(kind, facts, p, plan: plan, into: series, profit: profit, sums: &sums)
        }
        if blocks.contains(.government) { addGovernment(facts, p, plan: plan, into: series, profit: profit, sums: &sums) }
    }

    /// The fees with the offset, or the offset alone, as `blocks` has them. The fees are read
    /// from `curve` when it is given and its uncollected share never rises.
    @inline(__always)
    private static func addCollectionBlocks(_ blocks: AreaBlocks, _ facts: AreaFacts, _ p: UnsafePointer<AreaParameters>,
                                            offsetCap: Double, plan: AreaPlan, sharing curve: CollectionCurve?, into series: DistrictSeries,
                                            profit: UnsafeMutablePointer<Double>, sums: inout AreaSums) {
        if blocks.contains(.collection) {
            if let curve, curve.prepare(p) {
                addFees(facts, p, offsetCap: blocks.contains(.offset) ? offsetCap : nil, curve: curve, plan: plan, into: series,
                        profit: profit, sums: &sums)
            } else {
                addFees(facts, p, offsetCap: blocks.contains(.offset) ? offsetCap : nil, plan: plan, into: series,
                        profit: profit, sums: &sums)
            }
        } else if blocks.contains(.offset) {
            addOffset(cap: offsetCap, plan: plan, into: series, profit: profit, sums: &sums)
        }
    }

    /// Public income after VAT and surcharges, less staff and other operating costs: the same
    /// in every managed month. Adds its months and sums, and returns it for the yearly profit.
    @inline(__always)
    private static func addLevel(_ facts: AreaFacts, _ p: UnsafePointer<AreaParameters>, publicRevenue: Double, plan: AreaPlan,
                                 into d: DistrictSeries, sums: inout AreaSums) -> Double {
        let staffCost = Self.staffCost(plan.varying.contains(.staffing) ? headcounts(facts, p) : plan.headcounts, p)
        let operating = staffCost + Self.otherOpex(facts, p, staffCost: staffCost)
        let publicIncome = p.pointee.providerShare * publicRevenue
        let level = publicIncome * (1 - p.pointee.vatLease / (1 + p.pointee.vatLease) * (1 + p.pointee.surchargeRate)) - operating
        let t0 = plan.takeover, M = Double(plan.managed)
        d.curvature[t0] += level
        d.curvature[t0 + 1] -= level
        sums.npv += level * plan.managedDiscount
        sums.before += level * M
        sums.operating += operating * M
        return level
    }

    /// The cap of the offset: the owners' part of the public revenue that goes to their fees.
    @inline(__always)
    private static func offsetCap(_ publicRevenue: Double, _ p: UnsafePointer<AreaParameters>) -> Double {
        p.pointee.ownerShareToFees * (1 - p.pointee.providerShare) * publicRevenue
    }

    @inline(__always)
    private static func publicRevenue(_ facts: AreaFacts, _ p: UnsafePointer<AreaParameters>) -> Double {
        facts.idleArea * p.pointee.idleRent * p.pointee.idleOccupancy + facts.parkingSpaces * p.pointee.parkingFee * p.pointee.parkingUtilization
            + facts.compounds * p.pointee.adIncome
    }

    /// Fee income after VAT and surcharges less mediation and, when `offsetCap` is given, the
    /// offset under that cap after VAT and surcharges.
    private static func addFees(_ facts: AreaFacts, _ p: UnsafePointer<AreaParameters>, offsetCap: Double?, plan: AreaPlan,
                                into d: DistrictSeries, profit: UnsafeMutablePointer<Double>, sums: inout AreaSums) {
        let M = plan.managed, shift = plan.takeover - 1
        let collection = Collection(p.pointee, floorArea: facts.floorArea)
        let billed = collection.billed
        let offset = offsetCap != nil, offsetCap = offsetCap ?? 0
        let keep = 1 - p.pointee.vatFee / (1 + p.pointee.vatFee) * (1 + p.pointee.surchargeRate)
        let mediationPerExcess = p.pointee.mediationCostPerHousehold * facts.households
        /// The fees kept and the excess x in a month with fee income `fee`.
        @inline(__always)
        func kept(_ fee: Double, _ x: Double) -> Double {
            (offset ? fee + Swift.min(offsetCap, billed - fee) : fee) * keep - mediationPerExcess * x
        }

        var feeSum = 0.0, excessSum = 0.0, previousEnd = 0.0, previousSlope = 0.0, year = 0
        /// Adds months a…e, over which the fees are straight, from their ends' income and excess.
        @inline(__always)
        func add(_ a: Int, _ e: Int, _ start: (income: Double, excess: Double), _ end: (income: Double, excess: Double)) {
            let first = kept(start.income, start.excess), last = kept(end.income, end.excess)
            let span = Double(e - a)
            let slope = e > a ? (last - first) / span : 0
            let excessSlope = e > a ? (end.excess - start.excess) / span : 0
            d.addPiece(first: shift + a, last: shift + e, value: first, slope: slope,
                       previousEnd: previousEnd, previousSlope: &previousSlope)
            previousEnd = first + slope * span
            sums.npv += d.presentValue(first: shift + a, last: shift + e, value: first, slope: slope)
            feeSum += (span + 1) * (first + slope * span / 2)
            excessSum += (span + 1) * (start.excess + excessSlope * span / 2)
            // The piece's part in each calendar year.
            var lo = a
            while lo <= e {
                while plan.yearLast[year] < lo { year += 1 }
                let hi = Swift.min(e, plan.yearLast[year])
                let n = Double(hi - lo + 1), middle = Double(lo - a) + Double(hi - lo) / 2
                profit[year] += n * (first + slope * middle)
                lo = hi + 1
            }
        }

        // Straight pieces of the collection; within one, the offset bends at most once, where
        // the uncollected fees cross its cap.
        let bounds = d.boundaries
        let bends = collection.bends(managed: M, into: bounds)
        for i in 0...bends {
            let a = i == 0 ? 1 : bounds[i - 1], e = i == bends ? M : bounds[i] - 1
            let start = collection.income(a), end = e > a ? collection.income(e) : start
            if offset, (offsetCap <= billed - start.income) != (offsetCap <= billed - end.income),
               let k = firstChange(a, e, { offsetCap <= billed - collection.income($0).income }) {
                add(a, k - 1, start, k - 1 > a ? collection.income(k - 1) : start)
                add(k, e, collection.income(k), end)
            } else {
                add(a, e, start, end)
            }
        }
        sums.before += feeSum
        sums.operating += mediationPerExcess * excessSum
    }

    /// ``addFees(_:_:offsetCap:plan:into:profit:sums:)`` read from a curve whose uncollected
    /// share u never rises: the offset is then the cap over managed months 1…K and billed × u
    /// after, so that sums over any run of months are differences of the curve's running sums,
    /// and the month line's second differences are the curve's, scaled, except around K + 1.
    private static func addFees(_ facts: AreaFacts, _ p: UnsafePointer<AreaParameters>, offsetCap: Double?,
                                curve: CollectionCurve, plan: AreaPlan, into d: DistrictSeries, profit: UnsafeMutablePointer<Double>,
                                sums: inout AreaSums) {
        let M = plan.managed, shift = plan.takeover - 1
        let billed = p.pointee.feeRate * facts.floorArea
        let offset = offsetCap != nil, cap = offsetCap ?? 0
        let keep = 1 - p.pointee.vatFee / (1 + p.pointee.vatFee) * (1 + p.pointee.surchargeRate)
        let mediationPerExcess = p.pointee.mediationCostPerHousehold * facts.households
        let keptFees = keep * billed, keptCap = keep * cap
        let g = curve.collected, x = curve.excess
        // The offset is the cap over months 1…K, the uncollected fees after.
        let K = offset ? monthsAtCap(M, { cap <= billed * (1 - g[$0]) }) : 0
        /// The fees kept, less mediation, over managed months 1…m. After month K, fees and
        /// offset together are the whole bill: billed × (g + u) = billed.
        @inline(__always)
        func keptSoFar(_ m: Int) -> Double {
            let fees: Double
            if !offset {
                fees = keptFees * curve.collectedSum[m]
            } else if m <= K {
                fees = keptFees * curve.collectedSum[m] + keptCap * Double(m)
            } else {
                fees = keptFees * (curve.collectedSum[K] + Double(m - K)) + keptCap * Double(K)
            }
            return fees - mediationPerExcess * curve.excessSum[m]
        }
        /// The fees kept, less mediation, in managed month m.
        @inline(__always)
        func kept(_ m: Int) -> Double {
            let fees = !offset ? keptFees * g[m] : m <= K ? keptFees * g[m] + keptCap : keptFees
            return fees - mediationPerExcess * x[m]
        }

        // Calendar years are consecutive runs of managed months, the last ending at M.
        var before = 0.0
        for j in 0..<plan.yearCount {
            let soFar = keptSoFar(plan.yearLast[j])
            profit[j] += soFar - before
            before = soFar
        }
        sums.before += before
        sums.operating += mediationPerExcess * curve.excessSum[M]
        // Present value from managed month 1: g's until K (or M), then the whole bill.
        let fees = offset
            ? keptFees * (curve.collectedValue[K] + curve.discountSum[M] - curve.discountSum[K]) + keptCap * curve.discountSum[K]
            : keptFees * curve.collectedValue[M]
        sums.npv += curve.discount[shift] * (fees - mediationPerExcess * curve.excessValue[M])

        // The month line as second differences: g and x turn only at the curve's turns, and
        // the line changes form between months K and K + 1, where the offset leaves its cap.
        // Over months that are all at the cap, it is keptFees × g − mediation × x plus the cap
        // from month 1; over months all after, the whole bill less mediation.
        let atCap = offset ? K : M, curvature = d.curvature + shift
        let turns = curve.turns, collectedTurn = curve.collectedTurn, excessTurn = curve.excessTurn
        // The turns come in increasing order: first those up to K, where the first form holds
        // on months s − 2…s; then any at K + 1 and K + 2, worked out below; then those after,
        // up to M, where the second holds.
        var i = 0
        while i < curve.turnCount && turns[i] <= atCap {
            curvature[turns[i]] += keptFees * collectedTurn[i] - mediationPerExcess * excessTurn[i]
            i += 1
        }
        while i < curve.turnCount && turns[i] <= atCap + 2 { i += 1 }
        while i < curve.turnCount && turns[i] <= M {
            curvature[turns[i]] -= mediationPerExcess * excessTurn[i]
            i += 1
        }
        if offset && K >= 1 { curvature[1] += keptCap }
        if offset && K >= 2 { curvature[2] -= keptCap }
        if atCap < M {
            /// The line in managed month m, 0 before month 1.
            @inline(__always)
            func line(_ m: Int) -> Double { m >= 1 ? kept(m) : 0 }
            // Months K + 1 and K + 2 (the second only up to M), each line worked out once.
            let lineBefore = line(atCap - 1), lineAt = line(atCap), lineAfter = line(atCap + 1)
            curvature[atCap + 1] += lineAfter - 2 * lineAt + lineBefore
            if atCap + 2 <= M { curvature[atCap + 2] += line(atCap + 2) - 2 * lineAfter + lineAt }
        }
    }

    /// The offset after VAT and surcharges, when only its cap moves: the cap while the
    /// uncollected fees u(m) reach it, then u(m), whose sums the plan holds.
    @inline(__always)
    private static func addOffset(cap: Double, plan: AreaPlan, into d: DistrictSeries, profit: UnsafeMutablePointer<Double>,
                                  sums: inout AreaSums) {
        let u = plan.uncollected, M = plan.managed, t0 = plan.takeover, keep = u.keep
        // The offset is the cap over months 1…K, u after.
        let K = monthsAtCap(M, { cap <= u.values[$0] })
        let level = cap * keep
        // The offset kept over managed months 1…m; calendar years are consecutive runs of
        // managed months, the last ending at M.
        var before = 0.0
        for j in 0..<plan.yearCount {
            let m = plan.yearLast[j], capped = Swift.min(m, K)
            let soFar = level * Double(capped) + keep * (u.sums[m] - u.sums[capped])
            profit[j] += soFar - before
            before = soFar
        }
        sums.before += before
        sums.npv += level * (d.discountSum[t0 - 1 + K] - d.discountSum[t0 - 1]) + keep * (u.presentValues[M] - u.presentValues[K])
        if K > 0 {
            d.curvature[t0] += level
            d.curvature[t0 + 1] -= level
            if K < M {
                d.curvature[t0 + K] -= level
                d.curvature[t0 + K + 1] += level
            }
        }
        guard K < M else { return }
        var previousEnd = 0.0, previousSlope = 0.0
        for i in 0..<u.pieceCount where u.pieces[i].last > K {
            let piece = u.pieces[i], a = Swift.max(piece.first, K + 1)
            let value = keep * (piece.value + piece.slope * Double(a - piece.first)), slope = keep * piece.slope
            d.addPiece(first: t0 - 1 + a, last: t0 - 1 + piece.last, value: value, slope: slope,
                       previousEnd: previousEnd, previousSlope: &previousSlope)
            previousEnd = value + slope * Double(piece.last - a)
        }
    }

    /// A service's margin after VAT and surcharges times its ramp, less its fixed cost.
    @inline(__always)
    private static func addService(_ kind: ServiceKind, _ facts: AreaFacts, _ p: UnsafePointer<AreaParameters>,
                                   plan: AreaPlan, into d: DistrictSeries, profit: UnsafeMutablePointer<Double>,
                                   sums: inout AreaSums) {
        let s = p.pointee.services[kind]
        let revenue = facts.households * s.orders * s.price, variableShare = 1 - s.margin
        let keep = 1 - p.pointee.vatVas / (1 + p.pointee.vatVas) * (1 + p.pointee.surchargeRate)
        let margin = revenue * (keep - variableShare)
        let t0 = plan.takeover, M = Double(plan.managed)
        let weights: UnsafeMutablePointer<Double>
        if s.rampMonths == plan.rampMonths(kind) {
            weights = plan.rampWeights + kind.rawValue * plan.rampWeightCount
        } else {
            weights = d.rampScratch
            plan.weighRamp(months: s.rampMonths, into: weights, series: d)
        }
        sums.before += margin * weights[0] - s.fixed * M
        sums.operating += revenue * variableShare * weights[0] + s.fixed * M
        sums.npv += margin * weights[1] - s.fixed * plan.managedDiscount
        for j in stride(from: 0, to: plan.yearCount, by: 4) {
            let added = margin * YearLanes.load(weights + 2 + j) - s.fixed * YearLanes.load(plan.yearMonths + j)
            YearLanes.store(YearLanes.load(profit + j) + added, to: profit + j)
        }
        // The ramp climbs by margin / R a month for R months; the fixed cost is a level.
        let R = Swift.max(s.rampMonths, 1), climb = margin / Double(R)
        d.curvature[t0] += climb - s.fixed
        d.curvature[t0 + 1] += s.fixed
        if t0 + R <= d.months + 1 { d.curvature[t0 + R] -= climb }
    }

    /// Operating subsidy by management year, start-up grant, reward, capital spending and its
    /// depreciation.
    private static func addGovernment(_ facts: AreaFacts, _ p: UnsafePointer<AreaParameters>, plan: AreaPlan,
                                      into d: DistrictSeries, profit: UnsafeMutablePointer<Double>,
                                      sums: inout AreaSums) {
        let H = facts.households, A = facts.floorArea, t0 = plan.takeover
        let taxable = p.pointee.subsidyTaxable ? 1.0 : 0.0
        var previousRate = 0.0, part = 0
        for k in 0..<plan.managementYears {
            let rate = p.pointee.subsidyPerHousehold[k] * H + p.pointee.subsidyPerM2[k] * A
            let t = t0 + 12 * k
            d.curvature[t] += rate - previousRate
            d.curvature[t + 1] -= rate - previousRate
            previousRate = rate
            while part < plan.partCount && plan.parts[part].managementYear == k {
                let share = plan.parts[part]
                sums.subsidy += rate * share.months
                sums.npv += rate * share.discount
                profit[share.calendarYear] += taxable * rate * share.months
                part += 1
            }
        }
        let s = p.pointee.services
        let capex = p.pointee.facilityCapex + s.housekeeping.capex + s.repair.capex + s.brokerage.capex + s.parcel.capex
        let grant = p.pointee.startupGrant
        d.impulses[t0] += grant - capex
        sums.npv += (grant - capex) * d.discount[t0]
        sums.subsidy += grant
        sums.capex += capex
        profit[0] += taxable * grant
        let rewardMonth = p.pointee.rewardMonth
        if rewardMonth <= plan.managed {
            let reward = p.pointee.reward, t = t0 - 1 + rewardMonth
            d.impulses[t] += reward
            sums.npv += reward * d.discount[t]
            sums.subsidy += reward
            var j = 0
            while plan.yearLast[j] < rewardMonth { j += 1 }
            profit[j] += taxable * reward
        }
        // Depreciation lowers the taxable profit of managed months 1…depreciation_months.
        let depreciationMonths = p.pointee.depreciationMonths
        let depreciation = capex / Double(depreciationMonths)
        for j in 0..<plan.yearCount {
            let months = Swift.min(plan.yearLast[j], depreciationMonths) - plan.yearFirst[j] + 1
            if months > 0 { profit[j] -= depreciation * Double(months) }
        }
    }

    /// The number K of managed months 1…K at the offset's cap, which the month loop takes
    /// unless the uncollected fees are below it: `atCap` holds on months 1…K and on no later
    /// one (the uncollected fees never rise).
    @inline(__always)
    static func monthsAtCap(_ M: Int, _ atCap: (Int) -> Bool) -> Int {
        if atCap(M) { return M }
        guard atCap(1) else { return 0 }
        var lo = 1, hi = M
        while hi - lo > 1 {
            let mid = (lo + hi) / 2
            if atCap(mid) { lo = mid } else { hi = mid }
        }
        return lo
    }

    /// The first month in a…e where `test` differs from its value at a, for a test that
    /// changes at most once on the range; nil when it does not change.
    @inline(__always)
    static func firstChange(_ a: Int, _ e: Int, _ test: (Int) -> Bool) -> Int? {
        guard a < e else { return nil }
        let initial = test(a)
        guard test(e) != initial else { return nil }
        var lo = a, hi = e
        while hi - lo > 1 {
            let mid = (lo + hi) / 2
            if test(mid) == initial { lo = mid } else { hi = mid }
        }
        return hi
    }
}

/// The collection of one area's fees in managed month m, computed exactly as the month loop
/// computes it (MODEL §5): c = start + (target − start) × min(1, (m − 1) / ramp), the excess
/// x = max(0, 1 − c − threshold), and fee income billed × (c + recovery × x).
struct Collection {
    let billed, base, step, ramp, threshold, recovery: Double
    let rampMonths: Int

    @inline(__always)
    init(_ p: borrowing AreaParameters, floorArea: Double) {
        billed = p.feeRate * floorArea
        rampMonths = p.collectionRampMonths
        base = rampMonths == 0 ? p.collectionTarget : p.collectionStart
        step = rampMonths == 0 ? 0 : (p.collectionTarget - p.collectionStart) / Double(rampMonths)
        ramp = Double(rampMonths)
        threshold = p.mediationThreshold
        recovery = p.mediationRecovery
    }

    /// The base collection c and the excess x of managed month m.
    @inline(__always)
    func excess(_ m: Int) -> (collection: Double, excess: Double) {
        let c = base + step * Swift.min(Double(m - 1), ramp)
        return (c, Swift.max(0, 1 - c - threshold))
    }

    /// Fee income and the excess x of managed month m.
    @inline(__always)
    func income(_ m: Int) -> (income: Double, excess: Double) {
        let (c, x) = excess(m)
        return (billed * (c + recovery * x), x)
    }

    /// Billed less collected fees in managed month m.
    @inline(__always)
    func uncollected(_ m: Int) -> Double { billed - income(m).income }

    /// Writes to `bounds`, in increasing order, the months in 2…M that start a new straight
    /// piece of the collection: after the end of the ramp, and where the excess reaches 0.
    ///
    /// - Returns: their number (at most 2).
    @inline(__always)
    func bends(managed M: Int, into bounds: UnsafeMutablePointer<Int>) -> Int {
        var count = 0
        let end = rampMonths >= 1 ? Swift.min(rampMonths + 1, M) : M
        if let k = AreaEngine.firstChange(1, end, { excess($0).excess > 0 }) {
            bounds[count] = k
            count += 1
        }
        if end < M {
            bounds[count] = end + 1
            count += 1
        }
        return count
    }
}

extension AreaPlan {
    /// The ramp length the weights of `kind` were worked out for.
    @inline(__always)
    func rampMonths(_ kind: ServiceKind) -> Int {
        switch kind {
        case .housekeeping: return rampMonths.0
        case .repair: return rampMonths.1
        case .brokerage: return rampMonths.2
        case .parcel: return rampMonths.3
        }
    }
}
