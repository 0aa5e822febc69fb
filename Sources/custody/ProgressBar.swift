import Foundation

/// A one-line progress bar with the rate and the time left, redrawn on standard error at most
/// five times a second; silent unless standard error is a terminal.
final class ProgressBar {
    private let total: Int
    private let enabled: Bool
    private let start = Date()
    private var done = 0
    private var lastDrawn = Date.distantPast

    init(total: Int, quiet: Bool) {
        self.total = total
        enabled = !quiet && isatty(STDERR_FILENO) != 0 && total > 0
    }

    func advance(by n: Int) {
        done += n
        guard enabled, Date().timeIntervalSince(lastDrawn) >= 0.2 || done == total else { return }
        lastDrawn = Date()
        let elapsed = max(Date().timeIntervalSince(start), 1e-9)
        let rate = Double(done) / elapsed
        let left = rate > 0 ? Double(total - done) / rate : 0
        let width = 30, filled = width * done / total
        let bar = String(repeating: "#", count: filled) + String(repeating: ".", count: width - filled)
        let line = String(format: "\r[%@] %3d%% %d/%d  %.0f samples/s  %@ left ",
                          bar, 100 * done / total, done, total, rate, Self.clock(left))
        FileHandle.standardError.write(Data(line.utf8))
    }

    /// Ends the bar's line.
    func finish() {
        if enabled { FileHandle.standardError.write(Data("\n".utf8)) }
    }

    private static func clock(_ seconds: Double) -> String {
        let s = Int(seconds.rounded())
        return s >= 3600 ? String(format: "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60) : String(format: "%d:%02d", s / 60, s % 60)
    }
}
