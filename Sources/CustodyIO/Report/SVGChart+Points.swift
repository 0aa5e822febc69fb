import Foundation

extension SVGChart {
    /// A histogram of `values` (counts, left axis) with their empirical cumulative distribution
    /// (share, right axis) and dashed vertical lines at `marks` (e.g. the 5th, 50th and 95th
    /// percentiles).
    ///
    /// Bins: √n rounded, between 8 and 40, of equal width over [min, max].
    static func distribution(_ title: String, values: [Double], marks: [(name: String, value: Double)], xLabel: String) -> String {
        let sorted = values.filter(\.isFinite).sorted()
        let keys: [Key] = [("samples per bin (left axis)", SVGCanvas.colour(5), ""),
                           ("share of samples at or below (right axis)", SVGCanvas.colour(0), ""),
                           ("percentiles", "#000000", "5 3")]
        let top = legendHeight(keys), plot = 260.0
        var c = SVGCanvas(width: width, height: top + plot + 50)
        _ = legendTop(&c, keys)
        let x0 = 80.0, x1 = width - 80
        guard let first = sorted.first, let last = sorted.last else { return c.svg(label: title) }
        let bins = min(40, max(8, Int(Double(sorted.count).squareRoot().rounded())))
        let span = last - first > 0 ? last - first : max(1, abs(first))
        let lo = last - first > 0 ? first : first - span / 2
        let binWidth = span / Double(bins)
        var counts = [Double](repeating: 0, count: bins)
        for v in sorted { counts[min(bins - 1, max(0, Int((v - lo) / binWidth)))] += 1 }
        let xs = ChartScale(covering: [lo, lo + span] + marks.map(\.value), includeZero: false, pixels: x0, x1)
        let ys = ChartScale(covering: counts, includeZero: true, pixels: top + plot, top)
        let share = ChartScale(covering: [0, 1], includeZero: true, pixels: top + plot, top, targetTicks: 4)
        yAxis(&c, ys, x0: x0, x1: x1, label: "samples per bin")
        yAxis(&c, share, x0: x0, x1: x1, label: "share of samples at or below", percent: true, right: true)
        xAxis(&c, xs, y: top + plot, top: top, label: xLabel)
        for (i, n) in counts.enumerated() {
            let a = lo + binWidth * Double(i)
            c.rect(xs(a) + 0.5, ys(0), xs(a + binWidth) - 0.5, ys(n), fill: SVGCanvas.colour(5),
                   title: "\(HTML.number(a)) to \(HTML.number(a + binWidth)): \(Int(n)) samples")
        }
        var steps: [(Double, Double)?] = [(xs(xs.lo), share(0))]
        for (i, v) in sorted.enumerated() {
            steps.append((xs(v), steps.last!!.1))
            steps.append((xs(v), share(Double(i + 1) / Double(sorted.count))))
        }
        steps.append((xs(xs.hi), share(1)))
        c.polyline(steps, stroke: SVGCanvas.colour(0), width: 2, title: "cumulative distribution")
        for mark in marks {
            c.line(xs(mark.value), top, xs(mark.value), top + plot, stroke: "#000", width: 1.5, dash: "5 3")
            c.text(xs(mark.value) + 3, top + 12, mark.name, size: 11, bold: true)
        }
        return c.svg(label: title)
    }

    /// Labelled points.
    static func scatter(_ title: String, points: [(label: String, x: Double, y: Double)], xLabel: String, yLabel: String) -> String {
        let top = 16.0, plot = 320.0
        var c = SVGCanvas(width: width, height: top + plot + 50)
        let x0 = 80.0, x1 = width - 40
        let xs = ChartScale(covering: points.map(\.x), includeZero: true, pixels: x0, x1)
        let ys = ChartScale(covering: points.map(\.y), includeZero: true, pixels: top + plot, top)
        yAxis(&c, ys, x0: x0, x1: x1, label: yLabel)
        xAxis(&c, xs, y: top + plot, top: top, label: xLabel)
        for (i, p) in points.enumerated() {
            c.circle(xs(p.x), ys(p.y), r: 5, fill: SVGCanvas.colour(i), stroke: "#000",
                     title: "\(p.label): \(HTML.number(p.x)), \(HTML.number(p.y))")
            c.text(xs(p.x) + 8, ys(p.y) + 4, SVGCanvas.fit(p.label, pixels: 160, size: 11), size: 11)
        }
        return c.svg(label: title)
    }
}
