import Foundation

/// Removes a temporary file, and its staging folder once empty, when the process is
/// interrupted (SIGINT, SIGTERM), so that Ctrl-C never leaves half a file or a stray folder,
/// then exits with 128 + the signal number as shells expect.
///
/// The handler only calls async-signal-safe functions (`unlink`, `rmdir`, `_exit`) on paths
/// copied to C memory beforehand.
enum InterruptCleanup {
    nonisolated(unsafe) private static var path: UnsafeMutablePointer<CChar>?
    nonisolated(unsafe) private static var folder: UnsafeMutablePointer<CChar>?
    /// The signals the process was started to ignore, ignored again by ``disarm()``.
    nonisolated(unsafe) private static var ignored: [Int32] = []

    /// Removes `temporary` (and its folder, if that is then empty) if a SIGINT or SIGTERM
    /// arrives before ``disarm()``. A signal the process was started to ignore (a background
    /// job's SIGINT, `nohup`) stays ignored.
    static func arm(_ temporary: String) {
        path = strdup(temporary)
        folder = strdup((temporary as NSString).deletingLastPathComponent)
        for sig in [SIGINT, SIGTERM] {
            let previous = signal(sig) { received in
                if let p = InterruptCleanup.path { unlink(p) }
                if let f = InterruptCleanup.folder { rmdir(f) }
                _exit(128 + received)
            }
            if unsafeBitCast(previous, to: Int.self) == unsafeBitCast(SIG_IGN, to: Int.self) {
                signal(sig, SIG_IGN)
                ignored.append(sig)
            }
        }
    }

    /// Gives SIGINT and SIGTERM back their default action, or, if the process was started to
    /// ignore them, leaves them ignored.
    static func disarm() {
        for sig in [SIGINT, SIGTERM] { signal(sig, ignored.contains(sig) ? SIG_IGN : SIG_DFL) }
        ignored = []
        free(path)
        free(folder)
        path = nil
        folder = nil
    }
}
