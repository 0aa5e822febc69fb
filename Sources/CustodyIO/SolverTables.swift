import CustodyAnalysis
import CustodyModel

/// The tables of the solvers (MODEL §7): breakeven.csv, subsidy.csv and compare.csv.
public enum SolverTables {
    /// One row per solve: scope, param, metric, value, iterations, status, metric_at_lo,
    /// metric_at_hi. `value` is empty unless the status is `ok`; the writer leaves a NaN or
    /// infinite metric empty.
    public static func breakeven(_ rows: [BreakevenRow], excel: Bool) -> [UInt8] {
        let columns: [CSVColumn<BreakevenRow>] = [
            .text("scope") { $0.scope },
            .text("param") { $0.parameter },
            .text("metric") { $0.metric.rawValue },
            .number("value") { $0.value },
            .integer("iterations") { $0.crossing.iterations },
            .text("status") { $0.crossing.status.rawValue },
            .number("metric_at_lo") { $0.crossing.metricAtLower },
            .number("metric_at_hi") { $0.crossing.metricAtUpper },
        ]
        var w = CSVWriter(excel: excel)
        w.table(columns, rows: rows)
        return w.bytes
    }

    /// One row per area: area_id, street, mode, households, metric_without_subsidy,
    /// subsidy_per_household_month, need, funded, funded_share, status.
    public static func subsidy(_ rows: [SubsidyRow], scenario: Scenario, excel: Bool) -> [UInt8] {
        let columns: [CSVColumn<SubsidyRow>] = [
            .text("area_id") { scenario.areas[$0.area].id },
            .text("street") { scenario.areas[$0.area].street },
            .text("mode") { scenario.areas[$0.area].mode.rawValue },
            .number("households") { $0.households },
            .number("metric_without_subsidy") { $0.search.metricWithoutSubsidy },
            .number("subsidy_per_household_month") { $0.search.rate },
            .number("need") { $0.need },
            .number("funded") { $0.funded },
            .number("funded_share") { $0.fundedShare },
            .text("status") { $0.status.rawValue },
        ]
        var w = CSVWriter(excel: excel)
        w.table(columns, rows: rows)
        return w.bytes
    }

    /// Four rows per area: area_id, mode, feasible, reason, npv, self_sufficiency,
    /// subsidy_per_household_month, recommended.
    public static func compare(_ rows: [ModeComparisonRow], scenario: Scenario, excel: Bool) -> [UInt8] {
        let columns: [CSVColumn<ModeComparisonRow>] = [
            .text("area_id") { scenario.areas[$0.area].id },
            .text("mode") { $0.mode.rawValue },
            .text("feasible") { String($0.feasible) },
            .text("reason") { $0.reason },
            .number("npv") { $0.npv },
            .number("self_sufficiency") { $0.selfSufficiency },
            .number("subsidy_per_household_month") { $0.subsidy.rate },
            .text("recommended") { String($0.recommended) },
        ]
        var w = CSVWriter(excel: excel)
        w.table(columns, rows: rows)
        return w.bytes
    }
}
