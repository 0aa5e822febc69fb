import Foundation
import Testing
@testable import CustodyModel

/// MODEL §6 metrics, on cash flows simple enough to know the answer.
struct MetricsTests {
    @Test func npvDiscountsMonthlyAtTheAnnualRate() {
        // 4000 a month for 12 months at 4 % a year: Σ 4000 × 1.04^(−t/12).
        let model = singleArea(floorArea: 10000, months: 12, params: merging(flat, ["fee_rate": .number(0.5), "cit_rate": .number(0)]))
        let (run, _) = runFirstArea(model)
        let expected = (1...12).reduce(0.0) { $0 + 4000 * pow(1.04, -Double($1) / 12) }
        #expect(close(run.metrics.npv, expected))
        #expect(close(run.metrics.net, 48000))
        #expect(close(run.metrics.ownRevenue, 60000))
        #expect(close(run.metrics.costs, 12000))
        #expect(close(run.metrics.selfSufficiency!, 5))
        #expect(close(run.metrics.steadyNet, 4000))
        #expect(run.metrics.paybackMonth == 1)
        #expect(close(run.metrics.minCumulativeCash, 4000))
    }

    @Test func ratiosWithAZeroDenominatorAreEmpty() {
        var params = flat
        params["insurance_per_area"] = .number(0)
        let model = singleArea(months: 6, params: params)
        #expect(runFirstArea(model).0.metrics.selfSufficiency == nil)
    }

    @Test func subsidyPerHouseholdMonthCountsManagedMonthsOnly() {
        // 10 households × 3 CNY for 9 managed months plus a 900 grant: (270 + 900) / (10 × 9)
        let model = singleArea(households: 10, takeover: "2023-09", months: 12, params: merging(flat, [
            "subsidy_per_household": .number(3), "startup_grant": .number(900), "cit_rate": .number(0)]))
        let (run, _) = runFirstArea(model)
        #expect(close(run.metrics.subsidyPerHouseholdMonth!, 1170.0 / 90))
        // steady_net leaves subsidy out: the last 9 months (fewer than 12 managed) earn
        // 0.45 × 8000 − 1000 = 2600 each before subsidy.
        #expect(close(run.metrics.steadyNet, 0.45 * 8000 - 1000))
    }

    @Test func irrOfASingleYearInvestment() {
        // −1000 at t = 1, +1100 at t = 13: (1 + i)^(−1/12) (−1000 + 1100 / (1 + i)) = 0 → i = 10 %.
        var flows = [Double](repeating: 0, count: 13)
        flows[0] = -1000
        flows[12] = 1100
        let irr = flows.withUnsafeBufferPointer { IRRSolver().annualRate(of: $0, near: 0.04) }
        #expect(close(irr!, 0.10, relative: 0, absolute: 1e-9))
    }

    @Test func irrPicksTheRootClosestToTheDiscountRate() {
        // −1 + 2.3 y − 1.32 y² = 0 with y = 1 / (1 + i): y = 10/11 (i = 10 %) or 5/6 (i = 20 %).
        var flows = [Double](repeating: 0, count: 25)
        flows[0] = -1
        flows[12] = 2.3
        flows[24] = -1.32
        let solver = IRRSolver()
        let low = flows.withUnsafeBufferPointer { solver.annualRate(of: $0, near: 0.04) }
        let high = flows.withUnsafeBufferPointer { solver.annualRate(of: $0, near: 0.25) }
        #expect(close(low!, 0.10, relative: 0, absolute: 1e-9))
        #expect(close(high!, 0.20, relative: 0, absolute: 1e-9))
    }

    @Test func irrIsEmptyWithoutASignChange() {
        let flows = [Double](repeating: 5, count: 24)
        #expect(flows.withUnsafeBufferPointer { IRRSolver().annualRate(of: $0, near: 0.04) } == nil)
    }

    @Test func streetAndDistrictTotalsSumTheAreas() {
        let c1 = Compound(id: "A", street: "甘棠", households: 50, floorArea: 4000, enclosable: false)
        let c2 = Compound(id: "B", street: "甘棠", households: 70, floorArea: 6000, enclosable: true)
        let c3 = Compound(id: "C", street: "湓浦", households: 90, floorArea: 7000, enclosable: false)
        let scenario = Scenario(name: "t", start: YearMonth("2023-06")!, months: 12, areas: [
            Area(id: "x", street: "甘棠", mode: .marketSelection, provider: .introduced, compounds: [c2]),
            Area(id: "y", street: "湓浦", mode: .mergedCustody, provider: .new, compounds: [c3]),
            Area(id: "z", street: "甘棠", mode: .selfManagement, provider: .new, compounds: [c1]),
        ])
        let run = ScenarioModel(scenario).run()
        let streets = run.streets
        #expect(streets.map(\.street) == ["甘棠", "湓浦", "district"])
        #expect(streets[0].areas == 2 && streets[0].compounds == 2)
        #expect(close(streets[0].households, 120))
        #expect(close(streets[2].npv, run.areas.reduce(0) { $0 + $1.metrics.npv }))
        #expect(close(streets[0].net, run.areas[0].metrics.net + run.areas[2].metrics.net))
    }
}
