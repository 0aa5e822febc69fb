import CustodyModel

/// The three tables of `custody run` (MODEL §7): monthly.csv, summary.csv and streets.csv.
public enum RunTables {
    /// File name and CSV bytes of each table, in the order they are listed in MODEL §7.
    public static func files(for run: ScenarioRun, excel: Bool) -> [(name: String, bytes: [UInt8])] {
        [("monthly.csv", monthly(run, excel: excel)),
         ("summary.csv", summary(run, excel: excel)),
         ("streets.csv", streets(run, excel: excel))]
    }

    /// One row per area and month: the lines of MODEL §5.
    public static func monthly(_ run: ScenarioRun, excel: Bool) -> [UInt8] {
        let s = run.scenario
        var w = CSVWriter(excel: excel, reservingCapacity: s.areas.count * s.months * 200)
        w.row(["area_id", "month", "period", "managed", "households"] + MonthlyLine.allCases.map(\.name))
        let periods = (1...s.months).map { s.period($0).description }
        for (index, area) in s.areas.enumerated() {
            let facts = run.facts[index], lines = run.areas[index].lines
            for t in 1...s.months {
                w.text(area.id)
                w.integer(t)
                w.text(periods[t - 1])
                w.integer(max(0, t - facts.takeoverIndex + 1))
                w.number(facts.households)
                for line in lines { w.number(line[t - 1]) }
                w.endRow()
            }
        }
        return w.bytes
    }

    /// One row per area: identity, totals and the metrics of MODEL §6.
    public static func summary(_ run: ScenarioRun, excel: Bool) -> [UInt8] {
        typealias Row = (area: Area, facts: AreaFacts, m: AreaMetrics)
        let columns: [CSVColumn<Row>] = [
            .text("area_id") { $0.area.id },
            .text("name") { $0.area.name },
            .text("street") { $0.area.street },
            .text("mode") { $0.area.mode.rawValue },
            .text("provider") { $0.area.provider.rawValue },
            .integer("compounds") { $0.area.compounds.count },
            .number("households") { $0.facts.households },
            .number("floor_area_m2") { $0.facts.floorArea },
            .number("own_revenue") { $0.m.ownRevenue },
            .number("subsidy") { $0.m.subsidy },
            .number("costs") { $0.m.costs },
            .number("taxes") { $0.m.taxes },
            .number("net") { $0.m.net },
            .number("npv") { $0.m.npv },
            .number("irr") { $0.m.irr },
            .integer("payback_month") { $0.m.paybackMonth },
            .number("min_cumulative_cash") { $0.m.minCumulativeCash },
            .number("self_sufficiency") { $0.m.selfSufficiency },
            .number("subsidy_per_household_month") { $0.m.subsidyPerHouseholdMonth },
            .number("steady_net") { $0.m.steadyNet },
        ]
        let rows = run.scenario.areas.indices.map { (run.scenario.areas[$0], run.facts[$0], run.areas[$0].metrics) }
        var w = CSVWriter(excel: excel)
        w.table(columns, rows: rows)
        return w.bytes
    }

    /// One row per street in order of first appearance, then `district`.
    public static func streets(_ run: ScenarioRun, excel: Bool) -> [UInt8] {
        let columns: [CSVColumn<StreetTotals>] = [
            .text("street") { $0.street },
            .integer("areas") { $0.areas },
            .integer("compounds") { $0.compounds },
            .number("households") { $0.households },
            .number("own_revenue") { $0.ownRevenue },
            .number("subsidy") { $0.subsidy },
            .number("costs") { $0.costs },
            .number("taxes") { $0.taxes },
            .number("net") { $0.net },
            .number("npv") { $0.npv },
        ]
        var w = CSVWriter(excel: excel)
        w.table(columns, rows: run.streets)
        return w.bytes
    }
}
