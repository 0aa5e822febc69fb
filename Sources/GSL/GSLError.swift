internal import CGSL

/// A failure status returned by a GSL function.
///
/// Each named case corresponds to one `GSL_E…` constant of `gsl/gsl_errno.h`; the
/// C name is given in each case's documentation. Statuses this module has not met
/// yet arrive as ``other(code:)``. `GSL_SUCCESS` and `GSL_CONTINUE` are not errors
/// and have no case (``init(status:)`` returns `nil` for them).
///
/// The GSL module switches GSL's abort handler off, so these errors are returned
/// and thrown rather than terminating the process.
public enum GSLError: Error, Equatable, Sendable {
    /// `GSL_FAILURE` (-1): unspecified failure.
    case failure
    /// `GSL_EDOM` (1): input domain error, e.g. `sqrt(-1)` or a probability outside [0, 1].
    case domain
    /// `GSL_ERANGE` (2): output range error, e.g. `exp(1e100)`.
    case range
    /// `GSL_EFAULT` (3): invalid pointer.
    case invalidPointer
    /// `GSL_EINVAL` (4): invalid argument supplied by the caller, e.g. lower > upper.
    case invalidArgument
    /// `GSL_EFAILED` (5): generic failure.
    case failed
    /// `GSL_ESANITY` (7): internal sanity check failed.
    case sanityCheckFailed
    /// `GSL_ENOMEM` (8): memory allocation failed.
    case outOfMemory
    /// `GSL_EBADFUNC` (9): the user-supplied function misbehaved, e.g. returned NaN or infinity.
    case badFunction
    /// `GSL_ERUNAWAY` (10): the iterative process is out of control.
    case runaway
    /// `GSL_EMAXITER` (11): GSL's own iteration limit was exceeded.
    case maxIterations
    /// `GSL_EZERODIV` (12): attempted division by zero.
    case divisionByZero
    /// `GSL_EBADTOL` (13): an invalid tolerance was given, e.g. a negative one.
    case badTolerance
    /// `GSL_ETOL` (14): the requested tolerance could not be reached.
    case toleranceNotReached
    /// `GSL_EUNDRFLW` (15): underflow.
    case underflow
    /// `GSL_EOVRFLW` (16): overflow.
    case overflow
    /// `GSL_ELOSS` (17): loss of accuracy.
    case lossOfAccuracy
    /// `GSL_EROUND` (18): failed because of round-off error.
    case roundOff
    /// `GSL_ESING` (21): apparent singularity detected.
    case singularity
    /// `GSL_EDIVERGE` (22): integral or series is divergent.
    case divergent
    /// `GSL_EUNIMPL` (24): requested feature is not (yet) implemented in GSL.
    case unimplemented
    /// `GSL_ENOPROG` (27): the iteration is not making progress towards a solution.
    case noProgress
    /// Any other GSL status, with its raw `int` code.
    case other(code: Int32)

    /// Classifies a raw GSL status code.
    ///
    /// - Parameter status: The `int` returned by a GSL function.
    /// - Returns: `nil` for `GSL_SUCCESS` (0) and `GSL_CONTINUE` (-2), which are not
    ///   failures; otherwise the matching case, or ``other(code:)``.
    public init?(status: Int32) {
        switch Int(status) {
        case Int(GSL_SUCCESS), Int(GSL_CONTINUE): return nil
        case Int(GSL_FAILURE): self = .failure
        case Int(GSL_EDOM): self = .domain
        case Int(GSL_ERANGE): self = .range
        case Int(GSL_EFAULT): self = .invalidPointer
        case Int(GSL_EINVAL): self = .invalidArgument
        case Int(GSL_EFAILED): self = .failed
        case Int(GSL_ESANITY): self = .sanityCheckFailed
        case Int(GSL_ENOMEM): self = .outOfMemory
        case Int(GSL_EBADFUNC): self = .badFunction
        case Int(GSL_ERUNAWAY): self = .runaway
        case Int(GSL_EMAXITER): self = .maxIterations
        case Int(GSL_EZERODIV): self = .divisionByZero
        case Int(GSL_EBADTOL): self = .badTolerance
        case Int(GSL_ETOL): self = .toleranceNotReached
        case Int(GSL_EUNDRFLW): self = .underflow
        case Int(GSL_EOVRFLW): self = .overflow
        case Int(GSL_ELOSS): self = .lossOfAccuracy
        case Int(GSL_EROUND): self = .roundOff
        case Int(GSL_ESING): self = .singularity
        case Int(GSL_EDIVERGE): self = .divergent
        case Int(GSL_EUNIMPL): self = .unimplemented
        case Int(GSL_ENOPROG): self = .noProgress
        default: self = .other(code: status)
        }
    }

    /// The raw GSL status code, e.g. 4 for ``invalidArgument`` (`GSL_EINVAL`).
    public var code: Int32 {
        let value: Int
        switch self {
        case .failure: value = Int(GSL_FAILURE)
        case .domain: value = Int(GSL_EDOM)
        case .range: value = Int(GSL_ERANGE)
        case .invalidPointer: value = Int(GSL_EFAULT)
        case .invalidArgument: value = Int(GSL_EINVAL)
        case .failed: value = Int(GSL_EFAILED)
        case .sanityCheckFailed: value = Int(GSL_ESANITY)
        case .outOfMemory: value = Int(GSL_ENOMEM)
        case .badFunction: value = Int(GSL_EBADFUNC)
        case .runaway: value = Int(GSL_ERUNAWAY)
        case .maxIterations: value = Int(GSL_EMAXITER)
        case .divisionByZero: value = Int(GSL_EZERODIV)
        case .badTolerance: value = Int(GSL_EBADTOL)
        case .toleranceNotReached: value = Int(GSL_ETOL)
        case .underflow: value = Int(GSL_EUNDRFLW)
        case .overflow: value = Int(GSL_EOVRFLW)
        case .lossOfAccuracy: value = Int(GSL_ELOSS)
        case .roundOff: value = Int(GSL_EROUND)
        case .singularity: value = Int(GSL_ESING)
        case .divergent: value = Int(GSL_EDIVERGE)
        case .unimplemented: value = Int(GSL_EUNIMPL)
        case .noProgress: value = Int(GSL_ENOPROG)
        case .other(let code): return code
        }
        return Int32(value)
    }

    /// GSL's own description of the status, from `gsl_strerror`, e.g.
    /// "invalid argument supplied by user".
    public var message: String {
        String(cString: gsl_strerror(code))
    }
}

extension GSLError: CustomStringConvertible {
    /// The message and the raw code, e.g. "GSL error 4: invalid argument supplied by user".
    public var description: String {
        "GSL error \(code): \(message)"
    }
}

extension GSLError {
    /// Throws the error matching a GSL status, if the status is a failure.
    ///
    /// - Parameter status: The `int` returned by a GSL function.
    /// - Throws: ``GSLError`` unless `status` is `GSL_SUCCESS` or `GSL_CONTINUE`.
    static func check(_ status: Int32) throws(GSLError) {
        if let error = GSLError(status: status) {
            throw error
        }
    }
}
