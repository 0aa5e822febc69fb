/// The collection of MODEL §5 month by month, for managed months m = 1…T, with running sums:
/// what the areas whose collection parameters agree have in common, so that a sweep works it
/// out once per sample and each area reads its fees from it (``AreaPlan/accumulate(into:sharing:)``).
///
/// An area's fee income in managed month m is billed × g(m), with g = c + recovery × x the
/// share collected (c the base collection, x the excess over the mediation threshold); neither
/// depends on the area. Its uncollected fees are billed × u(m), u = 1 − g. Sums of g and x
/// over any run of months, and their present values, are differences of running sums here
/// (those of u follow: m − Σ g, and Σ d − Σ g d).
/// Present values are taken from managed month 1: an area taken over in month t0 multiplies
/// them by the discount factor of month t0 − 1, since d(t0 − 1 + m) = d(t0 − 1) × d(m).
///
/// Not shared between threads.
public final class CollectionCurve {
    let months: Int
    /// At index m = 0…T: g(m) and x(m) (0 at m = 0), their running sums over 1…m, the
    /// running sums of their products with d(m), and d(m) itself (d(0) = 1) with its running sum.
    let collected, excess: UnsafeMutablePointer<Double>
    let collectedSum, excessSum: UnsafeMutablePointer<Double>
    let collectedValue, excessValue: UnsafeMutablePointer<Double>
    let discount, discountSum: UnsafeMutablePointer<Double>
    /// The eight arrays above, one after the other.
    private let storage: UnsafeMutablePointer<Double>
    /// The months in 2…T that start a new straight piece of g and x (at most two), which give
    /// the turns below; storage of the curve's own, as `build` runs once per sample.
    private let bends: UnsafeMutablePointer<Int>
    private var bendCount = 0
    /// The months where the second differences y(m) − 2y(m − 1) + y(m − 2) of g and x may be
    /// other than 0 (with y(0) = y(−1) = 0): 1, 2, and each bend b and b + 1, up to T, in
    /// increasing order; and those second differences.
    let turns: UnsafeMutablePointer<Int>
    let collectedTurn, excessTurn: UnsafeMutablePointer<Double>
    private(set) var turnCount = 0
    private static let turnCapacity = 2 + 2 * DistrictSeries.boundaryCapacity
    /// Whether u never rises from one month to the next (g never falls): the offset
    /// min(cap, billed × u) is then the cap over a first run of months and u after, whatever
    /// the area.
    private(set) var isNonincreasing = false
    /// The parameters the curve was worked out for; nil before the first.
    private var key: Key?

    private struct Key: Equatable {
        var start, target: Double
        var rampMonths: Int
        var threshold, recovery: Double
    }

    /// Whether a change of `spec`'s value changes the curve (and not only what an area bills).
    public static func isMoved(by spec: ParameterSpec) -> Bool {
        let shape: Set<AnyKeyPath> = [\AreaParameters.collectionStart, \AreaParameters.collectionTarget,
                                      \AreaParameters.collectionRampMonths, \AreaParameters.mediationThreshold,
                                      \AreaParameters.mediationRecovery]
        return shape.contains(spec.keyPath)
    }

    /// An empty curve on the horizon and discount factors of `series`.
    public init(series: DistrictSeries) {
        months = series.months
        let count = months + 1
        storage = .allocate(capacity: 8 * count)
        storage.initialize(repeating: 0, count: 8 * count)
        (collected, excess) = (storage, storage + count)
        (collectedSum, excessSum) = (storage + 2 * count, storage + 3 * count)
        (collectedValue, excessValue) = (storage + 4 * count, storage + 5 * count)
        (discount, discountSum) = (storage + 6 * count, storage + 7 * count)
        discount[0] = 1
        for t in 1...months {
            discount[t] = series.discount[t]
            discountSum[t] = series.discountSum[t]
        }
        bends = .allocate(capacity: DistrictSeries.boundaryCapacity)
        bends.initialize(repeating: 0, count: DistrictSeries.boundaryCapacity)
        turns = .allocate(capacity: Self.turnCapacity)
        turns.initialize(repeating: 0, count: Self.turnCapacity)
        collectedTurn = .allocate(capacity: Self.turnCapacity)
        collectedTurn.initialize(repeating: 0, count: Self.turnCapacity)
        excessTurn = .allocate(capacity: Self.turnCapacity)
        excessTurn.initialize(repeating: 0, count: Self.turnCapacity)
    }

    deinit {
        storage.deallocate()
        bends.deallocate()
        turns.deallocate()
        collectedTurn.deallocate()
        excessTurn.deallocate()
    }

    /// Works the curve out for `p`'s collection and mediation parameters, unless it already
    /// holds them.
    ///
    /// - Returns: ``isNonincreasing``.
    /// - Complexity: O(T) when the parameters changed, O(1) otherwise.
    @inline(__always)
    func prepare(_ p: UnsafePointer<AreaParameters>) -> Bool {
        let key = Key(start: p.pointee.collectionStart, target: p.pointee.collectionTarget,
                      rampMonths: p.pointee.collectionRampMonths, threshold: p.pointee.mediationThreshold,
                      recovery: p.pointee.mediationRecovery)
        if key != self.key {
            build(Collection(p.pointee, floorArea: 0))   // billed is not read
            self.key = key
        }
        return isNonincreasing
    }

    private func build(_ collection: Collection) {
        var falling = true
        for m in 1...months {
            // g as the month loop computes its factor of billed: c + recovery × x.
            let (c, x) = collection.excess(m)
            let g = c + collection.recovery * x
            collected[m] = g
            excess[m] = x
            collectedSum[m] = collectedSum[m - 1] + g
            excessSum[m] = excessSum[m - 1] + x
            collectedValue[m] = collectedValue[m - 1] + g * discount[m]
            excessValue[m] = excessValue[m - 1] + x * discount[m]
            if m > 1 && g < collected[m - 1] { falling = false }
        }
        isNonincreasing = falling
        bendCount = collection.bends(managed: months, into: bends)
        // Bends are increasing and at least 2, so the months come in order; a month is kept once.
        turnCount = 0
        addTurn(1)
        addTurn(2)
        for i in 0..<bendCount {
            addTurn(bends[i])
            addTurn(bends[i] + 1)
        }
    }

    private func addTurn(_ s: Int) {
        guard s <= months && (turnCount == 0 || turns[turnCount - 1] < s) else { return }
        turns[turnCount] = s
        collectedTurn[turnCount] = collected[s] - 2 * collected[s - 1] + (s >= 2 ? collected[s - 2] : 0)
        excessTurn[turnCount] = excess[s] - 2 * excess[s - 1] + (s >= 2 ? excess[s - 2] : 0)
        turnCount += 1
    }
}
