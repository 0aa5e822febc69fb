/// Why `allocate` cannot divide a pool.
public enum AllocationError: Error, Equatable, Sendable {
    /// Every area's weight is 0 under the method, so no area can take a share.
    case noEligibleArea(method: AllocationMethod, reason: String)
    /// The pool covers every gap, and the rest has no area with a score to go to.
    case surplusWithoutScores(pool: Double, gaps: Double)
}

extension AllocationError: CustomStringConvertible {
    /// The problem with its values and a fix.
    public var description: String {
        switch self {
        case let .noEligibleArea(method, reason):
            return "no area can take a share of the pool under --method \(method.rawValue): \(reason)"
        case let .surplusWithoutScores(pool, gaps):
            return "the pool (\(pool)) covers every area's gap (\(gaps) in all), and the rest (\(pool - gaps)) "
                + "goes by score, but no area has a score above 0 at or above --min-score; "
                + "give areas a score, lower --min-score, or lower --pool to \(gaps)"
        }
    }
}
