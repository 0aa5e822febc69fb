import Foundation
import Testing

/// Extreme but valid inputs never put NaN or infinity into a CSV: a ratio whose denominator is 0
/// is an empty cell (MODEL §6).
@Suite(.serialized)
struct NonFiniteNumberTests {
    /// Area `idle` has no costs and no revenue at all (every cost and price 0, wages scaled by 0);
    /// area `huge` charges 10¹² CNY/m² with a discount rate near −1 over 600 months.
    static let scenario = """
        [scenario]
        name = "extremes"
        start = "2023-06"
        months = 600
        discount_rate = -0.99

        [[area]]
        id = "idle"
        street = "s"
        mode = "merged-custody"
        provider = "new"
        takeover = "2073-05"

        [area.params]
        fee_rate = 0
        idle_rent = 0
        parking_fee = 0
        ad_income = 0
        housekeeping_orders = 0
        repair_orders = 0
        repair_capex = 0
        brokerage_orders = 0
        parcel_orders = 0
        parcel_fixed = 0
        parcel_capex = 0
        wage_factor = 0
        utilities_per_household = 0
        maintenance_per_m2 = 0
        sanitation_per_household = 0
        insurance_per_area = 0
        facility_capex = 0
        mediation_cost_per_household = 0

        [[area.compound]]
        id = "I1"
        households = 1
        floor_area_m2 = 0.001
        enclosable = false

        [[area]]
        id = "huge"
        street = "t"
        mode = "merged-custody"
        provider = "new"

        [area.params]
        fee_rate = 1e12
        collection_target = 1
        collection_start = 1

        [[area.compound]]
        id = "H1"
        households = 1000000
        floor_area_m2 = 1e9
        enclosable = true

        """

    /// The CSV files in `folder`, by name.
    func csvFiles(in folder: URL) throws -> [String: String] {
        var files: [String: String] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: folder.path) where name.hasSuffix(".csv") {
            files[name] = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
        }
        return files
    }

    @Test(arguments: [["run"], ["compare"], ["subsidy"], ["rollout"], ["breakeven", "--param", "fee_rate"],
                            ["allocate", "--pool", "0", "--method", "proportional"], ["subsidy", "--budget", "0"]])
    func noCommandWritesNanOrInfinity(_ command: [String]) throws {
        let work = CommandRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: work) }
        try Self.scenario.write(to: work.appendingPathComponent("extremes.toml"), atomically: true, encoding: .utf8)
        let outcome = try CommandRunner.run([command[0], "extremes.toml", "--out", "o"] + command.dropFirst(), in: work)
        #expect(outcome.status == 0 || outcome.status == 3, "\(outcome.stderr)")
        let files = try csvFiles(in: work.appendingPathComponent("o"))
        #expect(!files.isEmpty)
        for (name, text) in files {
            let lower = text.lowercased()
            #expect(!lower.contains("nan") && !lower.contains("inf"), "\(name)")
        }
    }

    @Test func undefinedRatiosOfAnAreaWithoutCostsAreEmptyCells() throws {
        let work = CommandRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: work) }
        try Self.scenario.write(to: work.appendingPathComponent("extremes.toml"), atomically: true, encoding: .utf8)
        #expect(try CommandRunner.run(["run", "extremes.toml", "--out", "o"], in: work).status == 0)
        let summary = try csvFiles(in: work.appendingPathComponent("o"))["summary.csv"] ?? ""
        let rows = summary.split(separator: "\r\n").map { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) }
        let header = rows[0]
        let idle = try #require(rows.first { $0.first == "idle" })
        func cell(_ column: String) -> String { idle[header.firstIndex(of: column)!] }
        #expect(cell("costs") == "0" && cell("own_revenue") == "0")
        #expect(cell("self_sufficiency") == "", "own revenue over zero costs is undefined")
        #expect(cell("irr") == "", "a cash flow of zeros has no internal rate of return")
        #expect(cell("subsidy_per_household_month") == "0")
    }
}
