import Testing
@testable import CustodyModel

/// Takeover, ramps, mediation, staffing and by-year lists (MODEL §5).
struct MonthlyScheduleTests {
    @Test func monthsBeforeTakeoverAreZeroAndPaybackCountsManagedMonths() {
        // Takeover September 2023 = t0 4. Capex 60000 repaid at 4000 a month: cumulative cash
        // reaches 0 in managed month 15 (t = 18) and stays there.
        let model = singleArea(floorArea: 10000, takeover: "2023-09", start: "2023-06", months: 24,
                               params: merging(flat, ["fee_rate": .number(0.5), "facility_capex": .number(60000),
                                                      "cit_rate": .number(0)]))
        let (run, facts) = runFirstArea(model)
        #expect(facts.takeoverIndex == 4)
        for t in 1...3 {
            for line in MonthlyLine.allCases { #expect(close(run[line, t], 0)) }
        }
        #expect(close(run[.netCashFlow, 4], 4000 - 60000))
        #expect(close(run[.cumulativeCash, 18], 0))
        #expect(run.metrics.paybackMonth == 15)
        #expect(run.metrics.managedMonths == 21)
        #expect(close(run.metrics.minCumulativeCash, -56000))
    }

    @Test func paybackIsEmptyWhenCumulativeCashEndsNegative() {
        let model = singleArea(floorArea: 10000, months: 12, params: merging(flat, [
            "fee_rate": .number(0.5), "facility_capex": .number(60000)]))
        #expect(runFirstArea(model).0.metrics.paybackMonth == nil)
    }

    @Test func collectionRampOfZeroStartsAtTarget() {
        let model = singleArea(months: 3, params: ["collection_ramp_months": .number(0), "collection_target": .number(0.9)])
        let (run, _) = runFirstArea(model)
        for t in 1...3 { #expect(close(run[.collectionRate, t], 0.9)) }
        #expect(close(run[.mediationCost, 1], 0))
    }

    @Test func mediationRunsWhileArrearsExceedTheThreshold() {
        // c = 0.6, 0.7, 0.8, 0.9 over a 3-month ramp; excess arrears 0.2, 0.1, 0, 0.
        let model = singleArea(months: 5, params: [
            "collection_start": .number(0.6), "collection_target": .number(0.9), "collection_ramp_months": .number(3)])
        let (run, _) = runFirstArea(model)
        let expectedRate = [0.6 + 0.25 * 0.2, 0.7 + 0.25 * 0.1, 0.8, 0.9, 0.9]
        let expectedCost = [2 * 100 * 0.2, 2 * 100 * 0.1, 0, 0, 0]
        for t in 1...5 {
            #expect(close(run[.collectionRate, t], expectedRate[t - 1]))
            #expect(close(run[.mediationCost, t], expectedCost[t - 1]))
        }
    }

    @Test func staffRoundingCeilHiresWholePeople() {
        // H = 100, no gate: ceil → manager 1, cleaner 1, security 1, technician 1, service 1
        // = 3500 + 1900 + 2000 + 2800 + 2200 = 12400 × 1.2 = 14880.
        // none → 3500 + 1900 + 250 + 280 + 146.667 = 6076.667 × 1.2 = 7292
        let ceil = singleArea(months: 1, params: ["staff_rounding": .text("ceil")])
        let none = singleArea(months: 1, params: ["staff_rounding": .text("none")])
        #expect(close(runFirstArea(ceil).0[.staffCost, 1], 14880))
        #expect(close(runFirstArea(none).0[.staffCost, 1], 7292))
    }

    /// The staff rounding's ceiling without the C library equals the standard library's, on
    /// integers, halves, ties of the 2^52 rounding, values next to 2^52, and the inputs it
    /// passes on (negative, huge, ∞, NaN).
    @Test func roundingUpMatchesTheStandardLibrary() {
        var xs: [Double] = [0, -0.0, 0.5, 1, 1.5, 2.5, 3.5, 1e-300, .leastNonzeroMagnitude, 0x1p52 - 0.5, 0x1p52 - 1,
                            0x1p52, 0x1p52 + 1, 0x1p53, 1e300, .infinity, -0.5, -1.5, -7, -.infinity]
        let g = InvariantTests.Generator(seed: 52)
        for _ in 0..<2000 { xs.append(g.uniform(0...3000) / g.uniform(0.001...900)) }
        for k in 0..<60 { xs += [Double(k).nextUp, Double(k).nextDown, Double(k) + 0.5] }
        for x in xs {
            #expect(AreaEngine.roundedUp(x).bitPattern == x.rounded(.up).bitPattern, "\(x)")
        }
        #expect(AreaEngine.roundedUp(.nan).isNaN)
    }

    @Test func byYearListsShorterLongerAndSingle() {
        func subsidy(_ value: ParameterValue) -> [Double] {
            let model = singleArea(households: 10, months: 36, params: merging(flat, ["subsidy_per_household": value]))
            let run = runFirstArea(model).0
            return [1, 12, 13, 24, 25, 36].map { run[.subsidy, $0] }
        }
        let short = subsidy(.list([3, 2]))
        let expectedShort: [Double] = [30, 30, 20, 20, 0, 0]
        let long = subsidy(.list([3, 2, 1, 9, 9]))
        let expectedLong: [Double] = [30, 30, 20, 20, 10, 10]
        let single = subsidy(.number(4))
        for i in 0..<6 {
            #expect(close(short[i], expectedShort[i]))
            #expect(close(long[i], expectedLong[i]))
            #expect(close(single[i], 40))
        }
    }

    @Test func serviceRampReachesMaturity() {
        // parcel alone: 100 × 8 × 0.5 = 400 at maturity, ramp 3 → 133.3, 266.7, 400, 400
        var params = flat
        params["parcel_orders"] = .number(8)
        let model = singleArea(months: 4, params: params)
        let (run, _) = runFirstArea(model)
        let expected = [400.0 / 3, 800.0 / 3, 400, 400]
        for t in 1...4 { #expect(close(run[.vasRevenue, t], expected[t - 1])) }
    }

    @Test func netCashFlowIsTheSumOfItsLinesAndCumulativeTheRunningSum() {
        let model = singleArea(idleArea: 40, parkingSpaces: 12, enclosable: true, takeover: "2023-08",
                               months: 30, params: ["subsidy_per_m2": .list([0.3, 0.2, 0.1]), "reward": .number(9000)])
        let (run, _) = runFirstArea(model)
        var cumulative = 0.0
        for t in 1...30 {
            let inflow = run[.feeIncome, t] + run[.feeOffset, t] + run[.publicIncome, t] + run[.vasRevenue, t] + run[.subsidy, t]
            let outflow = run[.staffCost, t] + run[.otherOpex, t] + run[.mediationCost, t] + run[.vasCost, t]
                + run[.capex, t] + run[.vat, t] + run[.surcharges, t] + run[.cit, t]
            #expect(close(run[.netCashFlow, t], inflow - outflow, relative: 1e-12, absolute: 1e-7))
            cumulative += run[.netCashFlow, t]
            #expect(close(run[.cumulativeCash, t], cumulative, relative: 1e-12, absolute: 1e-7))
        }
    }
}
