import Foundation

/// A linear map from data values to pixels, widened to round tick values.
///
/// The domain is extended to multiples of a step of 1, 2, 2.5 or 5 × 10ⁿ chosen to give about
/// five ticks, as plotting libraries do (Heckbert, "Nice numbers for graph labels", Graphics
/// Gems, 1990).
struct ChartScale {
    let lo: Double
    let hi: Double
    let step: Double
    /// Pixel positions of `lo` and `hi`.
    let start: Double
    let end: Double

    /// - Parameters:
    ///   - values: the data to cover (non-finite values are ignored).
    ///   - includeZero: widen the domain to 0, as bars need.
    init(covering values: [Double], includeZero: Bool, pixels start: Double, _ end: Double, targetTicks: Double = 5) {
        var finite = values.filter(\.isFinite)
        if includeZero || finite.isEmpty { finite.append(0) }
        var lo = finite.min()!, hi = finite.max()!
        if hi - lo < 1e-12 * max(1, abs(hi)) {
            let pad = lo == 0 ? 1 : abs(lo) * 0.1
            lo -= includeZero && lo >= 0 ? 0 : pad
            hi += pad
        }
        let rough = (hi - lo) / targetTicks
        let magnitude = pow(10, floor(log10(rough)))
        let step = [1, 2, 2.5, 5, 10].map { $0 * magnitude }.first { $0 >= rough * (1 - 1e-9) } ?? 10 * magnitude
        self.step = step
        self.lo = (lo / step + 1e-9).rounded(.down) * step
        self.hi = (hi / step - 1e-9).rounded(.up) * step
        self.start = start
        self.end = end
    }

    func callAsFunction(_ x: Double) -> Double { start + (x - lo) / (hi - lo) * (end - start) }

    var ticks: [Double] {
        let n = Int(((hi - lo) / step).rounded())
        return (0...n).map { lo + Double($0) * step }
    }

    /// A tick's label: `M` for millions and `k` for thousands when the axis reaches them, with
    /// as many decimals as the step needs; `percent` shows shares as `40 %`.
    func label(_ x: Double, percent: Bool = false) -> String {
        let top = max(abs(lo), abs(hi))
        let (value, stepUnit, suffix): (Double, Double, String) =
            percent ? (x * 100, step * 100, " %")
            : top >= 1e6 ? (x / 1e6, step / 1e6, " M")
            : top >= 1e4 ? (x / 1e3, step / 1e3, " k")
            : (x, step, "")
        var decimals = 0
        while decimals < 6 {
            let scaled = stepUnit * pow(10, Double(decimals))
            if abs(scaled - scaled.rounded()) < 1e-6 { break }
            decimals += 1
        }
        if abs(value) < 1e-12 * max(1, top) { return "0" }
        let text = String(format: "%.\(decimals)f", value)
        return (text.hasPrefix("-") ? "−" + text.dropFirst() : text) + suffix
    }
}
