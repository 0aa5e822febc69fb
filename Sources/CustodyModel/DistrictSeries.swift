import Foundation

/// A district's monthly net cash flow and totals, summed from its areas by
/// ``AreaPlan/accumulate(into:)``.
///
/// An area's lines are straight between a few months (the ends of the ramps, the turn of a
/// calendar or management year), so an area adds each straight piece as a change of level and
/// slope, plus the amounts of single months (start-up grant, reward, capital spending, income
/// tax): the cost of an area does not grow with the horizon. ``lowestCumulativeCash()`` sums
/// them back into months once for the whole district. Not shared between threads.
public final class DistrictSeries {
    /// Horizon T.
    public let months: Int
    /// Calendar years the horizon touches.
    let years: Int
    /// (1 + discount_rate)^(−t/12) at index t = 1…T, the same factors as ``MonthlyLedger``'s.
    let discount: UnsafeMutablePointer<Double>
    /// Σ d_τ and Σ τ d_τ over τ = 1…t at index t = 0…T, for present values of straight pieces.
    let discountSum: UnsafeMutablePointer<Double>
    let weightedDiscountSum: UnsafeMutablePointer<Double>
    /// Second differences of the straight pieces at index t = 1…T + 1 (every piece runs to
    /// month T: an area's lines go on to the horizon).
    let curvature: UnsafeMutablePointer<Double>
    /// Amounts of single months at index t = 1…T.
    let impulses: UnsafeMutablePointer<Double>
    /// Income tax of each calendar year that areas have added and that is not yet in the
    /// month settling it (``settleTaxes()``): every area settles a calendar year's tax in the
    /// same month, its December or T, so the areas' taxes are summed first and placed once.
    let yearTax: UnsafeMutablePointer<Double>
    /// The month t settling each calendar year's income tax.
    let settlement: UnsafeMutablePointer<Int>
    /// Scratch for one area: profit and unused loss of each calendar year, piece boundaries
    /// and ramp weights (the profit and the weights padded for ``YearLanes``).
    let yearProfit: UnsafeMutablePointer<Double>
    let yearLoss: UnsafeMutablePointer<Double>
    let boundaries: UnsafeMutablePointer<Int>
    let rampScratch: UnsafeMutablePointer<Double>
    /// The collection bends at most twice (``Collection/bends(managed:into:)``).
    static let boundaryCapacity = 2

    /// Totals over the areas added (behind a pointer: the engine adds to them for every area,
    /// and a class's stored variable would be checked for exclusive access on each).
    let sums: UnsafeMutablePointer<Totals>

    /// Sums over the areas added and their managed months.
    public struct Totals: Sendable {
        /// Present value and sum of the net cash flow.
        public var npv = 0.0, net = 0.0
        /// Government money.
        public var subsidy = 0.0
        /// Own revenue less VAT and surcharges: the numerator of self-sufficiency.
        public var ownNet = 0.0
        /// Operating costs and capital spending: its denominator.
        public var costs = 0.0
    }

    /// The totals of the areas added so far.
    public var totals: Totals {
        settleTaxes()
        return sums.pointee
    }

    /// - Parameters:
    ///   - months: the horizon T (≥ 1).
    ///   - startMonth: the calendar month (1…12) of t = 1.
    ///   - discountRate: the annual rate of the NPV.
    public init(months: Int, startMonth: Int, discountRate: Double) {
        precondition(months >= 1 && (1...12).contains(startMonth))
        self.months = months
        years = (startMonth - 1 + months - 1) / 12 + 1
        discount = .allocate(capacity: months + 1)
        discountSum = .allocate(capacity: months + 1)
        weightedDiscountSum = .allocate(capacity: months + 1)
        let monthly = pow(1 + discountRate, -1.0 / 12)
        discount[0] = 0
        discountSum[0] = 0
        weightedDiscountSum[0] = 0
        for t in 1...months {
            discount[t] = pow(monthly, Double(t))
            discountSum[t] = discountSum[t - 1] + discount[t]
            weightedDiscountSum[t] = weightedDiscountSum[t - 1] + Double(t) * discount[t]
        }
        curvature = .allocate(capacity: months + 2)
        curvature.initialize(repeating: 0, count: months + 2)
        impulses = .allocate(capacity: months + 1)
        impulses.initialize(repeating: 0, count: months + 1)
        yearTax = .allocate(capacity: years)
        yearTax.initialize(repeating: 0, count: years)
        settlement = .allocate(capacity: years)
        for y in 0..<years { settlement[y] = Swift.min(12 * (y + 1) - (startMonth - 1), months) }
        let lanes = YearLanes.padded(years)
        yearProfit = .allocate(capacity: lanes)
        yearProfit.initialize(repeating: 0, count: lanes)
        yearLoss = .allocate(capacity: years)
        yearLoss.initialize(repeating: 0, count: years)
        boundaries = .allocate(capacity: Self.boundaryCapacity)
        boundaries.initialize(repeating: 0, count: Self.boundaryCapacity)
        rampScratch = .allocate(capacity: 2 + lanes)
        rampScratch.initialize(repeating: 0, count: 2 + lanes)
        sums = .allocate(capacity: 1)
        sums.initialize(to: Totals())
    }

    deinit {
        for p in [discount, discountSum, weightedDiscountSum, curvature, impulses, yearTax, yearProfit, yearLoss, rampScratch] {
            p.deallocate()
        }
        settlement.deallocate()
        boundaries.deallocate()
        sums.deallocate()
    }

    /// Forgets every area added.
    public func clear() {
        curvature.update(repeating: 0, count: months + 2)
        impulses.update(repeating: 0, count: months + 1)
        yearTax.update(repeating: 0, count: years)
        sums.pointee = Totals()
    }

    /// Makes this series equal to `other` (same horizon): the areas it holds, and nothing else.
    public func reset(to other: DistrictSeries) {
        precondition(other.months == months)
        curvature.update(from: other.curvature, count: months + 2)
        impulses.update(from: other.impulses, count: months + 1)
        yearTax.update(from: other.yearTax, count: years)
        sums.pointee = other.sums.pointee
    }

    /// The district's net cash flow of months 1…T, into `flows` (T elements).
    public func netCashFlow(into flows: UnsafeMutableBufferPointer<Double>) {
        precondition(flows.count == months)
        settleTaxes()
        var slope = 0.0, level = 0.0
        for t in 1...months {
            slope += curvature[t]
            level += slope
            flows[t - 1] = level + impulses[t]
        }
    }

    /// The lowest month of the district's cumulative cash (MODEL §7, `min_cumulative_cash`).
    ///
    /// - Complexity: O(T).
    public func lowestCumulativeCash() -> Double {
        settleTaxes()
        var slope = 0.0, level = 0.0, cumulative = 0.0, lowest = Double.infinity
        for t in 1...months {
            slope += curvature[t]
            level += slope
            cumulative += level + impulses[t]
            lowest = Swift.min(lowest, cumulative)
        }
        return lowest
    }

    /// Places the income tax in ``yearTax`` in its settlement months, and its present value
    /// in the totals.
    func settleTaxes() {
        for y in 0..<years where !yearTax[y].isZero {
            let t = settlement[y]
            impulses[t] -= yearTax[y]
            sums.pointee.npv -= yearTax[y] * discount[t]
            yearTax[y] = 0
        }
    }

    /// Adds the straight piece `value + slope × (t − first)` over months first…last, after a
    /// piece that ended at month first − 1 with `previousEnd` and slope `previousSlope`
    /// (0 and 0 when it is the area's first).
    ///
    /// Written as second differences: the step from the previous piece's end to this piece's
    /// start, then the change of slope.
    @inline(__always)
    func addPiece(first: Int, last: Int, value: Double, slope: Double,
                  previousEnd: Double, previousSlope: inout Double) {
        let step = value - previousEnd
        curvature[first] += step - previousSlope
        if last > first {
            curvature[first + 1] += slope - step
            previousSlope = slope
        } else {
            previousSlope = step
        }
    }

    /// Present value of `value + slope × (t − first)` over months first…last.
    @inline(__always)
    func presentValue(first: Int, last: Int, value: Double, slope: Double) -> Double {
        let d0 = discountSum[last] - discountSum[first - 1]
        let d1 = weightedDiscountSum[last] - weightedDiscountSum[first - 1]
        return value * d0 + slope * (d1 - Double(first) * d0)
    }
}
