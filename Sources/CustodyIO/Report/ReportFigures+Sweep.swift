import Foundation

extension ReportFigures {
    /// The unit of a sweep metric (MODEL §7: district totals).
    static func unit(ofMetric metric: String) -> String { metric == "self_sufficiency" ? "ratio" : "CNY" }

    /// The p-th quantile (0…1) of sorted values, interpolating linearly between order
    /// statistics (Hyndman and Fan's type 7, the default of R and NumPy).
    static func quantile(_ sorted: [Double], _ p: Double) -> Double {
        let h = Double(sorted.count - 1) * p
        let i = Int(h.rounded(.down)), j = min(sorted.count - 1, i + 1)
        return sorted[i] + (h - Double(i)) * (sorted[j] - sorted[i])
    }

    static let samplesColumns = ["sample"]

    /// Histogram and cumulative distribution of district NPV and subsidy.
    static func samples(_ t: ReportTable) -> [ReportFigure] {
        [("npv", "District NPV across samples", "district NPV (CNY)"),
         ("subsidy", "District subsidy across samples", "district government money over the horizon (CNY)")]
            .filter { t.index($0.0) != nil }
            .compactMap { metric, title, axis in
                let values = t.rows.compactMap { t.number($0, metric) }.sorted()
                guard !values.isEmpty else { return nil }
                let marks = [("p5", 0.05), ("p50", 0.5), ("p95", 0.95)].map { ($0.0, quantile(values, $0.1)) }
                let negative = Double(values.filter { $0 < 0 }.count) / Double(values.count)
                return ReportFigure(
                    id: "chart-samples-\(metric)", sources: [t.file], title: title,
                    svg: SVGChart.distribution(title, values: values, marks: marks, xLabel: axis),
                    reading: "Over \(count(values.count, "sample")) the median is \(money(marks[1].1)), 90 % of samples lie between \(money(marks[0].1)) and \(money(marks[2].1)), and \(percent(negative)) are below zero.",
                    table: (["percentile", metric], [["minimum", HTML.number(values.first)]] + marks.map { [$0.0, HTML.number($0.1)] }
                        + [["maximum", HTML.number(values.last)], ["share below 0", percent(negative)]]))
            }
    }

    static let sweepSummaryColumns = ["metric", "p05", "p50", "p95"]

    /// The 5th–95th percentile range and median of each money metric.
    static func sweepSummary(_ t: ReportTable) -> [ReportFigure] {
        let rows = t.rows.filter { unit(ofMetric: t.text($0, "metric")) == "CNY"
            && t.number($0, "p05") != nil && t.number($0, "p95") != nil }
        var reading = "The bars span the 5th to the 95th percentile of each district total, the black tick is the median"
        if let npv = t.rows.first(where: { t.text($0, "metric") == "npv" }), let p = t.number(npv, "prob_negative") {
            reading += "; the district NPV is negative in \(percent(p)) of samples"
        }
        return [ReportFigure(
            id: "chart-sweep-summary", sources: [t.file], title: "Range of the district totals across samples",
            svg: SVGChart.ranges("Range of the district totals across samples", labels: rows.map { t.text($0, "metric") },
                                 low: rows.map { t.number($0, "p05")! }, high: rows.map { t.number($0, "p95")! },
                                 mid: rows.map { t.number($0, "p50") }, lowName: "5th percentile", highName: "95th percentile",
                                 midName: "median", xLabel: "district total over the horizon (CNY)"),
            reading: reading + ".",
            table: table(t, ["metric", "mean", "sd", "min", "p05", "p25", "p50", "p75", "p95", "max", "prob_negative"]
                .filter { t.index($0) != nil }))]
    }

    /// The columns that identify each method's sensitivity.csv.
    static let tornadoColumns = ["param", "metric_low", "metric_high", "swing"]
    static let morrisColumns = ["param", "mu_star", "sigma"]
    static let sobolColumns = ["param", "s1", "st"]

    /// Tornado bars, Morris's μ*–σ scatter or Sobol's S1 and ST with their confidence, by the
    /// file's columns; `metric` is the metric the command was run for.
    static func sensitivity(_ t: ReportTable, metric: String) -> [ReportFigure] {
        let params = t.rows.map { t.text($0, "param") }
        let unit = unit(ofMetric: metric)
        if t.missing(tornadoColumns).isEmpty {
            let top = t.rows.first
            return [ReportFigure(
                id: "chart-sensitivity", sources: [t.file], title: "Tornado: \(metric) at each parameter's low and high value",
                svg: SVGChart.ranges("Tornado", labels: params, low: t.rows.map { t.number($0, "metric_low") ?? 0 },
                                     high: t.rows.map { t.number($0, "metric_high") ?? 0 },
                                     lowName: "parameter at its low value", highName: "parameter at its high value",
                                     xLabel: "\(metric) (\(unit))"),
                reading: top.map { "\(t.text($0, "param")) moves \(metric) the most: a swing of \(HTML.number(t.number($0, "swing"))) \(unit) between its low and high value." }
                    ?? "The file has no rows.",
                table: table(t, ["param", "low", "high", "metric_low", "metric_high", "swing"].filter { t.index($0) != nil }))]
        }
        if t.missing(morrisColumns).isEmpty {
            let top = t.rows.max { (t.number($0, "mu_star") ?? 0) < (t.number($1, "mu_star") ?? 0) }
            return [ReportFigure(
                id: "chart-sensitivity", sources: [t.file], title: "Morris screening: μ* against σ (\(metric))",
                svg: SVGChart.scatter("Morris screening", points: t.rows.map { (t.text($0, "param"), t.number($0, "mu_star") ?? 0, t.number($0, "sigma") ?? 0) },
                                      xLabel: "μ*, mean absolute elementary effect (\(unit))", yLabel: "σ, spread of the effects (\(unit))"),
                reading: top.map { "\(t.text($0, "param")) has the largest μ* (\(HTML.number(t.number($0, "mu_star")))): it matters most; a σ close to μ* means its effect depends on the other parameters." }
                    ?? "The file has no rows.",
                table: table(t, ["param", "mu", "mu_star", "sigma"].filter { t.index($0) != nil }))]
        }
        let top = t.rows.max { (t.number($0, "st") ?? 0) < (t.number($1, "st") ?? 0) }
        return [ReportFigure(
            id: "chart-sensitivity", sources: [t.file], title: "Sobol indices of \(metric)",
            svg: SVGChart.bars("Sobol indices", labels: params,
                               series: [.init(name: "S1, first order", values: t.rows.map { t.number($0, "s1") },
                                              errors: t.rows.map { t.number($0, "s1_conf") }),
                                        .init(name: "ST, total", values: t.rows.map { t.number($0, "st") },
                                              errors: t.rows.map { t.number($0, "st_conf") })],
                               xLabel: "share of the variance of \(metric) (whiskers: 95 % bootstrap interval)"),
            reading: top.map { "\(t.text($0, "param")) explains the largest share of the variance of \(metric), \(percent(t.number($0, "st") ?? 0)) with its interactions (ST)." }
                ?? "The file has no rows.",
            table: table(t, ["param", "s1", "s1_conf", "st", "st_conf"].filter { t.index($0) != nil }))]
    }
}
