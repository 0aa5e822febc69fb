import CustodyAnalysis
import CustodyModel

/// The table of `rollout` (MODEL §7): rollout.csv.
public enum RolloutTable {
    /// For each month, a row per street then `district`: period, street, compounds,
    /// compounds_managed, households, households_managed, coverage, subsidy, late.
    public static func csv(_ rollout: Rollout, excel: Bool) -> [UInt8] {
        let columns: [CSVColumn<RolloutRow>] = [
            .text("period") { $0.period.description },
            .text("street") { $0.street },
            .integer("compounds") { $0.compounds },
            .integer("compounds_managed") { $0.compoundsManaged },
            .integer("households") { $0.households },
            .integer("households_managed") { $0.householdsManaged },
            .number("coverage") { $0.coverage },
            .number("subsidy") { $0.subsidy },
            .integer("late") { $0.late },
        ]
        var w = CSVWriter(excel: excel)
        w.table(columns, rows: rollout.rows)
        return w.bytes
    }
}
