import GSL

/// Finds where a metric of one number crosses zero, by GSL's Brent solver, and counts the
/// metric's evaluations (model runs, when the metric runs the model).
///
/// The tolerance is MODEL §7's: stop when the bracket is narrower than 1e-10 + 1e-10 × |x|
/// (`gsl_root_test_interval(lo, hi, 1e-10, 1e-10)`), after at most 200 iterations.
///
/// One solver owns one ``RootFinder`` and reuses it for every solve, so a loop of solves
/// allocates nothing per solve or per iteration; change what the metric closure reads between
/// solves (e.g. the area it runs) rather than making a solver per solve.
///
/// ```swift
/// let solver = ZeroCrossingSolver { x in 2 * x - 1 }
/// solver.solve(in: 0...1).root   // 0.5
/// ```
public final class ZeroCrossingSolver {
    public static let absoluteTolerance = 1e-10
    public static let relativeTolerance = 1e-10
    public static let maxIterations = 200

    private let metric: (Double) -> Double
    /// The metric at the two ends of the current solve, so that the finder does not run the
    /// model for them again.
    private var knownEnds: (lower: Double, fLower: Double, upper: Double, fUpper: Double)?
    private lazy var finder = RootFinder { [unowned self] x in self.valueReusingEnds(at: x) }

    /// Evaluations of the metric since the solver was made.
    public private(set) var evaluations = 0

    /// - Parameter metric: the function whose zero is sought; called only from this solver's
    ///   methods, on the caller's thread.
    public init(metric: @escaping (Double) -> Double) {
        self.metric = metric
    }

    /// The metric at `x`, counted as one evaluation.
    public func evaluate(_ x: Double) -> Double {
        evaluations += 1
        return metric(x)
    }

    /// Solves metric(x) = 0 on `bracket`, evaluating both ends first.
    ///
    /// - Complexity: At most 202 evaluations of the metric.
    public func solve(in bracket: ClosedRange<Double>) -> ZeroCrossing {
        let fLower = evaluate(bracket.lowerBound)
        let fUpper = evaluate(bracket.upperBound)
        return solve(in: bracket, fLower: fLower, fUpper: fUpper)
    }

    /// Solves metric(x) = 0 on `bracket` whose end values are already known (they are not
    /// evaluated again).
    ///
    /// An end where the metric is exactly 0 is the root, with 0 iterations. A NaN or infinite
    /// end value is `did-not-converge` (Brent cannot interpolate through it).
    ///
    /// - Complexity: At most 200 evaluations of the metric.
    public func solve(in bracket: ClosedRange<Double>, fLower: Double, fUpper: Double) -> ZeroCrossing {
        var result = ZeroCrossing(status: .noSignChange, root: nil, finalBracket: bracket, iterations: 0,
                                  metricAtLower: fLower, metricAtUpper: fUpper)
        guard fLower.isFinite, fUpper.isFinite else {
            result.status = .didNotConverge
            return result
        }
        if (fLower > 0 && fUpper > 0) || (fLower < 0 && fUpper < 0) { return result }
        knownEnds = (bracket.lowerBound, fLower, bracket.upperBound, fUpper)
        defer { knownEnds = nil }
        do {
            let solution = try finder.solve(in: bracket,
                                            absoluteTolerance: Self.absoluteTolerance,
                                            relativeTolerance: Self.relativeTolerance,
                                            maxIterations: Self.maxIterations)
            result.status = .ok
            result.root = solution.root
            result.finalBracket = solution.bracket
            result.iterations = solution.iterations
        } catch RootFinderError.maxIterationsExceeded(let last) {
            result.status = .didNotConverge
            result.finalBracket = last
            result.iterations = Self.maxIterations
        } catch {
            // GSLError.badFunction: the metric turned NaN or infinite inside the bracket.
            result.status = .didNotConverge
            result.iterations = finder.iterations
        }
        return result
    }

    /// The metric at `x`, answered from the known end values when `x` is one of the ends
    /// (compared bit for bit: the finder passes the ends back unchanged).
    private func valueReusingEnds(at x: Double) -> Double {
        if let ends = knownEnds {
            if x.bitPattern == ends.lower.bitPattern { return ends.fLower }
            if x.bitPattern == ends.upper.bitPattern { return ends.fUpper }
        }
        return evaluate(x)
    }
}
