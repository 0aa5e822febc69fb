import Foundation
import Testing
@testable import CustodyModel

/// ``AreaPlan/accumulate(into:)`` sums in closed form what the month loop
/// (``AreaEngine/evaluate(_:_:startMonth:into:)``) adds month by month: on seeded random
/// areas, with every ramp, kink and tax case the generator reaches, both give the same net
/// cash flow in every month and the same totals; so does
/// ``AreaPlan/accumulate(into:sharing:)``, with the areas' fees read from one shared curve.
struct DistrictSeriesTests {
    typealias Generator = InvariantTests.Generator

    /// Random parameters, plus random service ramps, depreciation and offset shares, so that
    /// every kind of bend in the fees and services appears.
    static func randomParameters(_ g: Generator) -> [String: ParameterValue] {
        var p = InvariantTests.randomParameters(g)
        for svc in ServiceKind.allCases {
            p["\(svc.name)_ramp_months"] = .number(Double(g.int(0...30)))
            p["\(svc.name)_orders"] = .number(g.uniform(0...3))
        }
        p["depreciation_months"] = .number(Double(g.int(1...60)))
        p["mediation_cost_per_household"] = .number(g.uniform(0...20))
        p["surcharge_rate"] = .number(g.uniform(0...0.12))
        p["vat_lease"] = .number(g.uniform(0...0.1))
        p["vat_vas"] = .number(g.uniform(0...0.1))
        return p
    }

    static func randomArea(_ k: Int) -> ScenarioModel {
        let g = Generator(seed: 7000 + k)
        let households = g.int(1...3000)
        let months = g.int(1...72)
        let start = YearMonth("2023-01")!.adding(months: g.int(0...11))
        let takeover = start.adding(months: g.int(0...(months - 1)))
        // Public revenue large enough, in some cases, for the offset's cap to bind in some months only.
        return singleArea(households: households, floorArea: Double(households) * g.uniform(20...120),
                          idleArea: g.bool() ? g.uniform(0...20_000) : 0, parkingSpaces: g.int(0...200),
                          enclosable: g.bool(), takeover: takeover.description, start: start.description,
                          months: months, params: randomParameters(g))
    }

    /// The district series of `model`'s areas, and the same summed from the month loop's
    /// ledgers; with `sharing`, every area reads its fees from one ``CollectionCurve``.
    static func compare(_ model: ScenarioModel, case k: Int, sharing: Bool) {
        let s = model.scenario
        let series = DistrictSeries(months: s.months, startMonth: s.start.month, discountRate: s.discountRate)
        let curve = CollectionCurve(series: series)
        let ledger = model.makeLedger()
        var expected = DistrictSeries.Totals()
        var flows = [Double](repeating: 0, count: s.months)
        var scale = 1.0
        for index in model.facts.indices {
            let plan = AreaPlan(facts: model.facts[index], startMonth: s.start.month,
                                parameters: model.parameters[index], varying: .all, series: series)
            if sharing { plan.accumulate(into: series, sharing: curve) } else { plan.accumulate(into: series) }
            let m = model.evaluate(area: index, into: ledger)
            expected.npv += m.npv
            expected.net += m.net
            expected.subsidy += m.subsidy
            expected.ownNet += m.ownRevenue - m.indirectTaxes
            expected.costs += m.costs
            for (t, x) in ledger.column(.netCashFlow).enumerated() { flows[t] += x }
            scale = max(scale, m.ownRevenue + m.subsidy, m.costs + m.taxes)
        }
        // Sums agree to rounding relative to the money that flows, not to a total that may cancel to 0.
        func agree(_ a: Double, _ b: Double) -> Bool { abs(a - b) <= 1e-10 * scale }
        let got = series.totals
        #expect(agree(got.npv, expected.npv), "case \(k): npv \(got.npv) vs \(expected.npv)")
        #expect(agree(got.net, expected.net), "case \(k): net \(got.net) vs \(expected.net)")
        #expect(agree(got.subsidy, expected.subsidy), "case \(k): subsidy \(got.subsidy) vs \(expected.subsidy)")
        #expect(agree(got.ownNet, expected.ownNet), "case \(k): own net \(got.ownNet) vs \(expected.ownNet)")
        #expect(agree(got.costs, expected.costs), "case \(k): costs \(got.costs) vs \(expected.costs)")
        var closed = [Double](repeating: 0, count: s.months)
        closed.withUnsafeMutableBufferPointer { series.netCashFlow(into: $0) }
        let worst = zip(closed, flows).map { abs($0 - $1) }.max() ?? 0
        #expect(worst <= 1e-10 * scale, "case \(k): a month differs by \(worst)")
        var cumulative = 0.0, lowest = Double.infinity
        for x in flows {
            cumulative += x
            lowest = min(lowest, cumulative)
        }
        #expect(agree(series.lowestCumulativeCash(), lowest), "case \(k): lowest cumulative cash")
    }

    @Test(arguments: 0..<400)
    func oneAreaAgreesWithTheMonthLoop(_ k: Int) {
        let model = Self.randomArea(k)
        Self.compare(model, case: k, sharing: false)
        Self.compare(model, case: k, sharing: true)
    }

    /// Losses carried forward: a taxable subsidy paid every other management year makes
    /// profitable and loss-making years alternate, over up to seven calendar years and with
    /// every carry from 0 to 5 years, so that losses are used up over several years, in part,
    /// and expire. At least a quarter of the cases must show a year without tax followed by two
    /// or more taxed years.
    @Test func lossesCarriedForwardAgreeWithTheMonthLoop() {
        var carried = 0
        for k in 0..<160 {
            let g = Generator(seed: 11000 + k)
            let households = g.int(50...2000), months = g.int(36...84)
            let floorArea = Double(households) * g.uniform(20...120)
            // Fees short of a large fixed cost, a subsidy of 1.2 to 3 times that cost every other
            // year, and capital spending depreciated over the first months.
            let fixedCost = g.uniform(50_000...150_000)
            var p = flat
            p["insurance_per_area"] = .number(fixedCost)
            p["fee_rate"] = .number(fixedCost * g.uniform(0.3...0.9) / floorArea)
            p["collection_start"] = .number(g.uniform(0.5...1))
            p["collection_ramp_months"] = .number(Double(g.int(0...24)))
            p["facility_capex"] = .number(g.uniform(0...(12 * fixedCost)))
            p["depreciation_months"] = .number(Double(g.int(1...36)))
            p["subsidy_taxable"] = .flag(true)
            p["subsidy_per_m2"] = .list((0..<7).map { $0.isMultiple(of: 2) ? fixedCost * g.uniform(1.2...3) / floorArea : 0 })
            p["cit_rate"] = .number(g.uniform(0.1...0.25))
            p["loss_carry_years"] = .number(Double(k % 6))
            let start = YearMonth("2023-01")!.adding(months: g.int(0...11))
            let model = singleArea(households: households, floorArea: floorArea,
                                   takeover: start.adding(months: g.int(0...6)).description, start: start.description,
                                   months: months, params: p)
            Self.compare(model, case: k, sharing: false)
            Self.compare(model, case: k, sharing: true)
            // The month loop's income tax of each calendar year with managed months, settled in
            // its December or in month T.
            let run = model.run().areas[0], t0 = model.facts[0].takeoverIndex
            let settlements = (t0...months).filter { ($0 + start.month - 2) % 12 == 11 || $0 == months }
            let yearly = settlements.map { abs(run[.cit, $0]) }
            if let free = yearly.firstIndex(where: { $0 < 1e-6 }), yearly[(free + 1)...].filter({ $0 > 1e-6 }).count >= 2 {
                carried += 1
            }
        }
        #expect(carried >= 40, "only \(carried) cases carry a loss forward")
    }

    /// The offset leaves its cap in one of the last three managed months (K = M − 3, M − 2,
    /// M − 1), so that of the months K + 1 and K + 2, which the curve's reading works out
    /// directly, both, both up to the horizon, or only the first are within it. The idle area
    /// is chosen so that the cap falls halfway between the uncollected fees of months K and
    /// K + 1, which fall all along a collection ramp longer than the horizon.
    @Test(arguments: 1...3)
    func anOffsetLeavingItsCapNearTheHorizonAgreesWithTheMonthLoop(_ monthsLeft: Int) {
        let households = 400, floorArea = 30_000.0, months = 24
        var p = flat
        p["fee_rate"] = .number(0.5)
        p["collection_start"] = .number(0.5)
        p["collection_target"] = .number(0.9)
        p["collection_ramp_months"] = .number(30)
        p["idle_rent"] = .number(10)
        p["idle_occupancy"] = .number(1)
        p["provider_share"] = .number(0.2)
        p["owner_share_to_fees"] = .number(0.5)
        let probe = singleArea(households: households, floorArea: floorArea, months: months, params: p)
        let collection = Collection(probe.parameters[0], floorArea: floorArea)
        let K = months - monthsLeft
        let cap = (collection.uncollected(K) + collection.uncollected(K + 1)) / 2
        let model = singleArea(households: households, floorArea: floorArea, idleArea: cap / (0.5 * (1 - 0.2) * 10),
                               months: months, params: p)
        #expect(model.facts[0].takeoverIndex == 1)
        Self.compare(model, case: monthsLeft, sharing: false)
        Self.compare(model, case: monthsLeft, sharing: true)
    }

    /// Areas taken over in different months add up month by month. In half the cases they
    /// have the same parameters, so that the shared curve serves them all; in the others it
    /// is worked out again for each.
    @Test(arguments: 0..<20)
    func areasWithDifferentTakeoversAddUp(_ k: Int) {
        let g = Generator(seed: 9000 + k)
        let months = g.int(1...48)
        let start = YearMonth("2023-01")!.adding(months: g.int(0...11))
        let common = k.isMultiple(of: 2) ? Self.randomParameters(g) : nil
        let areas = (0..<g.int(2...6)).map { i -> Area in
            let households = g.int(1...2000)
            let compound = Compound(id: "C\(i)", street: "湓浦", households: households,
                                    floorArea: Double(households) * g.uniform(20...120), enclosable: g.bool(),
                                    idleArea: g.uniform(0...5000), parkingSpaces: g.int(0...100))
            return Area(id: "a\(i)", street: "湓浦", mode: .mergedCustody, provider: .new,
                        takeover: start.adding(months: g.int(0...(months - 1))), compounds: [compound],
                        params: assignments(common ?? Self.randomParameters(g)))
        }
        let model = ScenarioModel(Scenario(name: "test", start: start, months: months, areas: areas))
        Self.compare(model, case: k, sharing: false)
        Self.compare(model, case: k, sharing: true)
    }

    /// A plan that works out only the blocks a parameter moves, made with the area's own
    /// values, gives the month loop's results once that parameter changes: every parameter
    /// names all the blocks it moves (``AreaBlocks/moved(by:)``).
    @Test(arguments: ParameterCatalog.all.filter { $0.kind != .flag && $0.kind != .choice(StaffRounding.allCases.map(\.rawValue)) }.map(\.name))
    func aPlanWorksOutWhatAParameterMoves(_ name: String) {
        let spec = ParameterCatalog.spec(named: name)!
        for k in 0..<12 {
            let model = Self.randomArea(k)
            let s = model.scenario
            var changed = model.parameters[0]
            switch spec.value(in: changed) {
            case .number(let x) where spec.kind == .integer: spec.apply(.number(x + 2), to: &changed)
            case .number(let x): spec.set(spec.bounds.upper.map { min($0, x * 1.3 + 0.05) } ?? x * 1.3 + 0.05, in: &changed)
            case .list(let xs): spec.apply(.list(xs.map { $0 + 0.1 }), to: &changed)
            default: Issue.record("\(name) is not numeric")
            }
            let series = DistrictSeries(months: s.months, startMonth: s.start.month, discountRate: s.discountRate)
            let plan = AreaPlan(facts: model.facts[0], startMonth: s.start.month, parameters: model.parameters[0],
                                varying: .moved(by: spec), series: series)
            plan.parameters = changed
            plan.accumulate(into: series)
            let reference = DistrictSeries(months: s.months, startMonth: s.start.month, discountRate: s.discountRate)
            let whole = AreaPlan(facts: model.facts[0], startMonth: s.start.month, parameters: changed,
                                 varying: .all, series: reference)
            whole.accumulate(into: reference)
            let ledger = model.makeLedger()
            AreaEngine.evaluate(model.facts[0], changed, startMonth: s.start.month, into: ledger)
            let m = AreaMetrics(ledger: ledger, facts: model.facts[0], irr: nil, discountRate: s.discountRate)
            let scale = max(1, m.ownRevenue + m.subsidy, m.costs + m.taxes)
            #expect(abs(series.totals.npv - m.npv) <= 1e-10 * scale, "\(name), case \(k): npv")
            #expect(abs(series.totals.net - m.net) <= 1e-10 * scale, "\(name), case \(k): net")
            #expect(abs(series.totals.costs - m.costs) <= 1e-10 * scale, "\(name), case \(k): costs")
            #expect(abs(series.totals.ownNet - (m.ownRevenue - m.indirectTaxes)) <= 1e-10 * scale, "\(name), case \(k): own")
            #expect(abs(series.lowestCumulativeCash() - reference.lowestCumulativeCash()) <= 1e-10 * scale,
                    "\(name), case \(k): lowest cumulative cash")
        }
    }

    /// A series reset to another holds exactly what the other holds.
    @Test func resetCopiesEverything() {
        let model = Self.randomArea(3)
        let s = model.scenario
        let a = DistrictSeries(months: s.months, startMonth: s.start.month, discountRate: s.discountRate)
        let b = DistrictSeries(months: s.months, startMonth: s.start.month, discountRate: s.discountRate)
        let plan = AreaPlan(facts: model.facts[0], startMonth: s.start.month, parameters: model.parameters[0],
                            varying: .all, series: a)
        plan.accumulate(into: a)
        plan.accumulate(into: b)
        b.reset(to: a)
        // A copy: the same bits.
        #expect(b.totals.npv.bitPattern == a.totals.npv.bitPattern
                && b.lowestCumulativeCash().bitPattern == a.lowestCumulativeCash().bitPattern)
        b.clear()
        #expect(b.totals.npv.isZero && b.lowestCumulativeCash().isZero)
    }
}
