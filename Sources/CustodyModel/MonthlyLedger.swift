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
    /// Per calendar year: pre-tax profit, then losses still available to carry forward.
    let yearProfit: UnsafeMutablePointer<Double>
    let yearLoss: UnsafeMutablePointer<Double>
    let yearManaged: UnsafeMutablePointer<Bool>

    /// - Parameters:
    ///   - months: the horizon T (≥ 1).
    ///   - startMonth: the calendar month (1…12) of t = 1.
    public init(months: Int, startMonth: Int) {
        precondition(months >= 1 && (1...12).contains(startMonth))
        self.months = months
        years = (startMonth - 1 + months - 1) / 12 + 1
        let count = MonthlyLine.allCases.count * months
        storage = .allocate(capacity: count)
        storage.initialize(repeating: 0, count: count)
        yearProfit = .allocate(capacity: years)
        yearProfit.initialize(repeating: 0, count: years)
        yearLoss = .allocate(capacity: years)
        yearLoss.initialize(repeating: 0, count: years)
        yearManaged = .allocate(capacity: years)
        yearManaged.initialize(repeating: false, count: years)
    }

    deinit {
        storage.deallocate()
        yearProfit.deallocate()
        yearLoss.deallocate()
        yearManaged.deallocate()
    }

    /// The value of `line` in month `t` (1-based).
    public subscript(line: MonthlyLine, t: Int) -> Double {
        storage[line.rawValue * months + t - 1]
    }

    /// The months 1…T of one line, read-only.
    public func column(_ line: MonthlyLine) -> UnsafeBufferPointer<Double> {
        UnsafeBufferPointer(start: storage + line.rawValue * months, count: months)
    }

    /// Base pointer of a line, at month 1.
    @inline(__always)
    func base(_ line: MonthlyLine) -> UnsafeMutablePointer<Double> {
        storage + line.rawValue * months
    }
}
