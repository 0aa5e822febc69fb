/// The state a ``RootFinder``'s C callback reaches through GSL's `void *params`.
///
/// ``RootFinder`` owns one context for its whole life and hands GSL an unretained
/// pointer to it, so evaluating the function allocates nothing. Swift errors cannot
/// cross the C boundary: the callback records the first error here, returns NaN (which
/// makes GSL report `GSL_EBADFUNC`), and the finder rethrows the recorded error.
final class RootFunctionContext {
    /// The caller's function.
    let function: (Double) throws -> Double

    /// The first error thrown by `function` since the last ``takeError()``.
    private(set) var error: (any Error)?

    /// Function values already known at both ends of the interval about to be handed
    /// to `gsl_root_fsolver_set`, which evaluates exactly those two points; serving
    /// them from here saves two calls of a possibly expensive function.
    private var endpoints: (lower: Double, fLower: Double, upper: Double, fUpper: Double)?

    init(function: @escaping (Double) throws -> Double) {
        self.function = function
    }

    /// Evaluates the function for GSL; never throws.
    ///
    /// - Parameter x: The abscissa GSL asks for.
    /// - Returns: f(x), or NaN if the function threw (the error is recorded).
    func evaluate(_ x: Double) -> Double {
        if let known = endpoints {
            // Bit-for-bit identity, not a numerical comparison: GSL passes the very
            // doubles it was given.
            if x.bitPattern == known.lower.bitPattern { return known.fLower }
            if x.bitPattern == known.upper.bitPattern { return known.fUpper }
        }
        do {
            return try function(x)
        } catch {
            if self.error == nil { self.error = error }
            return .nan
        }
    }

    /// Serves the given end-point values to GSL's next evaluations of those points,
    /// until ``forgetEndpoints()``.
    func remember(lower: Double, fLower: Double, upper: Double, fUpper: Double) {
        endpoints = (lower, fLower, upper, fUpper)
    }

    /// Stops serving remembered end-point values.
    func forgetEndpoints() {
        endpoints = nil
    }

    /// Returns and clears the recorded error.
    func takeError() -> (any Error)? {
        defer { error = nil }
        return error
    }
}
