import Foundation
import GSL
import Testing
@testable import CustodyModel

/// Properties of the monthly engine (MODEL §5–6) on seeded random areas: every case is the
/// same on every run, and a failure names its case number.
struct InvariantTests {
    /// Draws from GSL's seeded MT19937, so every case is reproducible.
    struct Generator {
        let source: RandomSource
        init(seed: Int) { source = RandomSource(seed: UInt32(seed)) }
        func uniform(_ range: ClosedRange<Double>) -> Double {
            range.lowerBound + source.uniform() * (range.upperBound - range.lowerBound)
        }
        func int(_ range: ClosedRange<Int>) -> Int { range.lowerBound + source.uniformInt(below: range.count) }
        func bool() -> Bool { source.uniformInt(below: 2) == 1 }
    }

    /// A random area's parameters: fees, collection, public revenue, subsidies, taxes and
    /// staffing drawn across their valid ranges.
    static func randomParameters(_ g: Generator) -> [String: ParameterValue] {
        [
            "fee_rate": .number(g.uniform(0...2)),
            "collection_start": .number(g.uniform(0...1)),
            "collection_target": .number(g.uniform(0...1)),
            "collection_ramp_months": .number(Double(g.int(0...36))),
            "mediation_threshold": .number(g.uniform(0...0.5)),
            "mediation_recovery": .number(g.uniform(0...1)),
            "idle_occupancy": .number(g.uniform(0...1)),
            "owner_share_to_fees": .number(g.uniform(0...1)),
            "provider_share": .number(g.uniform(0...1)),
            "subsidy_per_m2": .list((0..<g.int(1...4)).map { _ in g.uniform(0...1) }),
            "subsidy_per_household": .number(g.uniform(0...20)),
            "startup_grant": .number(g.uniform(0...100_000)),
            "reward": .number(g.uniform(0...200_000)),
            "reward_month": .number(Double(g.int(1...24))),
            "subsidy_taxable": .flag(g.bool()),
            "cit_rate": .number(g.uniform(0...0.25)),
            "vat_fee": .number(g.uniform(0...0.1)),
            "staff_rounding": .text(g.bool() ? "ceil" : "none"),
            "wage_factor": .number(g.uniform(0...2)),
            "loss_carry_years": .number(Double(g.int(0...5))),
        ]
    }

    /// Case `k`'s area: its size, horizon and takeover, with `params` on top of random ones.
    static func randomArea(_ k: Int, overriding params: [String: ParameterValue] = [:]) -> ScenarioModel {
        let g = Generator(seed: 1000 + k)
        let households = g.int(1...3000)
        let months = g.int(1...72)
        let takeover = YearMonth("2023-06")!.adding(months: g.int(0...(months - 1)))
        return singleArea(households: households, floorArea: Double(households) * g.uniform(20...120),
                          idleArea: g.bool() ? g.uniform(0...500) : 0, parkingSpaces: g.int(0...200),
                          enclosable: g.bool(), takeover: takeover.description, months: months,
                          params: merging(randomParameters(g), params))
    }

    static let cases = 0..<150

    @Test func netCashFlowIsTheSumOfItsLinesAndCumulativeCashTheRunningSum() {
        let inflows: [MonthlyLine] = [.feeIncome, .feeOffset, .publicIncome, .vasRevenue, .subsidy]
        let outflows: [MonthlyLine] = [.staffCost, .otherOpex, .mediationCost, .vasCost, .capex, .vat, .surcharges, .cit]
        for k in Self.cases {
            let model = Self.randomArea(k)
            let (run, _) = runFirstArea(model)
            var cumulative = 0.0
            for t in 1...model.scenario.months {
                let sum = inflows.reduce(0) { $0 + run[$1, t] } - outflows.reduce(0) { $0 + run[$1, t] }
                let scale = max(1, (inflows + outflows).reduce(0) { $0 + abs(run[$1, t]) })
                #expect(abs(run[.netCashFlow, t] - sum) <= 1e-12 * scale, "case \(k), month \(t)")
                cumulative += run[.netCashFlow, t]
                #expect(close(run[.cumulativeCash, t], cumulative, relative: 1e-12, absolute: 1e-6),
                        "case \(k), month \(t)")
            }
        }
    }

    @Test(arguments: ["fee_rate", "collection_target"])
    func ownRevenueDoesNotFallWhenTheParameterRises(_ name: String) {
        for k in Self.cases {
            let base = Self.randomArea(k)
            guard case .number(let x) = base.scenario.areas[0].params[ParameterCatalog.spec(named: name)!.id]! else {
                Issue.record("case \(k): \(name) is not a number"); continue
            }
            let higher = name == "fee_rate" ? x * 1.1 + 0.01 : min(1, x + 0.05)
            let before = runFirstArea(base).0.metrics.ownRevenue
            let after = runFirstArea(Self.randomArea(k, overriding: [name: .number(higher)])).0.metrics.ownRevenue
            #expect(after >= before - 1e-9 * max(1, abs(before)), "case \(k): \(name) \(x) → \(higher): \(before) → \(after)")
        }
    }

    @Test func npvRisesWithAFlatUntaxedSubsidy() {
        for k in Self.cases {
            let g = Generator(seed: 5000 + k)
            let subsidy = g.uniform(0...30), more = subsidy + g.uniform(0.01...10)
            let npv = { (s: Double) in
                runFirstArea(Self.randomArea(k, overriding: ["subsidy_taxable": .flag(false),
                                                             "subsidy_per_household": .number(s)])).0.metrics.npv
            }
            let (low, high) = (npv(subsidy), npv(more))
            #expect(high > low, "case \(k): subsidy \(subsidy) → \(more): npv \(low) → \(high)")
        }
    }
}
