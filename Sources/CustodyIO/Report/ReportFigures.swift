import Foundation

/// The charts of each kind of CSV file, built from the file's columns (MODEL §7).
enum ReportFigures {
    /// CNY for a reading: `0.84 M CNY` from a million up, else whole yuan.
    static func money(_ x: Double) -> String {
        abs(x) >= 1e6 ? String(format: "%.2f M CNY", x / 1e6).replacingOccurrences(of: "-", with: "−")
            : "\(HTML.number(x)) CNY"
    }

    static func percent(_ x: Double) -> String { "\(HTML.number(x * 100)) %" }

    /// "1 area" / "3 areas".
    static func count(_ n: Int, _ noun: String, _ plural: String? = nil) -> String {
        "\(n) \(n == 1 ? noun : plural ?? noun + "s")"
    }

    /// A table of `columns` of `rows` of `table`, numbers written for people.
    static func table(_ table: ReportTable, _ columns: [String], rows: [[String]]? = nil) -> (header: [String], rows: [[String]]) {
        (columns, (rows ?? table.rows).map { table.cells($0, columns) })
    }

    // MARK: rollout.csv

    static let rolloutColumns = ["period", "street", "compounds", "compounds_managed", "households", "households_managed",
                                 "coverage", "subsidy", "late"]

    static func rollout(_ t: ReportTable) -> [ReportFigure] {
        let district = t.rows.filter { t.text($0, "street") == "district" }
        let streets = t.distinct("street").filter { $0 != "district" }
        let periods = district.map { t.text($0, "period") }
        var series = streets.enumerated().map { i, street in
            SVGChart.LineSeries(name: street, values: periods.map { p in
                t.rows.first { t.text($0, "street") == street && t.text($0, "period") == p }.flatMap { t.number($0, "coverage") }
            }, colour: i, dash: SVGCanvas.dash(i))
        }
        series.append(SVGChart.LineSeries(name: "district", values: district.map { t.number($0, "coverage") }, colour: 6,
                                          dash: "6 3", width: 3))
        let full = district.first { (t.number($0, "coverage") ?? 0) >= 1 }
        let lateMonths = district.filter { (t.number($0, "late") ?? 0) > 0 }
        var reading = full.map { "Every compound of the district is under management from \(t.text($0, "period"))" }
            ?? "The district's coverage stays below 100 %, at \(percent(district.last.flatMap { t.number($0, "coverage") } ?? 0)) in the last month"
        reading += lateMonths.isEmpty ? "; no compound is late after the deadline."
            : "; compounds are late after the deadline in \(count(lateMonths.count, "month")) (up to \(Int(lateMonths.compactMap { t.number($0, "late") }.max()!)) at once)."
        let coverage = ReportFigure(
            id: "chart-rollout-coverage", sources: [t.file], title: "Coverage by street",
            svg: SVGChart.lines("Coverage by street", categories: periods, series: series, xLabel: "month (YYYY-MM)",
                                yLabel: "compounds managed (% of the street's)", percent: true),
            reading: reading,
            table: table(t, ["period", "street", "compounds_managed", "compounds", "coverage", "late"]))

        let cash = district.map { t.number($0, "subsidy") ?? 0 }
        let peak = cash.indices.max { cash[$0] < cash[$1] } ?? 0
        let subsidy = ReportFigure(
            id: "chart-rollout-subsidy", sources: [t.file], title: "District subsidy cash per month",
            svg: SVGChart.columns("District subsidy cash per month", categories: periods, values: cash,
                                  xLabel: "month (YYYY-MM)", yLabel: "government money paid (CNY/month)"),
            reading: cash.isEmpty ? "The file has no district rows." :
                "The treasury pays \(money(cash.reduce(0, +))) over \(count(cash.count, "month")); the monthly cash peaks at \(money(cash[peak])) in \(periods[peak]).",
            table: table(t, ["period", "subsidy", "households_managed"], rows: district))
        return [coverage, subsidy]
    }

    // MARK: monthly.csv, summary.csv, streets.csv

    static let monthlyColumns = ["area_id", "period", "cumulative_cash"]

    /// Cumulative cash per area; coloured by street when `summary` gives the areas' streets.
    static func monthly(_ t: ReportTable, summary: ReportTable?) -> [ReportFigure] {
        let areas = t.distinct("area_id")
        let periods = t.distinct("period")
        var byArea: [String: [String: Double]] = [:]
        for row in t.rows { byArea[t.text(row, "area_id"), default: [:]][t.text(row, "period")] = t.number(row, "cumulative_cash") }
        var streetOf: [String: String] = [:]
        if let summary, summary.missing(["area_id", "street"]).isEmpty {
            for row in summary.rows { streetOf[summary.text(row, "area_id")] = summary.text(row, "street") }
        }
        let streets = areas.compactMap { streetOf[$0] }.reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } }
        let colourByStreet = !streets.isEmpty && areas.allSatisfy { streetOf[$0] != nil }
        let series = areas.enumerated().map { i, area in
            let colour = colourByStreet ? streets.firstIndex(of: streetOf[area]!)! : i
            return SVGChart.LineSeries(name: area, values: periods.map { byArea[area]?[$0] }, colour: colour,
                                       dash: colourByStreet ? "" : SVGCanvas.dash(i), width: 1.5)
        }
        let legend: [SVGChart.Key]? = colourByStreet
            ? streets.enumerated().map { ("street \($0.element)", SVGCanvas.colour($0.offset), "") } : nil
        let last = areas.compactMap { a in periods.last.flatMap { byArea[a]?[$0] }.map { (a, $0) } }
        let lowest = t.rows.min { (t.number($0, "cumulative_cash") ?? 0) < (t.number($1, "cumulative_cash") ?? 0) }
        var reading = "In the last month \(last.filter { $0.1 >= 0 }.count) of \(count(areas.count, "area")) have a cumulative cash at or above zero"
        if let lowest, let low = t.number(lowest, "cumulative_cash") {
            reading += "; the deepest point is \(money(low)), \(t.text(lowest, "area_id")) in \(t.text(lowest, "period"))"
        }
        return [ReportFigure(
            id: "chart-monthly-cumulative", sources: [t.file] + (colourByStreet ? [summary!.file] : []),
            title: "Cumulative cash per area",
            svg: SVGChart.lines("Cumulative cash per area", categories: periods, series: series, xLabel: "month (YYYY-MM)",
                                yLabel: "cumulative cash (CNY)", legend: legend),
            reading: reading + ".", table: table(t, monthlyColumns))]
    }

    static let summaryColumns = ["area_id", "street", "self_sufficiency"]

    static func summary(_ t: ReportTable) -> [ReportFigure] {
        let rows = t.rows.filter { t.number($0, "self_sufficiency") != nil }
            .sorted { t.number($0, "self_sufficiency")! > t.number($1, "self_sufficiency")! }
        let covering = rows.filter { t.number($0, "self_sufficiency")! >= 1 }.count
        var reading = "\(covering) of \(count(rows.count, "area")) cover their costs from their own revenue after VAT"
        if let worst = rows.last {
            reading += "; the lowest is \(t.text(worst, "area_id")) at \(percent(t.number(worst, "self_sufficiency")!))"
        }
        let blank = t.rows.count - rows.count
        if blank > 0 { reading += " (\(count(blank, "area")) without costs left out)" }
        return [ReportFigure(
            id: "chart-summary-self-sufficiency", sources: [t.file], title: "Self-sufficiency per area",
            svg: SVGChart.bars("Self-sufficiency per area", labels: rows.map { t.text($0, "area_id") },
                               series: [.init(name: "self-sufficiency", values: rows.map { t.number($0, "self_sufficiency") })],
                               xLabel: "own revenue after VAT ÷ costs (%)", percent: true,
                               reference: (1, "own revenue covers the costs (100 %)")),
            reading: reading + ".",
            table: table(t, ["area_id", "name", "street", "mode", "self_sufficiency", "own_revenue", "costs"].filter { t.index($0) != nil },
                         rows: rows))]
    }

    static let streetsColumns = ["street", "own_revenue", "subsidy", "costs", "taxes"]

    static func streets(_ t: ReportTable) -> [ReportFigure] {
        let rows = t.rows.filter { t.text($0, "street") != "district" }
        let v = { (name: String) in rows.map { t.number($0, name) ?? 0 } }
        let total = { (name: String) in v(name).reduce(0, +) }
        let reading = "Over the horizon the providers collect \(money(total("own_revenue"))) of their own and receive \(money(total("subsidy"))) of government money, against \(money(total("costs"))) of costs and \(money(total("taxes"))) of taxes."
        return [ReportFigure(
            id: "chart-streets-money", sources: [t.file], title: "Own revenue, subsidy and costs per street",
            svg: SVGChart.stackedColumns(
                "Own revenue, subsidy and costs per street", categories: rows.map { t.text($0, "street") },
                stacks: [("income", [("own revenue", v("own_revenue")), ("subsidy", v("subsidy"))]),
                         ("spending", [("costs", v("costs")), ("taxes", v("taxes"))])],
                xLabel: "street", yLabel: "money over the horizon (CNY)"),
            reading: reading, table: table(t, ["street", "own_revenue", "subsidy", "costs", "taxes", "net", "npv"].filter { t.index($0) != nil }))]
    }
}
