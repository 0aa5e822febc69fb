import CustodyModel

/// Evaluates the district totals of one sample; one per worker thread.
///
/// A swept value is set at the level its path names, and reaches an area unless a more
/// specific level sets the same parameter there, in the scenario or in another sweep: this is
/// the precedence of MODEL §2 applied to the already resolved parameters, without re-reading or
/// re-resolving the scenario. Areas that no swept value reaches give the same lines in every
/// sample, so their totals and monthly net cash flows are summed once, at creation.
final class SweepEvaluator {
    private var model: ScenarioModel
    private let ledger: MonthlyLedger
    /// Per touched area (in scenario order): the area and the (variable, parameter) it takes.
    private let touched: [(area: Int, settings: [(variable: Int, spec: ParameterSpec)])]
    /// The untouched areas' summed net cash flow by month, and their totals.
    private let fixedNet: [Double]
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
        self.model = model
        ledger = model.makeLedger()
        let scenario = model.scenario
        var touched: [(Int, [(Int, ParameterSpec)])] = []
        var fixedNet = [Double](repeating: 0, count: scenario.months)
        var fixedTotals = Totals()
        for (index, area) in scenario.areas.enumerated() {
            let settings = Self.settings(of: area, in: scenario, variables: variables)
            if settings.isEmpty {
                fixedTotals.add(model.evaluate(area: index, into: ledger))
                for (t, x) in ledger.column(.netCashFlow).enumerated() { fixedNet[t] += x }
            } else {
                touched.append((index, settings.map { ($0, ParameterCatalog[variables[$0].path.parameter]) }))
            }
        }
        self.touched = touched
        self.fixedNet = fixedNet
        self.fixedTotals = fixedTotals
        districtNet = .allocate(capacity: scenario.months)
        districtNet.initialize(repeating: 0)
    }

    deinit { districtNet.deallocate() }

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
        fixedNet.withUnsafeBufferPointer { districtNet.baseAddress!.update(from: $0.baseAddress!, count: months) }
        for (area, settings) in touched {
            for (variable, spec) in settings { spec.set(values[variable], in: &model.parameters[area]) }
            totals.add(model.evaluate(area: area, into: ledger))
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
