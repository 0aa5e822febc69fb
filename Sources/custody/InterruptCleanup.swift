import Foundation

/// Removes a temporary file when the process is interrupted (SIGINT, SIGTERM), so that Ctrl-C
/// never leaves half a file, then exits with 128 + the signal number as shells expect.
///
/// The handler only calls async-signal-safe functions (`unlink`, `_exit`) on a path copied to C
/// memory beforehand.
enum InterruptCleanup {
    nonisolated(unsafe) private static var path: UnsafeMutablePointer<CChar>?

    /// Removes `temporary` if a SIGINT or SIGTERM arrives before ``disarm()``.
    static func arm(_ temporary: String) {
        path = strdup(temporary)
        for sig in [SIGINT, SIGTERM] {
            signal(sig) { received in
                if let p = InterruptCleanup.path { unlink(p) }
                _exit(128 + received)
            }
        }
    }

    static func disarm() {
        for sig in [SIGINT, SIGTERM] { signal(sig, SIG_DFL) }
        free(path)
        path = nil
    }
}
