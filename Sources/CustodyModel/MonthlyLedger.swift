import Foundation

/// Reusable storage for one area's monthly lines over the horizon, plus the engine's scratch.
///
/// Allocated once per horizon and reused for every evaluation, so that the engine's loop never
/// allocates. Not shared between threads: each worker owns its ledger.
public final class MonthlyLedger {
    /// Horizon T.
    public let months: Int
    /// Calendar years the horizon touches (for corporate income tax).
    let years: Int
    /// Column-major: line `l`, month `t` (1-based) at `l × months + t − 1`.
    private let storage: UnsafeMutablePointer<Double>
    /// Per calendar year, the part of its tax loss still available to carry forward.
    let yearLoss: UnsafeMutablePointer<Double>
    /// The sums the engine keeps while it fills the lines, for ``AreaMetrics``.
    var totals = Totals()

    /// Operating subsidy per month of each management year, for the engine.
    let managementYearSubsidy: UnsafeMutablePointer<Double>
    /// (1 + discount_rate)^(−t/12) for t = 1…T.
    let discountFactors: UnsafeMutablePointer<Double>

    /// Sums over the managed months of the last simulation.
    struct Totals {
        var ownRevenue = 0.0
        var subsidy = 0.0
        var costs = 0.0
        var indirectTaxes = 0.0
        var incomeTax = 0.0
        var net = 0.0
        var npv = 0.0
        var minCumulativeCash = 0.0
        var paybackMonth: Int?
        var steadyNet = 0.0
    }

    /// - Parameters:
    ///   - months: the horizon T (≥ 1).
    ///   - startMonth: the calendar month (1…12) of t = 1.
    ///   - discountRate: the annual rate r of the NPV; month t is discounted by (1 + r)^(−t/12).
    public init(months: Int, startMonth: Int, discountRate: Double) {
        precondition(months >= 1 && (1...12).contains(startMonth))
        self.months = months
        years = (startMonth - 1 + months - 1) / 12 + 1
        let count = Self.lineCount * months
        storage = .allocate(capacity: count)
        storage.initialize(repeating: 0, count: count)
        yearLoss = .allocate(capacity: years)
        yearLoss.initialize(repeating: 0, count: years)
        managementYearSubsidy = .allocate(capacity: (months + 11) / 12)
        managementYearSubsidy.initialize(repeating: 0, count: (months + 11) / 12)
        discountFactors = .allocate(capacity: months)
        let monthly = pow(1 + discountRate, -1.0 / 12)
        for t in 1...months { (discountFactors + t - 1).initialize(to: pow(monthly, Double(t))) }
    }

    deinit {
        storage.deallocate()
        yearLoss.deallocate()
        managementYearSubsidy.deallocate()
        discountFactors.deallocate()
    }

    /// The value of `line` in month `t` (1-based).
    public subscript(line: MonthlyLine, t: Int) -> Double {
        storage[line.rawValue * months + t - 1]
    }

    /// The months 1…T of one line, read-only.
    public func column(_ line: MonthlyLine) -> UnsafeBufferPointer<Double> {
        UnsafeBufferPointer(start: storage + line.rawValue * months, count: months)
    }

    /// Sets every line of months 1 ..< t to 0.
    func clearMonths(before t: Int) {
        for line in 0..<Self.lineCount { (storage + line * months).update(repeating: 0, count: t - 1) }
    }

    /// Base pointer of a line, at month 1.
    @inline(__always)
    func base(_ line: MonthlyLine) -> UnsafeMutablePointer<Double> {
        storage + line.rawValue * months
    }

    /// Number of lines, without materialising `allCases` on every call.
    private static let lineCount = MonthlyLine.allCases.count
}
