import Foundation

/// A scenario prepared for repeated evaluation: every area's totals and resolved parameters,
/// and the discount factors of the horizon.
///
/// Solvers and sweeps change ``parameters`` and evaluate again; nothing is re-read or
/// re-resolved.
public struct ScenarioModel: Sendable {
    public let scenario: Scenario
    /// Per area, in the scenario's order.
    public let facts: [AreaFacts]
    /// Per area, in the scenario's order; free to change between evaluations.
    public var parameters: [AreaParameters]
    /// (1 + discount_rate)^(−t/12) for t = 1…T.
    public let discountFactors: [Double]

    public init(_ scenario: Scenario) {
        self.scenario = scenario
        facts = scenario.areas.map { AreaFacts(compounds: $0.compounds, takeoverIndex: scenario.takeoverIndex(of: $0)) }
        parameters = scenario.areas.map { scenario.resolve($0).values }
        let monthly = pow(1 + scenario.discountRate, -1.0 / 12)
        discountFactors = (1...scenario.months).map { pow(monthly, Double($0)) }
    }

    /// A ledger sized for this scenario's horizon.
    public func makeLedger() -> MonthlyLedger {
        MonthlyLedger(months: scenario.months, startMonth: scenario.start.month)
    }

    /// Runs area `index` into `ledger` and reads its metrics.
    ///
    /// - Parameter irr: an IRR solver, or nil to skip the IRR.
    /// - Complexity: O(T) without IRR; no allocation.
    public func evaluate(area index: Int, into ledger: MonthlyLedger, irr: IRRSolver? = nil) -> AreaMetrics {
        AreaEngine.simulate(facts[index], parameters[index], startMonth: scenario.start.month, into: ledger)
        return discountFactors.withUnsafeBufferPointer {
            AreaMetrics(ledger: ledger, facts: facts[index], discountFactors: $0, irr: irr,
                        discountRate: scenario.discountRate)
        }
    }

    /// Every area with its monthly lines, metrics and IRR: what `custody run` writes.
    public func run() -> ScenarioRun {
        let ledger = makeLedger()
        let irr = IRRSolver()
        var areas: [AreaRun] = []
        areas.reserveCapacity(facts.count)
        for index in facts.indices {
            let metrics = evaluate(area: index, into: ledger, irr: irr)
            let lines = MonthlyLine.allCases.map { Array(ledger.column($0)) }
            areas.append(AreaRun(metrics: metrics, lines: lines))
        }
        return ScenarioRun(scenario: scenario, facts: facts, areas: areas)
    }
}
