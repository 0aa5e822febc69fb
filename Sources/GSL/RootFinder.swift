internal import CGSL

/// A bracketing root finder for a function of one variable, using GSL's Brent–Dekker
/// solver (`gsl_root_fsolver_brent`).
///
/// The finder keeps GSL's initialise / iterate / test shape, for callers that want to
/// watch or steer the iteration:
///
/// ```swift
/// let finder = RootFinder { x in x * x - 2 }
/// try finder.initialize(lower: 0, upper: 2)
/// while !finder.converged(absoluteTolerance: 1e-10, relativeTolerance: 0) {
///     try finder.step()
/// }
/// print(finder.root, finder.bracket)
/// ```
///
/// and, in `RootFinder+Solve.swift`, a one-shot ``solve(in:absoluteTolerance:relativeTolerance:maxIterations:)``.
///
/// Brent's method combines bisection, the secant method and inverse quadratic
/// interpolation; it keeps the root bracketed and converges superlinearly on smooth
/// functions (R. P. Brent, *Algorithms for Minimization without Derivatives*, 1973,
/// ch. 4). Each ``step()`` evaluates the function once.
///
/// One finder owns one `gsl_root_fsolver`, allocated in ``init(function:)`` and freed
/// in `deinit`; reuse a finder for repeated solves of the same function so that no
/// allocation happens per solve or per iteration. A finder holds mutable state and is
/// not `Sendable`: use one per task.
public final class RootFinder {
    /// The GSL solver state; owned, freed in `deinit`.
    private let solver: UnsafeMutablePointer<gsl_root_fsolver>

    /// The `gsl_function` GSL calls back through; GSL keeps a pointer to it after
    /// `gsl_root_fsolver_set`, so it lives at a fixed address for the finder's life.
    private let callback: UnsafeMutablePointer<gsl_function>

    /// The caller's function and any error it threw, reached from `callback`.
    private let context: RootFunctionContext

    /// Whether `gsl_root_fsolver_set` has succeeded since the last failed or
    /// short-circuited initialisation; guards reads of the solver state.
    private var isInitialized = false

    /// The number of ``step()`` calls since the last ``initialize(lower:upper:)``.
    public private(set) var iterations = 0

    /// Creates a finder for the zeros of `function`.
    ///
    /// The function may throw; the first error it throws during an initialisation or
    /// step is rethrown unchanged from that call.
    ///
    /// - Parameter function: The function f whose root f(x) = 0 is sought. It is
    ///   called only from this finder's methods, on the caller's thread.
    /// - Complexity: O(1); allocates the GSL solver once.
    public init(function: @escaping (Double) throws -> Double) {
        GSLRuntime.prepare()
        guard let solver = gsl_root_fsolver_alloc(custody_gsl_root_fsolver_brent()) else {
            fatalError("gsl_root_fsolver_alloc failed: out of memory (GSL_ENOMEM)")
        }
        let context = RootFunctionContext(function: function)
        let callback = UnsafeMutablePointer<gsl_function>.allocate(capacity: 1)
        callback.initialize(
            to: gsl_function(
                function: { x, params in
                    // params is the unretained context below; the finder keeps it alive.
                    Unmanaged<RootFunctionContext>.fromOpaque(params!)
                        .takeUnretainedValue()
                        .evaluate(x)
                },
                params: Unmanaged.passUnretained(context).toOpaque()
            )
        )
        self.solver = solver
        self.callback = callback
        self.context = context
    }

    deinit {
        gsl_root_fsolver_free(solver)
        callback.deinitialize(count: 1)
        callback.deallocate()
    }

    /// Starts a new search on the interval [lower, upper] (`gsl_root_fsolver_set`).
    ///
    /// The function is evaluated at both ends first; if the values have the same strict
    /// sign the interval does not bracket a root and nothing is handed to GSL. A zero at
    /// an end is accepted (the next ``step()`` finds it). Resets ``iterations`` to 0.
    ///
    /// - Parameters:
    ///   - lower: The lower end of the bracket.
    ///   - upper: The upper end of the bracket; must not be less than `lower`.
    /// - Throws: ``RootFinderError/notBracketed(lower:upper:fLower:fUpper:)`` if f has the
    ///   same strict sign at both ends; ``GSLError/invalidArgument`` if `lower > upper`;
    ///   ``GSLError/badFunction`` if f is NaN or infinite at an end; or the error f threw.
    public func initialize(lower: Double, upper: Double) throws {
        let (fLower, fUpper) = try endpointValues(lower: lower, upper: upper)
        try start(lower: lower, fLower: fLower, upper: upper, fUpper: fUpper)
    }

    /// Performs one iteration of Brent's method (`gsl_root_fsolver_iterate`).
    ///
    /// Narrows ``bracket`` and updates ``root``, evaluating the function once.
    ///
    /// - Precondition: ``initialize(lower:upper:)`` has succeeded.
    /// - Throws: The error the function threw during this step, if any; otherwise
    ///   ``GSLError/badFunction`` if it returned NaN or infinity, or another ``GSLError``.
    /// - Complexity: O(1) plus one function evaluation; allocates nothing.
    public func step() throws {
        precondition(isInitialized, "RootFinder.step() needs a successful initialize(lower:upper:) first")
        let status = gsl_root_fsolver_iterate(solver)
        iterations += 1
        if let error = context.takeError() {
            throw error
        }
        try GSLError.check(status)
    }

    /// The current best estimate of the root (`gsl_root_fsolver_root`).
    ///
    /// - Precondition: ``initialize(lower:upper:)`` has succeeded.
    public var root: Double {
        precondition(isInitialized, "RootFinder.root needs a successful initialize(lower:upper:) first")
        return gsl_root_fsolver_root(solver)
    }

    /// The current bracket [x_lower, x_upper] known to contain the root
    /// (`gsl_root_fsolver_x_lower`, `gsl_root_fsolver_x_upper`).
    ///
    /// - Precondition: ``initialize(lower:upper:)`` has succeeded.
    public var bracket: ClosedRange<Double> {
        precondition(isInitialized, "RootFinder.bracket needs a successful initialize(lower:upper:) first")
        return gsl_root_fsolver_x_lower(solver)...gsl_root_fsolver_x_upper(solver)
    }

    /// Whether the current bracket is narrow enough (`gsl_root_test_interval`).
    ///
    /// True when |x_upper − x_lower| < absoluteTolerance + relativeTolerance · min(|x|)
    /// over the bracket, where min(|x|) is taken as 0 if the bracket contains 0.
    ///
    /// - Parameters:
    ///   - absoluteTolerance: The absolute width to reach, ≥ 0, in the units of x.
    ///   - relativeTolerance: The width to reach relative to |x|, ≥ 0.
    /// - Precondition: Both tolerances are non-negative, and ``initialize(lower:upper:)``
    ///   has succeeded.
    public func converged(absoluteTolerance: Double, relativeTolerance: Double) -> Bool {
        precondition(
            absoluteTolerance >= 0 && relativeTolerance >= 0,
            "tolerances (\(absoluteTolerance), \(relativeTolerance)) must be non-negative"
        )
        // Cannot fail: the only failure is GSL_EBADTOL, excluded above.
        return (try? intervalTest(absoluteTolerance: absoluteTolerance, relativeTolerance: relativeTolerance)) ?? false
    }
}

extension RootFinder {
    /// Evaluates f at both ends and checks for a sign change.
    ///
    /// Marks the finder uninitialised and resets ``iterations``, since any previous
    /// search is abandoned.
    ///
    /// - Returns: (f(lower), f(upper)).
    /// - Throws: ``RootFinderError/notBracketed(lower:upper:fLower:fUpper:)``, or the
    ///   error f threw.
    func endpointValues(lower: Double, upper: Double) throws -> (fLower: Double, fUpper: Double) {
        isInitialized = false
        iterations = 0
        _ = context.takeError()
        let fLower = try context.function(lower)
        let fUpper = try context.function(upper)
        if (fLower < 0 && fUpper < 0) || (fLower > 0 && fUpper > 0) {
            throw RootFinderError.notBracketed(lower: lower, upper: upper, fLower: fLower, fUpper: fUpper)
        }
        return (fLower, fUpper)
    }

    /// Hands an already-checked bracket and its end values to GSL
    /// (`gsl_root_fsolver_set`) without evaluating f again.
    ///
    /// - Throws: ``GSLError`` for a status from GSL (e.g. `lower > upper`, non-finite
    ///   end values), or an error f threw.
    func start(lower: Double, fLower: Double, upper: Double, fUpper: Double) throws {
        context.remember(lower: lower, fLower: fLower, upper: upper, fUpper: fUpper)
        let status = gsl_root_fsolver_set(solver, callback, lower, upper)
        context.forgetEndpoints()
        if let error = context.takeError() {
            throw error
        }
        try GSLError.check(status)
        isInitialized = true
    }

    /// `gsl_root_test_interval` on the current bracket.
    ///
    /// - Returns: `true` for `GSL_SUCCESS`, `false` for `GSL_CONTINUE`.
    /// - Throws: ``GSLError/badTolerance`` for a negative tolerance.
    func intervalTest(absoluteTolerance: Double, relativeTolerance: Double) throws(GSLError) -> Bool {
        precondition(isInitialized, "RootFinder.converged needs a successful initialize(lower:upper:) first")
        let status = gsl_root_test_interval(
            gsl_root_fsolver_x_lower(solver),
            gsl_root_fsolver_x_upper(solver),
            absoluteTolerance,
            relativeTolerance
        )
        try GSLError.check(status)
        return Int(status) == Int(GSL_SUCCESS)
    }
}

@available(*, unavailable, message: "RootFinder holds mutable solver state; use one per task")
extension RootFinder: Sendable {}
