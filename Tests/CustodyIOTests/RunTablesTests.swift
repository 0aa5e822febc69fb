import CustodyModel
import Testing
@testable import CustodyIO

/// The three tables of `custody run`, columns in MODEL §7's order.
struct RunTablesTests {
    /// One area of 10 households taken over in the third month of six.
    let run: ScenarioRun = {
        let compound = Compound(id: "C1", street: "白水湖", households: 10, floorArea: 800, enclosable: false)
        let area = Area(id: "bsh-1", name: "白水湖, \"试点\"", street: "白水湖", mode: .nearbyTakeover, provider: .introduced,
                        takeover: YearMonth("2023-08"), compounds: [compound])
        return ScenarioModel(Scenario(name: "t", start: YearMonth("2023-06")!, months: 6, areas: [area])).run()
    }()

    func rows(_ bytes: [UInt8]) -> [[String]] {
        CSVRecordReader.records(in: String(decoding: bytes, as: UTF8.self), file: "t.csv").records.map(\.fields)
    }

    @Test func monthlyCountsManagedMonthsAndNamesPeriods() {
        let table = rows(RunTables.monthly(run, excel: false))
        #expect(table[0] == ["area_id", "month", "period", "managed", "households", "billed_fees", "collection_rate",
                             "fee_income", "fee_offset", "public_income", "vas_revenue", "subsidy", "staff_cost",
                             "other_opex", "mediation_cost", "vas_cost", "capex", "vat", "surcharges", "cit",
                             "net_cash_flow", "cumulative_cash"])
        #expect(table.dropFirst().map { $0[3] } == ["0", "0", "1", "2", "3", "4"])
        #expect(table.dropFirst().map { $0[2] } == ["2023-06", "2023-07", "2023-08", "2023-09", "2023-10", "2023-11"])
        // Before takeover every money line is 0 and households are still shown.
        #expect(table[1][4] == "10" && table[1].dropFirst(5).allSatisfy { $0 == "0" })
        // 0.45 × 800 = 360 billed in a managed month.
        #expect(table[3][5] == "360")
    }

    @Test func summaryLeavesUndefinedCellsEmpty() {
        let table = rows(RunTables.summary(run, excel: false))
        #expect(table[0] == ["area_id", "name", "street", "mode", "provider", "compounds", "households", "floor_area_m2",
                             "own_revenue", "subsidy", "costs", "taxes", "net", "npv", "irr", "payback_month",
                             "min_cumulative_cash", "self_sufficiency", "subsidy_per_household_month", "steady_net"])
        let row = table[1]
        #expect(row[0] == "bsh-1" && row[1] == "白水湖, \"试点\"" && row[3] == "nearby-takeover" && row[4] == "introduced")
        // Four months of a 10-household compound never repay the equipment: no payback, and no
        // IRR since the cash flow never turns positive.
        #expect(row[14] == "" && row[15] == "")
        #expect(row[18] == "0")
    }

    @Test func streetsEndWithTheDistrict() {
        let table = rows(RunTables.streets(run, excel: false))
        #expect(table[0] == ["street", "areas", "compounds", "households", "own_revenue", "subsidy", "costs", "taxes", "net", "npv"])
        #expect(table.map { $0[0] } == ["street", "白水湖", "district"])
        #expect(Array(table[1].dropFirst()) == Array(table[2].dropFirst()))
    }
}
