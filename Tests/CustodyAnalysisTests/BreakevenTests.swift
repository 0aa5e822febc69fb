import CustodyAnalysis
import CustodyModel
import Testing

/// `breakeven` on the model: closed forms, scopes, brackets and statuses (MODEL §7).
struct BreakevenTests {
    let fee = ParameterCatalog.spec(named: "fee_rate")!

    /// With cit_rate = 0, no fee offset and non-taxable subsidies the NPV is affine in fee_rate.
    let affine: [String: ParameterValue] = ["cit_rate": .number(0), "subsidy_taxable": .flag(false),
                                            "owner_share_to_fees": .number(0)]

    @Test func breakEvenFeeOfAFlatAreaIsInsuranceOverFloorArea() {
        // Each managed month nets fee_rate × A − 1000, so NPV = 0 at fee_rate = 1000 / A.
        let model = ScenarioModel(scenario([area("a", compounds: [compound("C1", floorArea: 8000)], params: flat)]))
        let row = Breakeven.solve(model, parameter: fee, metric: .npv, scope: .eachArea)[0]
        #expect(row.crossing.status == .ok)
        #expect(close(row.value!, 1000.0 / 8000))
        #expect(row.modelRuns >= 2 && row.modelRuns <= row.crossing.iterations + 2)
    }

    @Test func breakEvenFeeMatchesTheAffineClosedFormWithEveryCostLine() {
        // Every line of the default model but CIT and the fee offset: NPV(f) = N0 + f (N1 − N0),
        // so f* = −N0 / (N1 − N0) from the model at f = 0 and f = 1.
        var model = ScenarioModel(scenario([area("a", compounds: [compound("C1", households: 300, floorArea: 20000)])],
                                           params: affine))
        let ledger = model.makeLedger()
        func npv(at x: Double) -> Double {
            fee.set(x, in: &model.parameters[0])
            return model.evaluate(area: 0, into: ledger).npv
        }
        let n0 = npv(at: 0), n1 = npv(at: 1)
        let expected = -n0 / (n1 - n0)
        for metric in [SolverMetric.npv] {
            let row = Breakeven.solve(model, parameter: fee, metric: metric, scope: .area(0))[0]
            #expect(row.crossing.status == .ok)
            #expect(close(row.value!, expected), "\(row.value!) vs \(expected)")
        }
    }

    @Test func aListParameterIsSolvedAsOneValueForEveryYear() {
        // subsidy_per_household x every year: NPV = Σ (x H − 1000) d_t, so x = 1000 / H.
        let spec = ParameterCatalog.spec(named: "subsidy_per_household")!
        let model = ScenarioModel(scenario([area("a", compounds: [compound("C1", households: 50)],
                                                 params: merging(flat, ["fee_rate": .number(0),
                                                                        "subsidy_per_household": .list([7, 3])]))]))
        let row = Breakeven.solve(model, parameter: spec, metric: .cumulative, scope: .eachArea)[0]
        #expect(row.crossing.status == .ok)
        #expect(close(row.value!, 1000.0 / 50))
        // Default bracket: 10 × the largest element of the list.
        #expect(Breakeven.defaultBracket(for: spec, in: model, areas: [0]) == 0...70)
    }

    @Test func districtSetsOneValueOnEveryAreaOverridingModeAndAreaValues() {
        // Σ over both areas of (f A_i − 1000) per month: f = 2000 / (A_a + A_b), whatever
        // [modes.merged-custody] and b's [area.params] say.
        let s = scenario([area("a", compounds: [compound("C1", floorArea: 6000)]),
                          area("b", compounds: [compound("C2", floorArea: 10000)], params: ["fee_rate": .number(9)])],
                         params: flat, modes: [.mergedCustody: ["fee_rate": .number(3)]])
        let rows = Breakeven.solve(ScenarioModel(s), parameter: fee, metric: .npv, scope: .district)
        #expect(rows.count == 1 && rows[0].scope == "district")
        #expect(close(rows[0].value!, 2000.0 / 16000))
        let each = Breakeven.solve(ScenarioModel(s), parameter: fee, metric: .npv, scope: .eachArea)
        #expect(each.map(\.scope) == ["a", "b"])
        #expect(close(each[0].value!, 1000.0 / 6000) && close(each[1].value!, 1000.0 / 10000))
    }

    @Test func aStepShapedMetricStillGivesItsJumpPoint() {
        // staff_rounding = "ceil": 1000 households need ceil(1000 / ratio) cleaners. Fees pay
        // for 2.5 cleaners, so the area breaks even where the headcount drops from 3 to 2,
        // at ratio 500, and the metric jumps there.
        let spec = ParameterCatalog.spec(named: "cleaner_households")!
        let params = merging(flat, ["staff_rounding": .text("ceil"), "insurance_per_area": .number(0),
                                    "cleaner_wage": .number(2000), "oncost_rate": .number(0),
                                    "overhead_rate": .number(0), "fee_rate": .number(2.5 * 2000 / 8000)])
        let model = ScenarioModel(scenario([area("a", compounds: [compound("C1", households: 1000)], params: params)]))
        let row = Breakeven.solve(model, parameter: spec, metric: .npv, scope: .eachArea)[0]
        #expect(row.crossing.status == .ok)
        #expect(close(row.value!, 500, relative: 1e-9), "\(row.value!)")
        #expect(row.crossing.metricAtLower < 0 && row.crossing.metricAtUpper > 0)
    }

    @Test func aBracketWithoutSignChangeIsARowEitherWay() {
        let model = ScenarioModel(scenario([area("a", compounds: [compound("C1", floorArea: 8000)], params: flat)]))
        let above = Breakeven.solve(model, parameter: fee, metric: .npv, scope: .eachArea, bracket: 1...2)[0]
        #expect(above.crossing.status == .noSignChange && above.value == nil)
        #expect(above.crossing.metricAtLower > 0 && above.crossing.metricAtUpper > 0)
        let below = Breakeven.solve(model, parameter: fee, metric: .npv, scope: .eachArea, bracket: 0...0.1)[0]
        #expect(below.crossing.status == .noSignChange && below.value == nil)
        #expect(below.crossing.metricAtLower < 0 && below.crossing.metricAtUpper < 0)
    }

    @Test func defaultBracketIsUnitForSharesAndTenTimesTheLargestValueOtherwise() {
        let s = scenario([area("a", compounds: [compound("C1")], params: ["fee_rate": .number(0.8)]),
                          area("b", compounds: [compound("C2")])])
        let model = ScenarioModel(s)
        #expect(Breakeven.defaultBracket(for: fee, in: model, areas: [0, 1]) == 0...8)
        #expect(Breakeven.defaultBracket(for: fee, in: model, areas: [1]) == 0...4.5)
        let target = ParameterCatalog.spec(named: "collection_target")!
        #expect(Breakeven.defaultBracket(for: target, in: model, areas: [0, 1]) == 0...1)
        let grant = ParameterCatalog.spec(named: "startup_grant")!
        #expect(Breakeven.defaultBracket(for: grant, in: model, areas: [0]) == 0...1)
        // A ratio that must be > 0 starts above 0.
        let ratio = ParameterCatalog.spec(named: "manager_households")!
        #expect(Breakeven.defaultBracket(for: ratio, in: model, areas: [0]) == 15...15000)
    }
}
