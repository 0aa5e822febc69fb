extension RootFinder {
    /// Finds a root of the finder's function in `interval`, iterating until the bracket
    /// meets the tolerances.
    ///
    /// Evaluates f at both ends first. If either value is exactly zero, that end is
    /// returned with 0 iterations. Otherwise the ends must differ in sign, and Brent
    /// iterations run until `gsl_root_test_interval` accepts the bracket:
    /// |x_upper − x_lower| < absoluteTolerance + relativeTolerance · min(|x|) over the
    /// bracket (min(|x|) = 0 when the bracket contains 0).
    ///
    /// Reuses this finder's GSL solver: call it repeatedly on one finder in hot loops.
    ///
    /// - Parameters:
    ///   - interval: The bracket [lower, upper] to search.
    ///   - absoluteTolerance: The absolute bracket width to reach, ≥ 0, in units of x.
    ///   - relativeTolerance: The bracket width to reach relative to |x|, ≥ 0.
    ///   - maxIterations: The most Brent iterations to run.
    /// - Returns: The root, the iterations used and the final bracket.
    /// - Throws: ``RootFinderError/notBracketed(lower:upper:fLower:fUpper:)`` if f has the
    ///   same strict sign at both ends;
    ///   ``RootFinderError/maxIterationsExceeded(lastBracket:)`` if the tolerances are
    ///   not met within `maxIterations`; ``GSLError/badTolerance`` for a negative or NaN
    ///   tolerance; ``GSLError/badFunction`` if f returns NaN or infinity; any other
    ///   ``GSLError`` GSL reports; or, unchanged, the first error f itself threw.
    /// - Complexity: At most `maxIterations + 2` evaluations of f; no allocation.
    public func solve(
        in interval: ClosedRange<Double>,
        absoluteTolerance: Double = 1e-10,
        relativeTolerance: Double = 1e-10,
        maxIterations: Int = 200
    ) throws -> Solution {
        guard absoluteTolerance >= 0, relativeTolerance >= 0 else {
            throw GSLError.badTolerance
        }
        let lower = interval.lowerBound
        let upper = interval.upperBound
        let (fLower, fUpper) = try endpointValues(lower: lower, upper: upper)
        if fLower.isZero {
            return Solution(root: lower, iterations: 0, bracket: lower...lower)
        }
        if fUpper.isZero {
            return Solution(root: upper, iterations: 0, bracket: upper...upper)
        }
        try start(lower: lower, fLower: fLower, upper: upper, fUpper: fUpper)
        while iterations < maxIterations {
            try step()
            if try intervalTest(absoluteTolerance: absoluteTolerance, relativeTolerance: relativeTolerance) {
                return Solution(root: root, iterations: iterations, bracket: bracket)
            }
        }
        throw RootFinderError.maxIterationsExceeded(lastBracket: bracket)
    }

    /// Finds a root of `function` in `interval` with a temporary finder.
    ///
    /// A convenience for one-off solves; it allocates and frees a GSL solver per call.
    /// For many solves of one function, create a ``RootFinder`` once and call
    /// ``solve(in:absoluteTolerance:relativeTolerance:maxIterations:)`` on it.
    ///
    /// ```swift
    /// let sqrt2 = try RootFinder.solve({ $0 * $0 - 2 }, in: 0...2).root
    /// ```
    ///
    /// - Parameters:
    ///   - function: The function f whose root f(x) = 0 is sought; it does not escape.
    ///   - interval: The bracket [lower, upper] to search.
    ///   - absoluteTolerance: The absolute bracket width to reach, ≥ 0, in units of x.
    ///   - relativeTolerance: The bracket width to reach relative to |x|, ≥ 0.
    ///   - maxIterations: The most Brent iterations to run.
    /// - Returns: The root, the iterations used and the final bracket.
    /// - Throws: As ``solve(in:absoluteTolerance:relativeTolerance:maxIterations:)``.
    /// - Complexity: At most `maxIterations + 2` evaluations of f.
    public static func solve(
        _ function: (Double) throws -> Double,
        in interval: ClosedRange<Double>,
        absoluteTolerance: Double = 1e-10,
        relativeTolerance: Double = 1e-10,
        maxIterations: Int = 200
    ) throws -> Solution {
        // The finder, and with it the closure, is released before this returns.
        try withoutActuallyEscaping(function) { function in
            try RootFinder(function: function).solve(
                in: interval,
                absoluteTolerance: absoluteTolerance,
                relativeTolerance: relativeTolerance,
                maxIterations: maxIterations
            )
        }
    }
}
