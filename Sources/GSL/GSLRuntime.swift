internal import CGSL

/// Process-wide GSL set-up that must happen once, before any GSL call.
///
/// GSL's default error handler prints a message and calls `abort()`. This module
/// reports every status as a thrown ``GSLError`` instead, so the handler is switched
/// off with `gsl_set_error_handler_off()` the first time any GSL wrapper is created.
/// The switch lives in a `static let`, which Swift initialises exactly once and
/// thread-safely (`swift_once`), so concurrent first uses cannot race.
enum GSLRuntime {
    /// The one-time switch; evaluating it turns GSL's abort handler off.
    private static let abortHandlerDisabled: Void = {
        _ = gsl_set_error_handler_off()
    }()

    /// Makes sure GSL's abort handler is off; cheap after the first call.
    ///
    /// Call this before the first GSL function in every entry point that can be
    /// reached first (initialisers of the wrapper classes, static helpers).
    ///
    /// - Complexity: O(1); after the first call it is a single atomic load.
    static func prepare() {
        _ = abortHandlerDisabled
    }
}
