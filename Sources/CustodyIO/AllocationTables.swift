import CustodyAnalysis
import CustodyModel

/// The tables of `allocate` and `share` (MODEL §7): allocation.csv and share.csv.
public enum AllocationTables {
    /// One row per area: area_id, street, households, score, gap, allocation, share. An area
    /// without a score has an empty `score`; `share` is empty for an empty pool.
    public static func allocation(_ rows: [AllocationRow], scenario: Scenario, excel: Bool) -> [UInt8] {
        let columns: [CSVColumn<AllocationRow>] = [
            .text("area_id") { scenario.areas[$0.area].id },
            .text("street") { scenario.areas[$0.area].street },
            .number("households") { $0.households },
            .number("score") { $0.score },
            .number("gap") { $0.gap },
            .number("allocation") { $0.allocation },
            .number("share") { $0.share },
        ]
        var w = CSVWriter(excel: excel)
        w.table(columns, rows: rows)
        return w.bytes
    }

    /// One row per compound of the area: compound_id, households, floor_area_m2,
    /// standalone_cost, shapley_cost, savings, fair_fee_per_m2, proportional_cost, method,
    /// std_error (empty when exact).
    public static func share(_ rows: [CostShareRow], excel: Bool) -> [UInt8] {
        let columns: [CSVColumn<CostShareRow>] = [
            .text("compound_id") { $0.compound.id },
            .integer("households") { $0.compound.households },
            .number("floor_area_m2") { $0.compound.floorArea },
            .number("standalone_cost") { $0.standaloneCost },
            .number("shapley_cost") { $0.shapleyCost },
            .number("savings") { $0.savings },
            .number("fair_fee_per_m2") { $0.fairFeePerM2 },
            .number("proportional_cost") { $0.proportionalCost },
            .text("method") { $0.method.rawValue },
            .number("std_error") { $0.standardError },
        ]
        var w = CSVWriter(excel: excel)
        w.table(columns, rows: rows)
        return w.bytes
    }
}
