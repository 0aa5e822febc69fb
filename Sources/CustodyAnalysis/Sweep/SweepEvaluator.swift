import CustodyModel

/// Evaluates the district totals of samples; one per worker thread.
///
/// A swept value is set at the level its path names, and reaches an area unless a more
/// specific level sets the same parameter there, in the scenario or in another sweep: this is
/// the precedence of MODEL §2 applied to the already resolved parameters, without re-reading or
/// re-resolving the scenario. Areas that no swept value reaches give the same lines in every
/// sample, so their totals and monthly net cash flows are summed once, at creation; so are
/// the blocks of the other areas that no swept value moves (``AreaPlan``). Areas whose fees
/// vary read them from a collection curve worked out once per sample for all the areas with
/// the same collection parameters (``CollectionCurve``), unless an area is alone with a curve
/// that changes in every sample: working the curve out would cost more than its fees.
final class SweepEvaluator {
    /// This thread's plan of every area, each with its own copy of the area's parameters.
    private let plans: [AreaPlan]
    /// Per touched area (in scenario order): the area, its runs of ``reals`` and ``settings``,
    /// and the group of areas whose fees vary and share a collection curve, if its fees vary.
    private let touched: [(area: Int, reals: Range<Int>, settings: Range<Int>, group: Int?)]
    /// The (variable, byte offset) pairs of the touched areas' real parameters, one run per
    /// area: the values most sweeps set, stored without going through a slot.
    private let reals: [(variable: Int, offset: Int)]
    /// The (variable, slot) pairs of the other parameters of every touched area, one run per area.
    private let settings: [(variable: Int, slot: ParameterSlot)]
    /// Per group, ``batch`` collection curves: one per sample evaluated together.
    private let curves: [CollectionCurve]
    /// ``districts`` and ``curves`` without reference counting, for the innermost loop (the
    /// arrays keep them alive).
    private let districtRefs: [Unmanaged<DistrictSeries>]
    private let curveRefs: [Unmanaged<CollectionCurve>]
    /// The untouched areas, and the blocks of touched areas that no swept value moves.
    private let fixed: DistrictSeries
    /// The districts of the samples being evaluated together (``batch`` of them).
    private let districts: [DistrictSeries]
    /// Samples evaluated together: an area's plan and parameters stay in cache while its
    /// blocks are added for each, and the samples' independent sums overlap in the processor.
    /// The districts of 16 samples stay in the first-level cache too: by callgrind's cache
    /// model, a sweep of the bundled scenario misses it 460 times a sample, against 1,090
    /// with 64.
    static let batch = 16

    init(model: ScenarioModel, variables: [SweepVariable]) {
        let scenario = model.scenario
        let fixed = DistrictSeries(months: scenario.months, startMonth: scenario.start.month,
                                   discountRate: scenario.discountRate)
        districts = (0..<Self.batch).map { _ in
            DistrictSeries(months: scenario.months, startMonth: scenario.start.month, discountRate: scenario.discountRate)
        }
        let moved = variables.map { AreaBlocks.moved(by: ParameterCatalog[$0.path.parameter]) }
        let movesCurve = variables.map { CollectionCurve.isMoved(by: ParameterCatalog[$0.path.parameter]) }
        var touched: [(Int, Range<Int>, Range<Int>, Int?)] = []
        var reals: [(Int, Int)] = []
        /// The collection parameters of each group, as the scenario sets them; its areas; and
        /// whether a swept value changes its curve.
        var groups: [[Double]] = [], members: [Int] = [], sweptCurve: [Bool] = []
        var slots: [(Int, ParameterSlot)] = []
        var plans: [AreaPlan] = []
        for (index, area) in scenario.areas.enumerated() {
            let settings = Self.settings(of: area, in: scenario, variables: variables)
            let specs = settings.map { ParameterCatalog[variables[$0].path.parameter] }
            let varying = settings.reduce(into: AreaBlocks()) { $0.formUnion(moved[$1]) }
            let plan = AreaPlan(facts: model.facts[index], startMonth: scenario.start.month,
                                parameters: model.parameters[index], varying: varying, series: fixed)
            plans.append(plan)
            if settings.isEmpty {
                plan.accumulate(into: fixed)
            } else {
                var group: Int?
                if plan.varying.contains(.collection) {
                    let p = model.parameters[index]
                    let key = [p.collectionStart, p.collectionTarget, Double(p.collectionRampMonths),
                               p.mediationThreshold, p.mediationRecovery]
                    let k = groups.firstIndex(of: key) ?? groups.count
                    if k == groups.count {
                        groups.append(key)
                        members.append(0)
                        sweptCurve.append(false)
                    }
                    members[k] += 1
                    if settings.contains(where: { movesCurve[$0] }) { sweptCurve[k] = true }
                    group = k
                }
                var areaReals: [(Int, Int)] = [], areaSlots: [(Int, ParameterSlot)] = []
                for (variable, spec) in zip(settings, specs) {
                    let slot = ParameterSlot(spec)
                    if case .real(let offset) = slot { areaReals.append((variable, offset)) } else { areaSlots.append((variable, slot)) }
                }
                touched.append((index, reals.count..<(reals.count + areaReals.count),
                                slots.count..<(slots.count + areaSlots.count), group))
                reals += areaReals
                slots += areaSlots
            }
        }
        self.fixed = fixed
        // Groups worth a curve, renumbered.
        var shared: [Int?] = []
        var sharedCount = 0
        for k in groups.indices {
            if members[k] == 1 && sweptCurve[k] {
                shared.append(nil)
            } else {
                shared.append(sharedCount)
                sharedCount += 1
            }
        }
        touched = touched.map { ($0.0, $0.1, $0.2, $0.3.flatMap { shared[$0] }) }
        curves = (0..<(sharedCount * Self.batch)).map { _ in CollectionCurve(series: fixed) }
        curveRefs = curves.map { Unmanaged.passUnretained($0) }
        districtRefs = districts.map { Unmanaged.passUnretained($0) }
        self.plans = plans
        self.touched = touched
        self.reals = reals
        self.settings = slots
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
    /// - Complexity: O(touched areas × calendar years + T); no allocation.
    func evaluate(_ values: UnsafeBufferPointer<Double>) -> SweepOutcome {
        var outcome = SweepOutcome(npv: 0, cumulativeCash: 0, minCumulativeCash: 0, selfSufficiency: 0, subsidy: 0)
        evaluate(values, count: 1, into: &outcome)
        return outcome
    }

    /// The district totals of `count` samples whose values are the consecutive rows of
    /// `values` (one value per variable), into `outcomes`.
    ///
    /// - Complexity: O(count × (touched areas × calendar years + T)); no allocation.
    func evaluate(_ values: UnsafeBufferPointer<Double>, count: Int, into outcomes: UnsafeMutablePointer<SweepOutcome>) {
        let d = values.count / Swift.max(count, 1)
        var first = 0
        while first < count {
            let n = Swift.min(Self.batch, count - first)
            for k in 0..<n { districts[k].reset(to: fixed) }
            let rows = values.baseAddress! + first * d
            settings.withUnsafeBufferPointer { settings in
                reals.withUnsafeBufferPointer { reals in
                    districtRefs.withUnsafeBufferPointer { districtList in
                        curveRefs.withUnsafeBufferPointer { curveList in
                            for (area, realRun, run, group) in touched {
                                let plan = plans[area], slots = UnsafeBufferPointer(rebasing: settings[run])
                                let realSlots = UnsafeBufferPointer(rebasing: reals[realRun])
                                /// Sets the area's swept values to those of the batch's sample k.
                                @inline(__always)
                                func set(_ k: Int) {
                                    let row = rows + k &* d
                                    for (variable, offset) in realSlots { plan.set(row[variable], in: .real(offset: offset)) }
                                    for (variable, slot) in slots { plan.set(row[variable], in: slot) }
                                }
                                // The same loop with and without a shared curve, so that the
                                // choice is made once per area.
                                if let group {
                                    let areaCurves = curveList.baseAddress! + group &* Self.batch
                                    for k in 0..<n {
                                        set(k)
                                        districtList[k]._withUnsafeGuaranteedRef { district in
                                            areaCurves[k]._withUnsafeGuaranteedRef { plan.accumulate(into: district, sharing: $0) }
                                        }
                                    }
                                } else {
                                    for k in 0..<n {
                                        set(k)
                                        districtList[k]._withUnsafeGuaranteedRef { plan.accumulate(into: $0) }
                                    }
                                }
                            }
                        }
                    }
                }
            }
            for k in 0..<n {
                let district = districts[k], sums = district.totals
                outcomes[first + k] = SweepOutcome(
                    npv: sums.npv, cumulativeCash: sums.net, minCumulativeCash: district.lowestCumulativeCash(),
                    selfSufficiency: sums.costs == 0 ? .nan : sums.ownNet / sums.costs, subsidy: sums.subsidy)
            }
            first += n
        }
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
