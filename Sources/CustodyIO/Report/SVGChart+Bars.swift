import Foundation

extension SVGChart {
    /// The left margin that fits the longest label (at most 240 px).
    static func labelMargin(_ labels: [String]) -> Double {
        min(240, max(80, (labels.map { SVGCanvas.textWidth($0, size: 12) }.max() ?? 0) + 16))
    }

    /// Horizontal bars, a row per label and a bar per series in each row, from 0, in the
    /// order given; whiskers for the series' errors; a dashed line at `reference`.
    static func bars(_ title: String, labels: [String], series: [BarSeries], xLabel: String, percent: Bool = false,
                     reference: (value: Double, name: String)? = nil) -> String {
        var keys: [Key] = series.enumerated().map { ($0.element.name, SVGCanvas.colour($0.offset), "") }
        if let reference { keys.append((reference.name, "#000000", "5 3")) }
        let top = legendHeight(keys)
        let rowHeight = series.count > 1 ? 8.0 + 10 * Double(series.count) : 18.0
        let plot = rowHeight * Double(labels.count)
        var c = SVGCanvas(width: width, height: top + plot + 50)
        if keys.count > 1 { _ = legendTop(&c, keys) }
        let x0 = labelMargin(labels), x1 = width - 30
        var covered = series.flatMap { s in s.values.indices.flatMap { i -> [Double] in
            guard let v = s.values[i] else { return [] }
            let e = s.errors?[i] ?? 0
            return [v - e, v + e]
        } }
        if let reference { covered.append(reference.value) }
        let scale = ChartScale(covering: covered, includeZero: true, pixels: x0, x1)
        xAxis(&c, scale, y: top + plot, top: top, label: xLabel, percent: percent)
        let barHeight = (rowHeight - 6) / Double(series.count)
        for (i, label) in labels.enumerated() {
            let y = top + rowHeight * Double(i)
            c.text(x0 - 6, y + rowHeight / 2 + 4, SVGCanvas.fit(label, pixels: x0 - 12), anchor: .end)
            for (k, s) in series.enumerated() {
                guard let v = s.values[i] else { continue }
                let by = y + 3 + barHeight * Double(k)
                let tip = "\(label)\(series.count > 1 ? ", \(s.name)" : ""): \(percent ? HTML.number(v * 100) + " %" : HTML.number(v))"
                c.rect(scale(0), by, scale(v), by + barHeight - 1, fill: SVGCanvas.colour(k), title: tip)
                if let e = s.errors?[i] {
                    let my = by + (barHeight - 1) / 2
                    c.line(scale(v - e), my, scale(v + e), my, stroke: "#000", width: 1.2)
                    c.line(scale(v - e), my - 3, scale(v - e), my + 3, stroke: "#000", width: 1.2)
                    c.line(scale(v + e), my - 3, scale(v + e), my + 3, stroke: "#000", width: 1.2)
                }
            }
        }
        if let reference {
            c.line(scale(reference.value), top, scale(reference.value), top + plot, stroke: "#000", width: 1.5, dash: "5 3")
        }
        return c.svg(label: title)
    }

    /// Floating bars from `low[i]` to `high[i]`, each end marked (a circle for the low end's
    /// key, a square for the high end's), and `mid[i]` as a black tick when given.
    static func ranges(_ title: String, labels: [String], low: [Double], high: [Double], mid: [Double?]? = nil,
                       lowName: String, highName: String, midName: String? = nil, xLabel: String) -> String {
        var keys: [Key] = [(lowName, SVGCanvas.colour(0), ""), (highName, SVGCanvas.colour(1), "")]
        if let midName { keys.append((midName, "#000000", "")) }
        let top = legendHeight(keys), rowHeight = 26.0
        let plot = rowHeight * Double(labels.count)
        var c = SVGCanvas(width: width, height: top + plot + 50)
        _ = legendTop(&c, keys)
        let x0 = labelMargin(labels), x1 = width - 30
        let scale = ChartScale(covering: low + high, includeZero: false, pixels: x0, x1)
        xAxis(&c, scale, y: top + plot, top: top, label: xLabel)
        for (i, label) in labels.enumerated() {
            let y = top + rowHeight * Double(i), cy = y + rowHeight / 2
            c.text(x0 - 6, cy + 4, SVGCanvas.fit(label, pixels: x0 - 12), anchor: .end)
            c.rect(scale(low[i]), cy - 6, scale(high[i]), cy + 6, fill: "#bbbbbb",
                   title: "\(label): \(HTML.number(low[i])) to \(HTML.number(high[i]))")
            c.circle(scale(low[i]), cy, r: 5, fill: SVGCanvas.colour(0), title: "\(lowName): \(HTML.number(low[i]))")
            c.rect(scale(high[i]) - 5, cy - 5, scale(high[i]) + 5, cy + 5, fill: SVGCanvas.colour(1),
                   title: "\(highName): \(HTML.number(high[i]))")
            if let m = mid?[i] { c.line(scale(m), cy - 9, scale(m), cy + 9, stroke: "#000", width: 2.5) }
        }
        return c.svg(label: title)
    }
}
