/// A scenario prepared for repeated evaluation: every area's totals and resolved parameters.
///
/// Solvers and sweeps change ``parameters`` and evaluate again; nothing is re-read or
/// re-resolved.
public struct ScenarioModel: Sendable {
    public let scenario: Scenario
    /// Per area, in the scenario's order.
    public let facts: [AreaFacts]
    /// Per area, in the scenario's order; free to change between evaluations.
    public var parameters: [AreaParameters]

    public init(_ scenario: Scenario) {
        self.scenario = scenario
        facts = scenario.areas.map { AreaFacts(compounds: $0.compounds, takeoverIndex: scenario.takeoverIndex(of: $0)) }
        parameters = scenario.areas.map { scenario.resolve($0).values }
    }

    /// A ledger sized for this scenario's horizon.
    public func makeLedger() -> MonthlyLedger {
        MonthlyLedger(months: scenario.months, startMonth: scenario.start.month, discountRate: scenario.discountRate)
    }

    /// Runs area `index` into `ledger` and reads its metrics; the ledger keeps the net cash
    /// flow and subsidy lines (``AreaEngine/evaluate(_:_:startMonth:into:)``).
    ///
    /// - Parameters:
    ///   - index: the area's position in the scenario.
    ///   - ledger: storage from ``makeLedger()``, overwritten.
    ///   - irr: an IRR solver, or nil to skip the IRR.
    /// - Complexity: O(T) without IRR; no allocation.
    public func evaluate(area index: Int, into ledger: MonthlyLedger, irr: IRRSolver? = nil) -> AreaMetrics {
        AreaEngine.evaluate(facts[index], parameters[index], startMonth: scenario.start.month, into: ledger)
        return AreaMetrics(ledger: ledger, facts: facts[index], irr: irr, discountRate: scenario.discountRate)
    }

    /// Every area with its monthly lines, metrics and IRR: what `custody run` writes.
    public func run() -> ScenarioRun {
        let ledger = makeLedger()
        let irr = IRRSolver()
        var areas: [AreaRun] = []
        areas.reserveCapacity(facts.count)
        for index in facts.indices {
            AreaEngine.simulate(facts[index], parameters[index], startMonth: scenario.start.month, into: ledger)
            let metrics = AreaMetrics(ledger: ledger, facts: facts[index], irr: irr, discountRate: scenario.discountRate)
            let lines = MonthlyLine.allCases.map { Array(ledger.column($0)) }
            areas.append(AreaRun(metrics: metrics, lines: lines))
        }
        return ScenarioRun(scenario: scenario, facts: facts, areas: areas)
    }
}
