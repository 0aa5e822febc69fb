import Foundation
import GSL

/// The annual internal rate of return of a monthly cash flow (MODEL §6).
///
/// Solves Σ_t cf_t × (1 + i)^(−t/12) = 0 for i. The sum is evaluated at 2001 points with 1 + i
/// log-spaced from 0.01 to 101; each sign change between neighbours is refined with GSL's Brent
/// solver, and of several roots the one closest to the discount rate wins (the lower on a tie).
///
/// One solver owns one GSL root finder and is reused across areas; it is not thread-safe.
public final class IRRSolver {
    /// 1 + i at the grid points: 0.01 × 10100^(j / 2000), j = 0…2000.
    private static let gridGrowth: [Double] = (0...2000).map { 0.01 * pow(10100, Double($0) / 2000) }
    /// The monthly discount factor (1 + i)^(−1/12) at each grid point.
    private static let gridFactor: [Double] = gridGrowth.map { pow($0, -1.0 / 12) }

    private var flows = UnsafeBufferPointer<Double>(start: nil, count: 0)
    private var finder: RootFinder!
    private var values: [Double] = Array(repeating: 0, count: IRRSolver.gridGrowth.count)

    public init() {
        finder = RootFinder { [unowned self] rate in
            Self.presentValue(self.flows, factor: pow(1 + rate, -1.0 / 12))
        }
    }

    /// The annual IRR of `flows` (month t = 1…T at index t − 1), or nil when the sum has no root
    /// in (−0.99, 100], or when every flow is 0 (every rate is then a root, and none means
    /// anything: the CSV cell is empty).
    ///
    /// - Complexity: O(2001 × T) for the scan, plus a Brent solve per sign change.
    public func annualRate(of flows: UnsafeBufferPointer<Double>, near discountRate: Double) -> Double? {
        guard flows.contains(where: { $0 != 0 }) else { return nil }
        self.flows = flows
        defer { self.flows = UnsafeBufferPointer(start: nil, count: 0) }
        let growth = Self.gridGrowth
        Self.gridFactor.withUnsafeBufferPointer { factors in
            for j in factors.indices { values[j] = Self.presentValue(flows, factor: factors[j]) }
        }
        var best: Double?
        func consider(_ rate: Double) {
            guard let current = best else { best = rate; return }
            let d = abs(rate - discountRate), dBest = abs(current - discountRate)
            if d < dBest || (d == dBest && rate < current) { best = rate }
        }
        for j in values.indices {
            if values[j] == 0 { consider(growth[j] - 1); continue }
            guard j + 1 < values.count, values[j + 1] != 0, (values[j] < 0) != (values[j + 1] < 0) else { continue }
            if let solution = try? finder.solve(in: (growth[j] - 1)...(growth[j + 1] - 1)) {
                consider(solution.root)
            }
        }
        return best
    }

    /// Σ_t cf_t × v^t by Horner's rule, v the monthly discount factor.
    @inline(__always)
    private static func presentValue(_ flows: UnsafeBufferPointer<Double>, factor v: Double) -> Double {
        var sum = 0.0
        var i = flows.count
        while i > 0 {
            i -= 1
            sum = (sum + flows[i]) * v
        }
        return sum
    }
}
