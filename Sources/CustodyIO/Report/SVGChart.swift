import Foundation

/// Small SVG charts for the report: lines and columns over months, horizontal bars, floating
/// ranges, stacked columns, a histogram with its cumulative distribution, and a scatter.
///
/// Each function returns one `<svg>` element, 880 px wide, with axis labels (units included by
/// the caller), round ticks, a legend where there is more than one series, and a tooltip on each
/// mark.
enum SVGChart {
    static let width = 880.0

    /// One line of a line chart.
    struct LineSeries {
        var name: String
        var values: [Double?]
        var colour: Int
        var dash = ""
        var width = 2.0
    }

    /// One series of a bar chart, with optional ± half-widths drawn as whiskers.
    struct BarSeries {
        var name: String
        var values: [Double?]
        var errors: [Double?]? = nil
    }

    /// A legend entry.
    typealias Key = (name: String, colour: String, dash: String)

    // MARK: Axes

    /// A vertical value axis at `x0` with gridlines to `x1` and its rotated label.
    static func yAxis(_ c: inout SVGCanvas, _ scale: ChartScale, x0: Double, x1: Double, label: String, percent: Bool = false,
                      right: Bool = false) {
        for tick in scale.ticks {
            let y = scale(tick)
            if !right { c.line(x0, y, x1, y, stroke: "#e3e3e3") }
            c.text(right ? x1 + 6 : x0 - 6, y + 4, scale.label(tick, percent: percent), anchor: right ? .start : .end, size: 11)
        }
        let mid = (scale.start + scale.end) / 2
        c.text(right ? x1 + 62 : x0 - 62, mid, label, anchor: .middle, rotate: true)
        if !right, scale.lo < 0, scale.hi > 0 { c.line(x0, scale(0), x1, scale(0), stroke: "#555") }
    }

    /// A horizontal value axis at `y` (the bottom of the plot from `top`), gridlines up to `top`.
    static func xAxis(_ c: inout SVGCanvas, _ scale: ChartScale, y: Double, top: Double, label: String, percent: Bool = false) {
        for tick in scale.ticks {
            let x = scale(tick)
            c.line(x, top, x, y, stroke: "#e3e3e3")
            c.text(x, y + 16, scale.label(tick, percent: percent), anchor: .middle, size: 11)
        }
        if scale.lo < 0, scale.hi > 0 { c.line(scale(0), top, scale(0), y, stroke: "#555") }
        c.line(scale.start, y, scale.end, y)
        c.text((scale.start + scale.end) / 2, y + 36, label, anchor: .middle)
    }

    /// Category labels under a plot, every k-th so that at most about 12 show.
    static func categoryAxis(_ c: inout SVGCanvas, _ categories: [String], x0: Double, band: Double, y: Double, label: String) {
        let every = max(1, Int((Double(categories.count) / 12).rounded(.up)))
        for (i, name) in categories.enumerated() where i % every == 0 {
            let x = x0 + band * (Double(i) + 0.5)
            c.line(x, y, x, y + 4)
            c.text(x, y + 16, SVGCanvas.fit(name, pixels: band * Double(every) - 4, size: 11), anchor: .middle, size: 11)
        }
        c.line(x0, y, x0 + band * Double(categories.count), y)
        c.text(x0 + band * Double(categories.count) / 2, y + 36, label, anchor: .middle)
    }

    /// Legend at the top; returns the y where the plot may start.
    static func legendTop(_ c: inout SVGCanvas, _ keys: [Key]) -> Double {
        keys.count > 1 ? c.legend(keys, x: 80, y: 18) + 8 : 16
    }

    /// The height a legend of `keys` takes (an estimate that wraps like ``SVGCanvas/legend``).
    static func legendHeight(_ keys: [Key]) -> Double {
        guard keys.count > 1 else { return 16 }
        var x = 80.0, rows = 1.0
        for key in keys {
            let w = 28 + SVGCanvas.textWidth(key.name, size: 12) + 14
            if x + w > width - 10 && x > 80 { rows += 1; x = 80 }
            x += w
        }
        return 18 * rows + 18
    }

    // MARK: Charts over months

    /// Lines over categories (months); `legend` replaces the series' own keys (e.g. colour by
    /// street for many areas).
    static func lines(_ title: String, categories: [String], series: [LineSeries], xLabel: String, yLabel: String,
                      percent: Bool = false, legend: [Key]? = nil) -> String {
        let keys = legend ?? series.map { ($0.name, SVGCanvas.colour($0.colour), $0.dash) }
        let top = legendHeight(keys), plot = 300.0
        var c = SVGCanvas(width: width, height: top + plot + 50)
        _ = legendTop(&c, keys)
        let x0 = 80.0, x1 = width - 20
        let scale = ChartScale(covering: series.flatMap { $0.values.compactMap { $0 } }, includeZero: percent,
                               pixels: top + plot, top)
        yAxis(&c, scale, x0: x0, x1: x1, label: yLabel, percent: percent)
        let band = (x1 - x0) / Double(max(1, categories.count))
        for s in series {
            let points = s.values.enumerated().map { i, v in v.map { (x0 + band * (Double(i) + 0.5), scale($0)) } }
            c.polyline(points, stroke: SVGCanvas.colour(s.colour), width: s.width, dash: s.dash, title: s.name)
        }
        categoryAxis(&c, categories, x0: x0, band: band, y: top + plot, label: xLabel)
        return c.svg(label: title)
    }

    /// Vertical columns over categories (months).
    static func columns(_ title: String, categories: [String], values: [Double], xLabel: String, yLabel: String) -> String {
        let top = 16.0, plot = 260.0
        var c = SVGCanvas(width: width, height: top + plot + 50)
        let x0 = 80.0, x1 = width - 20
        let scale = ChartScale(covering: values, includeZero: true, pixels: top + plot, top)
        yAxis(&c, scale, x0: x0, x1: x1, label: yLabel)
        let band = (x1 - x0) / Double(max(1, values.count))
        for (i, v) in values.enumerated() {
            let x = x0 + band * Double(i)
            c.rect(x + band * 0.12, scale(0), x + band * 0.88, scale(v), fill: SVGCanvas.colour(0),
                   title: "\(categories[i]): \(HTML.number(v))")
        }
        categoryAxis(&c, categories, x0: x0, band: band, y: top + plot, label: xLabel)
        return c.svg(label: title)
    }

    /// Columns of stacked segments: for each category one column per stack, each stack a
    /// sum of non-negative segments (negative values are drawn as 0).
    static func stackedColumns(_ title: String, categories: [String],
                               stacks: [(name: String, segments: [(name: String, values: [Double])])],
                               xLabel: String, yLabel: String) -> String {
        var keys: [Key] = []
        for stack in stacks { for s in stack.segments { keys.append(("\(stack.name): \(s.name)", SVGCanvas.colour(keys.count), "")) } }
        let top = legendHeight(keys), plot = 280.0
        var c = SVGCanvas(width: width, height: top + plot + 50)
        _ = legendTop(&c, keys)
        let x0 = 80.0, x1 = width - 20
        let totals = stacks.flatMap { stack in categories.indices.map { i in stack.segments.reduce(0) { $0 + max(0, $1.values[i]) } } }
        let scale = ChartScale(covering: totals, includeZero: true, pixels: top + plot, top)
        yAxis(&c, scale, x0: x0, x1: x1, label: yLabel)
        let band = (x1 - x0) / Double(max(1, categories.count))
        let barWidth = band * 0.8 / Double(max(1, stacks.count))
        var colour = 0
        for (k, stack) in stacks.enumerated() {
            for i in categories.indices {
                var base = 0.0
                let x = x0 + band * (Double(i) + 0.1) + barWidth * Double(k)
                for (j, segment) in stack.segments.enumerated() {
                    let v = max(0, segment.values[i])
                    c.rect(x + 1, scale(base), x + barWidth - 1, scale(base + v), fill: SVGCanvas.colour(colour + j),
                           title: "\(categories[i]), \(stack.name): \(segment.name) \(HTML.number(segment.values[i]))")
                    base += v
                }
            }
            colour += stack.segments.count
        }
        categoryAxis(&c, categories, x0: x0, band: band, y: top + plot, label: xLabel)
        return c.svg(label: title)
    }
}
