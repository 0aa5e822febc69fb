import Testing
@testable import CustodyModel

/// Solvers and sweeps use the engine's metrics-only path; `custody run` records every line.
/// Both must give the same metrics.
struct EvaluationPathTests {
    @Test func metricsOnlyEvaluationMatchesTheFullRun() {
        var areas: [Area] = []
        for (k, takeover) in ["2023-06", "2023-09", "2024-02"].enumerated() {
            let compound = Compound(id: "C\(k)", street: "甘棠", households: 40 + 150 * k, floorArea: 3500 + 11000 * Double(k),
                                    enclosable: k == 1, idleArea: 30 * Double(k), parkingSpaces: 4 * k)
            areas.append(Area(id: "a\(k)", street: "甘棠", mode: .mergedCustody, provider: .new,
                              takeover: YearMonth(takeover), compounds: [compound],
                              params: assignments(["subsidy_per_m2": .list([0.3, 0.2, 0.1]), "reward": .number(5000)])))
        }
        let model = ScenarioModel(Scenario(name: "paths", start: YearMonth("2023-06")!, months: 40, areas: areas))
        let run = model.run()
        let ledger = model.makeLedger()
        for index in areas.indices {
            let quick = model.evaluate(area: index, into: ledger)
            let full = run.areas[index].metrics
            #expect(close(quick.npv, full.npv) && close(quick.net, full.net))
            #expect(close(quick.ownRevenue, full.ownRevenue) && close(quick.costs, full.costs))
            #expect(close(quick.taxes, full.taxes) && close(quick.subsidy, full.subsidy))
            #expect(close(quick.minCumulativeCash, full.minCumulativeCash) && close(quick.steadyNet, full.steadyNet))
            #expect(quick.paybackMonth == full.paybackMonth)
            // The full run's net cash flow is what the quick path leaves in the ledger.
            for t in 1...40 { #expect(close(ledger[.netCashFlow, t], run.areas[index][.netCashFlow, t])) }
        }
    }
}
