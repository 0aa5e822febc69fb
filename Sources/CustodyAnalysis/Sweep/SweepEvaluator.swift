import CustodyModel

/// Evaluates the district totals of one sample; one per worker thread.
///
/// A swept value is set at the level its path names, and reaches an area unless a more
/// specific level sets the same parameter there, in the scenario or in another sweep: this is
/// the precedence of MODEL §2 applied to the already resolved parameters, without re-reading or
/// re-resolving the scenario. Areas that no swept value reaches give the same lines in every
/// sample, so their totals and monthly net cash flows are summed once, at creation.
final class SweepEvaluator {
    private let facts: [AreaFacts]
    /// This thread's own copy of every area's parameters (no buffer shared with other threads).
    private let parameters: UnsafeMutablePointer<AreaParameters>
    private let areaCount: Int
    private let startMonth: Int
    private let discountRate: Double
    private let ledger: MonthlyLedger
    /// Per touched area (in scenario order): the area and the (variable, slot) it takes.
    private let touched: [(area: Int, settings: [(variable: Int, slot: ParameterSlot)])]
    /// The untouched areas' summed net cash flow by month, and their totals.
    private let fixedNet: UnsafeMutableBufferPointer<Double>
    private let fixedTotals: Totals
    /// District net cash flow by month, rebuilt for each sample.
    private let districtNet: UnsafeMutableBufferPointer<Double>

    struct Totals {
        var npv = 0.0, net = 0.0, subsidy = 0.0, ownNet = 0.0, costs = 0.0

        mutating func add(_ m: AreaMetrics) {
            npv += m.npv
            net += m.net
            subsidy += m.subsidy
            ownNet += m.ownRevenue - m.indirectTaxes
            costs += m.costs
        }
    }

    init(model: ScenarioModel, variables: [SweepVariable]) {
        let scenario = model.scenario
        facts = model.facts
        areaCount = model.parameters.count
        startMonth = scenario.start.month
        discountRate = scenario.discountRate
        parameters = .allocate(capacity: areaCount)
        for (i, p) in model.parameters.enumerated() { (parameters + i).initialize(to: Self.ownCopy(p)) }
        ledger = model.makeLedger()
        var touched: [(Int, [(Int, ParameterSlot)])] = []
        fixedNet = .allocate(capacity: scenario.months)
        fixedNet.initialize(repeating: 0)
        var fixedTotals = Totals()
        for (index, area) in scenario.areas.enumerated() {
            let settings = Self.settings(of: area, in: scenario, variables: variables)
            if settings.isEmpty {
                fixedTotals.add(model.evaluate(area: index, into: ledger))
                for (t, x) in ledger.column(.netCashFlow).enumerated() { fixedNet[t] += x }
            } else {
                touched.append((index, settings.map { ($0, ParameterSlot(ParameterCatalog[variables[$0].path.parameter])) }))
            }
        }
        self.touched = touched
        self.fixedTotals = fixedTotals
        districtNet = .allocate(capacity: scenario.months)
        districtNet.initialize(repeating: 0)
    }

    deinit {
        parameters.deinitialize(count: areaCount)
        parameters.deallocate()
        fixedNet.deallocate()
        districtNet.deallocate()
    }

    /// `p` with its by-year lists in buffers of their own, so that reference counting on one
    /// thread never touches a cache line another thread uses.
    private static func ownCopy(_ p: AreaParameters) -> AreaParameters {
        var copy = p
        copy.subsidyPerHousehold.years = p.subsidyPerHousehold.years.map { $0 }
        copy.subsidyPerM2.years = p.subsidyPerM2.years.map { $0 }
        return copy
    }

    /// The variables whose values reach `area`: for each swept parameter, the most specific
    /// swept path that applies to the area, unless the scenario sets the parameter at a more
    /// specific level still.
    static func settings(of area: Area, in scenario: Scenario, variables: [SweepVariable]) -> [Int] {
        func rank(_ level: ParameterPath.Level) -> Int? {
            switch level {
            case .params: return 0
            case .mode(let m): return m == area.mode ? 1 : nil
            case .area(let id): return id == area.id ? 2 : nil
            }
        }
        var best: [ParameterID: (rank: Int, variable: Int)] = [:]
        for (k, v) in variables.enumerated() {
            guard let r = rank(v.path.level) else { continue }
            if let current = best[v.path.parameter], current.rank >= r { continue }
            best[v.path.parameter] = (r, k)
        }
        return best.compactMap { id, choice -> Int? in
            let scenarioRank = area.params[id] != nil ? 2 : scenario.modes[area.mode]?[id] != nil ? 1 : -1
            return scenarioRank > choice.rank ? nil : choice.variable
        }.sorted()
    }

    /// The district totals with the variables at `values`.
    ///
    /// - Complexity: O(touched areas × T); no allocation.
    func evaluate(_ values: UnsafeBufferPointer<Double>) -> SweepOutcome {
        var totals = fixedTotals
        let months = fixedNet.count
        districtNet.baseAddress!.update(from: fixedNet.baseAddress!, count: months)
        for (area, settings) in touched {
            let p = parameters + area
            for (variable, slot) in settings { slot.set(values[variable], in: p) }
            AreaEngine.evaluate(facts[area], p.pointee, startMonth: startMonth, into: ledger)
            totals.add(AreaMetrics(ledger: ledger, facts: facts[area], irr: nil, discountRate: discountRate))
            let net = ledger.column(.netCashFlow)
            for t in 0..<months { districtNet[t] += net[t] }
        }
        var cumulative = 0.0, lowest = Double.infinity
        for t in 0..<months {
            cumulative += districtNet[t]
            lowest = Swift.min(lowest, cumulative)
        }
        return SweepOutcome(npv: totals.npv, cumulativeCash: totals.net, minCumulativeCash: lowest,
                            selfSufficiency: totals.costs == 0 ? .nan : totals.ownNet / totals.costs,
                            subsidy: totals.subsidy)
    }
}

/// One sample's district totals, in the order of ``SweepMetric``.
public struct SweepOutcome: Sendable, Equatable {
    public var npv: Double
    public var cumulativeCash: Double
    public var minCumulativeCash: Double
    /// NaN when the district's costs are 0.
    public var selfSufficiency: Double
    public var subsidy: Double

    public init(npv: Double, cumulativeCash: Double, minCumulativeCash: Double, selfSufficiency: Double, subsidy: Double) {
        self.npv = npv
        self.cumulativeCash = cumulativeCash
        self.minCumulativeCash = minCumulativeCash
        self.selfSufficiency = selfSufficiency
        self.subsidy = subsidy
    }

    public subscript(metric: SweepMetric) -> Double {
        switch metric {
        case .npv: return npv
        case .cumulativeCash: return cumulativeCash
        case .minCumulativeCash: return minCumulativeCash
        case .selfSufficiency: return selfSufficiency
        case .subsidy: return subsidy
        }
    }
}
