import CustodyModel
import Foundation

extension ReportFigures {
    static let breakevenColumns = ["scope", "param", "metric", "value", "status"]

    /// A chart per (param, metric) pair: the solved values, largest first.
    static func breakeven(_ t: ReportTable) -> [ReportFigure] {
        let pairs = t.rows.map { "\(t.text($0, "param"))\u{0}\(t.text($0, "metric"))" }
            .reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } }
        return pairs.enumerated().map { k, pair in
            let parts = pair.split(separator: "\u{0}", omittingEmptySubsequences: false).map(String.init)
            let all = t.rows.filter { t.text($0, "param") == parts[0] && t.text($0, "metric") == parts[1] }
            let solved = all.filter { t.number($0, "value") != nil }.sorted { t.number($0, "value")! > t.number($1, "value")! }
            let title = "Break-even \(parts[0]) (\(parts[1]) = 0)"
            var reading = "\(solved.count) of \(all.count) solves found the value of \(parts[0]) at which \(parts[1]) is zero"
            if let hi = solved.first, let lo = solved.last, solved.count > 1 {
                reading += ", from \(HTML.number(t.number(lo, "value"))) (\(t.text(lo, "scope"))) to \(HTML.number(t.number(hi, "value"))) (\(t.text(hi, "scope")))"
            }
            if solved.count < all.count { reading += "; the others have no sign change on the bracket or did not converge" }
            return ReportFigure(
                id: "chart-breakeven" + (k == 0 ? "" : "-\(k + 1)"), sources: [t.file], title: title,
                svg: SVGChart.bars(title, labels: solved.map { t.text($0, "scope") },
                                   series: [.init(name: parts[0], values: solved.map { t.number($0, "value") })],
                                   xLabel: "\(parts[0]) at break-even (\(ParameterCatalog.spec(named: parts[0])?.unit ?? "its unit"))"),
                reading: reading + ".",
                table: table(t, ["scope", "param", "metric", "value", "iterations", "status", "metric_at_lo", "metric_at_hi"]
                    .filter { t.index($0) != nil }, rows: all))
        }
    }

    static let subsidyColumns = ["area_id", "need", "funded", "status"]

    static func subsidy(_ t: ReportTable) -> [ReportFigure] {
        let needing = t.rows.filter { (t.number($0, "need") ?? 0) > 0 }.sorted { t.number($0, "need")! > t.number($1, "need")! }
        let need = needing.reduce(0) { $0 + t.number($1, "need")! }
        let funded = t.rows.reduce(0) { $0 + (t.number($1, "funded") ?? 0) }
        let unsolved = t.rows.filter { t.text($0, "status") == "no-solution" }.count
        var reading = "\(needing.count) of \(count(t.rows.count, "area")) need a subsidy, \(money(need)) in all over the horizon"
        if need > 0 { reading += "; \(money(funded)) of it is funded (\(percent(funded / need)))" }
        if unsolved > 0 { reading += "; \(count(unsolved, "area")) cannot break even with any subsidy up to 10⁶ CNY/household/month" }
        return [ReportFigure(
            id: "chart-subsidy-need", sources: [t.file], title: "Subsidy need per area",
            svg: SVGChart.bars("Subsidy need per area", labels: needing.map { t.text($0, "area_id") },
                               series: [.init(name: "need", values: needing.map { t.number($0, "need") }),
                                        .init(name: "funded", values: needing.map { t.number($0, "funded") ?? 0 })],
                               xLabel: "subsidy over the horizon (CNY)"),
            reading: reading + ".",
            table: table(t, ["area_id", "street", "mode", "households", "subsidy_per_household_month", "need", "funded", "status"]
                .filter { t.index($0) != nil }))]
    }

    static let compareColumns = ["area_id", "mode", "feasible", "recommended"]

    static func compare(_ t: ReportTable) -> [ReportFigure] {
        let modes = t.distinct("mode")
        let feasible = modes.map { m in Double(t.rows.filter { t.text($0, "mode") == m && t.text($0, "feasible") == "true" }.count) }
        let recommended = modes.map { m in Double(t.rows.filter { t.text($0, "mode") == m && t.text($0, "recommended") == "true" }.count) }
        let areas = t.distinct("area_id").count
        let best = modes.indices.max { recommended[$0] < recommended[$1] }
        let reading = best.map { "Of \(count(areas, "area")), \(Int(recommended[$0])) are best served by \(modes[$0]) (the lowest break-even subsidy among the modes the plan allows them)." }
            ?? "The file has no rows."
        let rows = modes.indices.map { [modes[$0], HTML.number(feasible[$0]), HTML.number(recommended[$0])] }
        return [ReportFigure(
            id: "chart-compare-modes", sources: [t.file], title: "Service modes: feasible and recommended",
            svg: SVGChart.bars("Service modes: feasible and recommended", labels: modes,
                               series: [.init(name: "feasible", values: feasible), .init(name: "recommended", values: recommended)],
                               xLabel: "areas (count)"),
            reading: reading, table: (["mode", "areas feasible", "areas recommended"], rows))]
    }

    static let allocationColumns = ["area_id", "allocation"]

    static func allocation(_ t: ReportTable) -> [ReportFigure] {
        let rows = t.rows.sorted { (t.number($0, "allocation") ?? 0) > (t.number($1, "allocation") ?? 0) }
        let pool = rows.reduce(0) { $0 + (t.number($1, "allocation") ?? 0) }
        let paid = rows.filter { (t.number($0, "allocation") ?? 0) > 0 }
        var reading = "The pool of \(money(pool)) goes to \(paid.count) of \(count(rows.count, "area"))"
        if let top = paid.first, pool > 0 {
            reading += "; the largest award, \(money(t.number(top, "allocation")!)) (\(percent(t.number(top, "allocation")! / pool))), goes to \(t.text(top, "area_id"))"
        }
        if paid.count < rows.count { reading += " (the chart leaves out the \(rows.count - paid.count) that get nothing)" }
        return [ReportFigure(
            id: "chart-allocation", sources: [t.file], title: "Reward allocation per area",
            svg: SVGChart.bars("Reward allocation per area", labels: paid.map { t.text($0, "area_id") },
                               series: [.init(name: "allocation", values: paid.map { t.number($0, "allocation") })],
                               xLabel: "award (CNY)"),
            reading: reading + ".",
            table: table(t, ["area_id", "street", "households", "score", "gap", "allocation", "share"].filter { t.index($0) != nil },
                         rows: rows))]
    }

    static let shareColumns = ["compound_id", "shapley_cost", "proportional_cost"]

    static func share(_ t: ReportTable) -> [ReportFigure] {
        let rows = t.rows
        let over = rows.filter { (t.number($0, "proportional_cost") ?? 0) > (t.number($0, "shapley_cost") ?? 0) }
        let reading = over.isEmpty
            ? "A uniform fee per m² charges no compound more than its fair (Shapley) share of the area's monthly cost."
            : "A uniform fee per m² charges \(count(over.count, "compound")) of \(rows.count) more than their fair (Shapley) share of the monthly cost: \(over.map { t.text($0, "compound_id") }.joined(separator: ", "))."
        return [ReportFigure(
            id: "chart-share", sources: [t.file], title: "Fair (Shapley) and floor-area cost per compound",
            svg: SVGChart.bars("Fair (Shapley) and floor-area cost per compound", labels: rows.map { t.text($0, "compound_id") },
                               series: [.init(name: "Shapley cost", values: rows.map { t.number($0, "shapley_cost") },
                                              errors: rows.map { t.number($0, "std_error") }),
                                        .init(name: "cost shared by floor area", values: rows.map { t.number($0, "proportional_cost") })],
                               xLabel: "running cost (CNY/month)"),
            reading: reading,
            table: table(t, ["compound_id", "households", "floor_area_m2", "standalone_cost", "shapley_cost", "proportional_cost",
                             "fair_fee_per_m2", "std_error"].filter { t.index($0) != nil }))]
    }
}
