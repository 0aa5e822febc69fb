extension RootFinder {
    /// A root found by ``RootFinder/solve(in:absoluteTolerance:relativeTolerance:maxIterations:)``.
    public struct Solution: Equatable, Sendable {
        /// The estimate of x with f(x) = 0: GSL's current iterate when the bracket met
        /// the tolerances, or an end of the interval where f was exactly zero.
        public let root: Double

        /// The number of Brent iterations used; 0 when the root was an end point.
        public let iterations: Int

        /// The final bracket containing the root; a single point when the root was an
        /// end point or was hit exactly.
        public let bracket: ClosedRange<Double>
    }
}
