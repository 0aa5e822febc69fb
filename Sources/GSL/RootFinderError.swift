/// A reason ``RootFinder`` could not deliver a root, other than a GSL status.
///
/// GSL statuses (for example `GSL_EBADFUNC` when the function returns NaN) are
/// thrown as ``GSLError``; an error thrown by the caller's own function is rethrown
/// unchanged. These cases cover the two failures that the caller usually wants to
/// handle: no sign change over the interval, and running out of iterations.
public enum RootFinderError: Error, Equatable, Sendable {
    /// The function has the same strict sign at both ends of the interval, so the
    /// interval is not known to contain a root.
    ///
    /// Widen or move the interval until `fLower` and `fUpper` differ in sign (or one
    /// of them is zero).
    /// - Parameters:
    ///   - lower: The interval's lower end.
    ///   - upper: The interval's upper end.
    ///   - fLower: The function's value at `lower`.
    ///   - fUpper: The function's value at `upper`.
    case notBracketed(lower: Double, upper: Double, fLower: Double, fUpper: Double)

    /// The iteration limit was reached before the bracket met the tolerances.
    ///
    /// Raise `maxIterations` or loosen the tolerances; the root lies in `lastBracket`.
    /// - Parameter lastBracket: The bracket after the last iteration.
    case maxIterationsExceeded(lastBracket: ClosedRange<Double>)
}

extension RootFinderError: CustomStringConvertible {
    /// The failure with its values and a suggested fix.
    public var description: String {
        switch self {
        case let .notBracketed(lower, upper, fLower, fUpper):
            return "root not bracketed: f(\(lower)) = \(fLower) and f(\(upper)) = \(fUpper) "
                + "have the same sign; choose an interval over which f changes sign"
        case let .maxIterationsExceeded(lastBracket):
            return "root not found to tolerance within the iteration limit; last bracket "
                + "\(lastBracket.lowerBound)...\(lastBracket.upperBound); "
                + "raise maxIterations or loosen the tolerances"
        }
    }
}
