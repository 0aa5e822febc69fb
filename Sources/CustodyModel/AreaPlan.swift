/// One area prepared for evaluation many times over, as a sweep does (``accumulate(into:)``):
/// its own copy of its parameters, which the sweep changes between evaluations, and what can
/// be worked out in advance: its calendar years and their managed months, how its management
/// years fall into them, the weights of each service's ramp, and the blocks of its cash flow
/// that stay as they are (``AreaBlocks``).
///
/// Not shared between threads: each thread makes its own.
public final class AreaPlan {
    let facts: AreaFacts
    /// The area's parameters, in storage of the plan's own (their by-year lists too, so that
    /// reference counting never touches a buffer another thread's plan uses).
    @usableFromInline let ownParameters: UnsafeMutablePointer<AreaParameters>
    /// t0 and the number of managed months M = T − t0 + 1.
    let takeover: Int
    let managed: Int
    /// Index, counted from the start's year, of the calendar year of t0.
    let firstYear: Int
    /// Calendar years with managed months; of each, its first and last managed month m and
    /// their number.
    let yearCount: Int
    let yearFirst: UnsafeMutablePointer<Int>
    let yearLast: UnsafeMutablePointer<Int>
    let yearMonths: UnsafeMutablePointer<Double>
    /// Management years (12 managed months each, the last one possibly shorter).
    let managementYears: Int
    /// The parts of management years within one calendar year, in month order.
    let partCount: Int
    let parts: UnsafeMutablePointer<YearPart>
    /// Σ of the discount factors over the managed months.
    let managedDiscount: Double
    /// Per service, the ramp length the weights below were worked out for.
    let rampMonths: (Int, Int, Int, Int)
    /// Per service, ``rampWeightCount`` numbers: see ``weighRamp(months:into:series:)``.
    let rampWeights: UnsafeMutablePointer<Double>
    /// The blocks worked out on every evaluation; the others are in ``fixed`` and
    /// ``fixedProfit``, and their months in the series the plan was made with.
    public let varying: AreaBlocks
    let fixed: UnsafeMutablePointer<AreaSums>
    let fixedProfit: UnsafeMutablePointer<Double>
    /// Each role's headcount, used while ``staffing`` does not vary.
    let headcounts: AreaEngine.Headcounts
    /// The uncollected fees month by month, when the offset varies and the collection does not.
    let uncollected: UncollectedFees

    /// Months of management year `managementYear` within calendar year `calendarYear` (0-based).
    struct YearPart {
        var managementYear: Int
        var calendarYear: Int
        var months: Double
        /// Σ of the discount factors over those months.
        var discount: Double
    }

    /// - Parameters:
    ///   - facts: the area's totals and takeover month t0 (in 1…T).
    ///   - startMonth: the calendar month (1…12) of t = 1.
    ///   - parameters: the area's parameters, from which the blocks not in `varying` are
    ///     worked out, and whose service ramps are weighed in advance.
    ///   - varying: the blocks to work out on every evaluation (``AreaBlocks/all`` when any
    ///     parameter may change). A varying collection makes the offset vary too.
    ///   - series: the district series the area will be added to; the months of the blocks
    ///     not in `varying` are added to it now, once.
    public init(facts: AreaFacts, startMonth: Int, parameters p: borrowing AreaParameters, varying: AreaBlocks,
                series: DistrictSeries) {
        let T = series.months, t0 = facts.takeoverIndex
        precondition(t0 >= 1 && t0 <= T)
        self.facts = facts
        var own = copy p
        own.subsidyPerHousehold.years = p.subsidyPerHousehold.years.map { $0 }
        own.subsidyPerM2.years = p.subsidyPerM2.years.map { $0 }
        ownParameters = .allocate(capacity: 1)
        ownParameters.initialize(to: own)
        takeover = t0
        managed = T - t0 + 1
        func year(_ t: Int) -> Int { (startMonth - 1 + t - 1) / 12 }
        firstYear = year(t0)
        yearCount = year(T) - firstYear + 1
        yearFirst = .allocate(capacity: yearCount)
        yearLast = .allocate(capacity: yearCount)
        let lanes = YearLanes.padded(yearCount)
        yearMonths = .allocate(capacity: lanes)
        yearMonths.initialize(repeating: 0, count: lanes)
        for j in 0..<yearCount {
            // t of the year's January and December, clipped to the managed months.
            let january = 12 * (firstYear + j) - (startMonth - 1) + 1
            let first = Swift.max(january, t0), last = Swift.min(january + 11, T)
            yearFirst[j] = first - t0 + 1
            yearLast[j] = last - t0 + 1
            yearMonths[j] = Double(last - first + 1)
        }
        managementYears = (managed + 11) / 12
        var parts: [YearPart] = []
        for k in 0..<managementYears {
            let first = 12 * k + 1, last = Swift.min(12 * k + 12, managed)
            for j in 0..<yearCount {
                let lo = Swift.max(first, yearFirst[j]), hi = Swift.min(last, yearLast[j])
                guard lo <= hi else { continue }
                parts.append(YearPart(managementYear: k, calendarYear: j, months: Double(hi - lo + 1),
                                      discount: series.discountSum[t0 - 1 + hi] - series.discountSum[t0 - 2 + lo]))
            }
        }
        partCount = parts.count
        self.parts = .allocate(capacity: parts.count)
        self.parts.initialize(from: parts, count: parts.count)
        managedDiscount = series.discountSum[T] - series.discountSum[t0 - 1]
        let s = p.services
        rampMonths = (s.housekeeping.rampMonths, s.repair.rampMonths, s.brokerage.rampMonths, s.parcel.rampMonths)
        rampWeights = .allocate(capacity: 4 * (2 + lanes))
        rampWeights.initialize(repeating: 0, count: 4 * (2 + lanes))
        fixedProfit = .allocate(capacity: lanes)
        fixedProfit.initialize(repeating: 0, count: lanes)
        var varying = varying.contains(.collection) ? varying.union(.offset) : varying
        if varying.contains(.offset) && !varying.contains(.collection) {
            uncollected = UncollectedFees(facts: facts, parameters: p, managed: managed, takeover: t0, series: series)
            // The shortcut needs fees that never rise back; otherwise work the fees out whole.
            if !uncollected.isNonincreasing { varying.insert(.collection) }
        } else {
            uncollected = UncollectedFees()
        }
        self.varying = varying
        headcounts = withUnsafePointer(to: p) { AreaEngine.headcounts(facts, $0) }
        fixed = .allocate(capacity: 1)
        fixed.initialize(to: AreaSums())
        for (k, months) in [rampMonths.0, rampMonths.1, rampMonths.2, rampMonths.3].enumerated() {
            weighRamp(months: months, into: rampWeights + k * rampWeightCount, series: series)
        }
        AreaEngine.addBlocks(.all.subtracting(varying), facts, ownParameters, plan: self, into: series,
                             profit: fixedProfit, sums: &fixed.pointee)
    }

    deinit {
        ownParameters.deinitialize(count: 1)
        ownParameters.deallocate()
        fixed.deallocate()
        yearFirst.deallocate()
        yearLast.deallocate()
        yearMonths.deallocate()
        parts.deallocate()
        rampWeights.deallocate()
        fixedProfit.deallocate()
        uncollected.deallocate()
    }

    /// The area's own parameters. A sweep changes them through ``set(_:in:)``; the blocks
    /// outside ``varying`` keep the values the plan was made with.
    public var parameters: AreaParameters {
        get { ownParameters.pointee }
        set { ownParameters.pointee = newValue }
    }

    /// Sets one parameter of the area's own copy (an integer parameter takes `x` rounded half
    /// away from zero). Inlinable: a sweep calls it for every swept value of every area.
    @inlinable
    public func set(_ x: Double, in slot: ParameterSlot) {
        slot.set(x, in: ownParameters)
    }

    /// Adds the area, with its parameters as they are now, to `series`
    /// (``AreaEngine``'s closed form; see `accumulate` there).
    ///
    /// - Complexity: O(calendar years + management years); no allocation.
    @inline(__always)
    public func accumulate(into series: DistrictSeries) {
        AreaEngine.accumulate(plan: self, sharing: nil, into: series)
    }

    /// ``accumulate(into:)`` reading the fees from `curve`, which areas with the same
    /// collection and mediation parameters share: the curve is worked out again only when the
    /// area's parameters differ from those it holds, so areas that agree should share one.
    /// The result is the same up to rounding.
    ///
    /// - Complexity: O(calendar years + management years), plus O(T) when the curve is worked out.
    @inline(__always)
    public func accumulate(into series: DistrictSeries, sharing curve: CollectionCurve) {
        AreaEngine.accumulate(plan: self, sharing: curve, into: series)
    }

    /// Numbers per service in ``rampWeights``: the calendar years padded (``YearLanes``).
    var rampWeightCount: Int { 2 + YearLanes.padded(yearCount) }

    /// The weights of a service ramp of `months` months, r(m) = min(1, m / max(months, 1)):
    /// into `out`, its sum over the managed months, its present value Σ r(m) d_t, and its sum
    /// over each calendar year's managed months, then zeros up to ``rampWeightCount``.
    ///
    /// - Complexity: O(calendar years).
    func weighRamp(months: Int, into out: UnsafeMutablePointer<Double>, series: DistrictSeries) {
        let R = Swift.max(months, 1), perMonth = 1 / Double(R), shift = takeover - 1
        /// Σ r(m) over m = a…b, and its present value.
        func weigh(_ a: Int, _ b: Int) -> (sum: Double, value: Double) {
            var sum = 0.0, value = 0.0
            if a <= R {
                let l = Swift.min(b, R)
                sum += Double(a + l) * Double(l - a + 1) / 2 * perMonth
                value += perMonth * series.presentValue(first: shift + a, last: shift + l, value: Double(a), slope: 1)
            }
            let c = Swift.max(a, R + 1)
            if c <= b {
                sum += Double(b - c + 1)
                value += series.presentValue(first: shift + c, last: shift + b, value: 1, slope: 0)
            }
            return (sum, value)
        }
        let whole = weigh(1, managed)
        out[0] = whole.sum
        out[1] = whole.value
        for j in 0..<yearCount { out[2 + j] = weigh(yearFirst[j], yearLast[j]).sum }
        for j in yearCount..<YearLanes.padded(yearCount) { out[2 + j] = 0 }
    }
}

/// Sums over an area's managed months of the blocks added so far.
struct AreaSums {
    var npv = 0.0
    /// Cash before government money, capital spending and income tax: own revenue less
    /// operating costs, VAT and surcharges.
    var before = 0.0
    /// Operating costs: staff, other operating costs, mediation, services.
    var operating = 0.0
    var subsidy = 0.0
    var capex = 0.0
}

/// An area's uncollected fees u(m) = billed − fee income in each managed month, with their
/// running sums and present values, for an offset whose cap moves while the collection does
/// not: the offset min(cap, u(m)) is then the cap until the month u falls below it, and u after.
struct UncollectedFees {
    /// u(m) at index m = 1…M.
    let values: UnsafeMutablePointer<Double>
    /// Σ u(i) and Σ u(i) d_t over i = 1…m, at index m = 0…M.
    let sums: UnsafeMutablePointer<Double>
    let presentValues: UnsafeMutablePointer<Double>
    /// u as straight pieces (first and last managed month, value at the first, slope).
    let pieces: UnsafeMutablePointer<(first: Int, last: Int, value: Double, slope: Double)>
    let pieceCount: Int
    /// What is left of fees after VAT and surcharges.
    let keep: Double
    let isNonincreasing: Bool

    /// None: for plans whose offset is worked out with the collection or not at all.
    init() {
        values = .allocate(capacity: 1)
        sums = .allocate(capacity: 1)
        presentValues = .allocate(capacity: 1)
        pieces = .allocate(capacity: 1)
        pieceCount = 0
        keep = 0
        isNonincreasing = false
    }

    init(facts: AreaFacts, parameters p: borrowing AreaParameters, managed M: Int, takeover t0: Int,
         series: DistrictSeries) {
        values = .allocate(capacity: M + 1)
        sums = .allocate(capacity: M + 1)
        presentValues = .allocate(capacity: M + 1)
        values[0] = .infinity
        sums[0] = 0
        presentValues[0] = 0
        var falling = true
        let collection = Collection(p, floorArea: facts.floorArea)
        for m in 1...M {
            values[m] = collection.uncollected(m)
            sums[m] = sums[m - 1] + values[m]
            presentValues[m] = presentValues[m - 1] + values[m] * series.discount[t0 - 1 + m]
            if values[m] > values[m - 1] { falling = false }
        }
        isNonincreasing = falling
        // Straight between the bends of the collection.
        let bounds = UnsafeMutablePointer<Int>.allocate(capacity: DistrictSeries.boundaryCapacity)
        defer { bounds.deallocate() }
        let bends = collection.bends(managed: M, into: bounds)
        pieceCount = bends + 1
        pieces = .allocate(capacity: pieceCount)
        for i in 0...bends {
            let first = i == 0 ? 1 : bounds[i - 1], last = i == bends ? M : bounds[i] - 1
            let slope = last > first ? (values[last] - values[first]) / Double(last - first) : 0
            pieces[i] = (first, last, values[first], slope)
        }
        keep = 1 - p.vatFee / (1 + p.vatFee) * (1 + p.surchargeRate)
    }

    func deallocate() {
        values.deallocate()
        sums.deallocate()
        presentValues.deallocate()
        pieces.deallocate()
    }
}
