import CustodyAnalysis
import CustodyModel
import Testing

/// `subsidy`: the break-even rate, its widening search, and budgets (MODEL §7).
struct SubsidyTests {
    /// A flat area whose only lines are fee_rate × A, the subsidy and insurance.
    func flatArea(_ id: String, households: Int, floorArea: Double = 8000, fee: Double = 0,
                  insurance: Double = 1000, extra: [String: ParameterValue] = [:]) -> Area {
        area(id, compounds: [compound("C-\(id)", households: households, floorArea: floorArea)],
             params: merging(flat, merging(["fee_rate": .number(fee), "insurance_per_area": .number(insurance)], extra)))
    }

    @Test func breakEvenRateMatchesTheAffineClosedForm() {
        // NPV(s) = N0 + s H Σ d_t over managed months, so s* = −N0 / (H Σ d_t).
        let s = scenario([area("a", compounds: [compound("C1", households: 300, floorArea: 20000)],
                               params: ["cit_rate": .number(0), "subsidy_taxable": .flag(false),
                                        "fee_rate": .number(0.2), "reward": .number(20000)])])
        let model = ScenarioModel(s)
        let search = SubsidySizing.breakevens(model, metric: .npv)[0]
        #expect(search.outcome == .needed)
        let expected = -search.metricWithoutSubsidy / (300 * discountedMonths(from: 1, to: 24))
        #expect(close(search.rate!, expected), "\(search.rate!) vs \(expected)")
    }

    @Test func metricWithoutSubsidyZeroesBothListsButKeepsGrantAndReward() {
        // Fee 0.1 × 8000 − 1000 = −200 a month; grant 3000 and reward 1000 kept, lists ignored.
        let a = flatArea("a", households: 100, fee: 0.1,
                         extra: ["startup_grant": .number(3000), "reward": .number(1000),
                                 "subsidy_per_m2": .list([1, 2]), "subsidy_per_household": .number(50)])
        let search = SubsidySizing.breakevens(ScenarioModel(scenario([a])), metric: .cumulative)[0]
        #expect(close(search.metricWithoutSubsidy, -200 * 24 + 4000, absolute: 1e-6))
        #expect(close(search.rate!, 800.0 / (100 * 24)))
    }

    @Test func anAreaThatPaysItsWayIsNotNeededAfterOneRun() {
        let model = ScenarioModel(scenario([flatArea("a", households: 100, fee: 1)]))
        let search = SubsidySizing.breakevens(model, metric: .npv)[0]
        #expect(search.outcome == .notNeeded && search.rate == 0 && search.evaluations == 1)
        let row = SubsidySizing.rows(model, breakevens: [search], budget: nil, policy: .coverage)[0]
        #expect(row.status == .notNeeded && row.need == 0 && row.fundedShare == nil)
    }

    @Test func theSearchWidensPastAThousandPerHouseholdMonth() {
        // One household and 5000 CNY of insurance a month: s* = 5000, found on [1000, 10⁴].
        let model = ScenarioModel(scenario([flatArea("a", households: 1, insurance: 5000)]))
        let search = SubsidySizing.breakevens(model, metric: .npv)[0]
        #expect(search.outcome == .needed)
        #expect(close(search.rate!, 5000))
        #expect(search.rate! >= 5000 * (1 - 1e-15))   // the side where the metric is ≥ 0
    }

    @Test func noRateUpToAMillionIsNoSolution() {
        let model = ScenarioModel(scenario([flatArea("a", households: 1, insurance: 2e6)]))
        let search = SubsidySizing.breakevens(model, metric: .npv)[0]
        #expect(search.outcome == .noSolution && search.rate == nil)
        #expect(search.evaluations == 5)   // 0, 10³, 10⁴, 10⁵, 10⁶
        let row = SubsidySizing.rows(model, breakevens: [search], budget: 100, policy: .coverage)[0]
        #expect(row.status == .noSolution && row.need == nil && row.funded == nil)
    }

    /// Three needy areas: needs per household 24 × (10, 5, 20) CNY, and one that needs none.
    func budgetModel() -> (ScenarioModel, [SubsidyBreakeven]) {
        let areas = [flatArea("a", households: 100, insurance: 1000),
                     flatArea("b", households: 200, insurance: 1000),
                     flatArea("c", households: 50, insurance: 1000),
                     flatArea("d", households: 10, fee: 1)]
        let model = ScenarioModel(scenario(areas, params: flat))
        return (model, SubsidySizing.breakevens(model, metric: .cumulative))
    }

    @Test func withoutABudgetEveryNeedIsFunded() {
        let (model, searches) = budgetModel()
        let rows = SubsidySizing.rows(model, breakevens: searches, budget: nil, policy: .coverage)
        #expect(rows.map(\.status) == [.funded, .funded, .funded, .notNeeded])
        for row in rows.prefix(3) {
            #expect(close(row.need!, 24000) && row.fundedShare == 1)
        }
        let ample = SubsidySizing.rows(model, breakevens: searches, budget: 1e6, policy: .proportional)
        #expect(ample.map(\.status) == [.funded, .funded, .funded, .notNeeded])
    }

    @Test func coverageFundsWholeAreasInIncreasingNeedPerHouseholdThenOnePartial() {
        // Needs are 24,000 each; per household b (120) < a (240) < c (480). 30,000 funds b
        // whole and 6,000 of a; c gets nothing.
        let (model, searches) = budgetModel()
        let rows = SubsidySizing.rows(model, breakevens: searches, budget: 30000, policy: .coverage)
        #expect(rows.map(\.status) == [.partial, .funded, .unfunded, .notNeeded])
        #expect(close(rows[0].funded!, 6000, relative: 1e-8))
        #expect(close(rows[0].fundedShare!, 0.25, relative: 1e-8))
        #expect(rows[2].funded == 0 && rows[2].fundedShare == 0)
    }

    @Test func coverageWithNothingLeftForTheNextAreaLeavesItUnfunded() {
        // The budget is exactly b's need: b is funded, a and c get nothing (no 0-CNY partial).
        let (model, searches) = budgetModel()
        let needs = SubsidySizing.rows(model, breakevens: searches, budget: nil, policy: .coverage).map(\.need)
        let rows = SubsidySizing.rows(model, breakevens: searches, budget: needs[1]!, policy: .coverage)
        #expect(rows.map(\.status) == [.unfunded, .funded, .unfunded, .notNeeded])
    }

    @Test func proportionalScalesEveryNeed() {
        let (model, searches) = budgetModel()
        let rows = SubsidySizing.rows(model, breakevens: searches, budget: 36000, policy: .proportional)
        #expect(rows.map(\.status) == [.partial, .partial, .partial, .notNeeded])
        for row in rows.prefix(3) {
            #expect(close(row.funded!, 12000, relative: 1e-8) && close(row.fundedShare!, 0.5, relative: 1e-8))
        }
        let none = SubsidySizing.rows(model, breakevens: searches, budget: 0, policy: .proportional)
        #expect(none.map(\.status) == [.unfunded, .unfunded, .unfunded, .notNeeded])
    }
}
