import CustodyModel
import Foundation
import Testing
@testable import CustodyIO

/// Loading valid scenarios: what the loader builds.
@Suite struct ScenarioLoaderTests {
    @Test func smallScenarioBuildsItsAreaFromTheLedger() throws {
        let loaded = try load(smallScenario())
        let s = loaded.scenario
        #expect(s.name == "test" && s.start == YearMonth(year: 2023, month: 6) && s.months == 12)
        #expect(s.discountRate == 0.04 && s.deadline == nil)
        #expect(s.areas.count == 1)
        #expect(s.areas[0].compounds.map(\.id) == ["A-1", "A-2"])
        #expect(s.areas[0].mode == .mergedCustody && s.areas[0].provider == .new)
        #expect(loaded.warnings.isEmpty)
        #expect(loaded.ledgerPath == "ledger.csv" && loaded.ledgerData == Data(smallLedger.utf8))
        #expect(loaded.ledgerEncoding == .utf8 && loaded.scenarioEncoding == .utf8)
        #expect(loaded.ledgerRows == ["A-1": 2, "A-2": 3, "A-3": 4])
    }

    @Test func precedenceIsDefaultThenParamsThenModeThenArea() throws {
        let toml = """
        [scenario]
        name = "p"
        start = "2023-06"
        months = 12
        ledger = "ledger.csv"

        [params]
        fee_rate = 0.5
        collection_target = 0.8
        idle_rent = 10

        [modes.merged-custody]
        fee_rate = 0.4
        collection_target = 0.7

        [[area]]
        id = "a"
        street = "湓浦"
        mode = "merged-custody"
        provider = "new"
        compounds = ["A-1"]

        [area.params]
        fee_rate = 0.3

        [[area]]
        id = "b"
        street = "湓浦"
        mode = "market-selection"
        provider = "introduced"
        compounds = ["A-2"]
        """
        let s = try load(toml).scenario
        let a = s.resolve(s.areas[0]), b = s.resolve(s.areas[1])
        #expect(a.values.feeRate == 0.3 && a.values.collectionTarget == 0.7 && a.values.idleRent == 10)
        #expect(a.values.parkingFee == 60)
        #expect(b.values.feeRate == 0.5 && b.values.collectionTarget == 0.8)
        let fee = try #require(ParameterCatalog.spec(named: "fee_rate")).id
        let target = try #require(ParameterCatalog.spec(named: "collection_target")).id
        let parking = try #require(ParameterCatalog.spec(named: "parking_fee")).id
        #expect(a.levels[fee.index] == .area && a.levels[target.index] == .mode && a.levels[parking.index] == .default)
        #expect(b.levels[fee.index] == .params)
    }

    @Test func byYearListsAcceptASingleNumberAndIntegersAcceptIntegralFloats() throws {
        let s = try load(smallScenario(params: """
            subsidy_per_household = 5
            subsidy_per_m2 = [0.3, 0.2, 0]
            reward_month = 6.0
            collection_ramp_months = 0
            subsidy_taxable = false
            staff_rounding = "ceil"
            """)).scenario
        let p = s.resolve(s.areas[0]).values
        #expect(p.subsidyPerHousehold == .every(5) && p.subsidyPerM2 == YearList(years: [0.3, 0.2, 0]))
        #expect(p.rewardMonth == 6 && p.collectionRampMonths == 0)
        #expect(p.subsidyTaxable == false && p.staffRounding == .ceil)
    }

    @Test func inlineCompoundsTakeTomlTypesAndTheirAreasStreet() throws {
        let s = try load(smallScenario(area: """
            [[area.compound]]
            id = "IN-1"
            households = 96
            floor_area_m2 = 6100
            enclosable = "yes"
            adjacent_managed = true
            parking_spaces = 3.0

            [[area.compound]]
            id = "IN-2"
            street = "甘棠"
            households = 10
            floor_area_m2 = 800.5
            enclosable = false
            """)).scenario
        let compounds = s.areas[0].compounds
        #expect(compounds.map(\.id) == ["A-1", "A-2", "IN-1", "IN-2"])
        #expect(compounds[2] == Compound(id: "IN-1", street: "湓浦", households: 96, floorArea: 6100, enclosable: true,
                                         adjacentManaged: true, parkingSpaces: 3))
        #expect(compounds[3].street == "甘棠")
    }

    @Test func compoundsMayNameInlineCompoundsWhichCountOnce() throws {
        let toml = smallScenario(area: """
            [[area.compound]]
            id = "IN-1"
            households = 9
            floor_area_m2 = 700
            enclosable = 0
            """).replacingOccurrences(of: "compounds = [\"A-1\", \"A-2\"]", with: "compounds = [\"IN-1\", \"A-1\"]")
        let s = try load(toml).scenario
        #expect(s.areas[0].compounds.map(\.id) == ["IN-1", "A-1"])
    }

    @Test func scenarioWithoutLedgerUsesInlineCompoundsOnly() throws {
        let toml = """
        [scenario]
        name = "inline"
        start = "2024-01"
        months = 24
        discount_rate = -0.5

        [[area]]
        id = "x_1"
        street = "S"
        mode = "self-management"
        provider = "restructured"
        takeover = "2025-12"
        score = 100

        [[area.compound]]
        id = "C"
        households = 1
        floor_area_m2 = 1
        enclosable = true
        """
        let loaded = try load(toml, ledger: nil)
        #expect(loaded.ledgerPath == nil && loaded.ledgerData == nil)
        #expect(loaded.scenario.areas[0].takeover == YearMonth(year: 2025, month: 12))
        #expect(loaded.scenario.discountRate == -0.5)
    }

    @Test func sweepsAreBuiltForEachDistributionAndPathLevel() throws {
        let s = try load(smallScenario("""
            [[sweep]]
            param = "collection_target"
            dist = "beta"
            mean = 0.82
            sd = 0.06

            [[sweep]]
            param = "modes.merged-custody.fee_rate"
            dist = "uniform"
            min = 0.3
            max = 0.5
            levels = 5

            [[sweep]]
            param = "area.a.subsidy_per_m2"
            values = [0, 0.1, 0.2]

            [[sweep]]
            param = "idle_rent"
            dist = "normal"
            mean = 12
            sd = 2
            min = 0

            [[sweep]]
            param = "parking_fee"
            dist = "lognormal"
            mean = 60
            sd = 10

            [[sweep]]
            param = "reward_month"
            dist = "triangular"
            min = 1
            mode = 12
            max = 24

            [[sweep]]
            param = "idle_occupancy"
            dist = "pert"
            min = 0.4
            mode = 0.6
            max = 0.9
            """)).scenario
        let fee = ParameterCatalog.spec(named: "fee_rate")!.id
        #expect(s.sweeps.count == 7)
        #expect(s.sweeps[0].distribution == .beta(mean: 0.82, sd: 0.06, min: 0, max: 1) && s.sweeps[0].levels == 3)
        #expect(s.sweeps[1].path == ParameterPath(level: .mode(.mergedCustody), parameter: fee))
        #expect(s.sweeps[1].distribution == .uniform(min: 0.3, max: 0.5) && s.sweeps[1].levels == 5)
        #expect(s.sweeps[2].path.description == "area.a.subsidy_per_m2" && s.sweeps[2].distribution == .values([0, 0.1, 0.2]))
        #expect(s.sweeps[3].distribution == .normal(mean: 12, sd: 2, min: 0, max: nil))
        #expect(s.sweeps[4].distribution == .lognormal(mean: 60, sd: 10))
        #expect(s.sweeps[5].distribution == .triangular(min: 1, mode: 12, max: 24))
        #expect(s.sweeps[6].distribution == .pert(min: 0.4, mode: 0.6, max: 0.9))
    }

    @Test func ledgerPathIsRelativeToTheScenarioFolder() {
        #expect(ScenarioLoader.ledgerPath("l.csv", relativeTo: "scenarios/x.toml") == "scenarios/l.csv")
        #expect(ScenarioLoader.ledgerPath("l.csv", relativeTo: "x.toml") == "l.csv")
        #expect(ScenarioLoader.ledgerPath("/data/l.csv", relativeTo: "scenarios/x.toml") == "/data/l.csv")
        #expect(ScenarioLoader.ledgerPath("../d/l.csv", relativeTo: "/a/b/x.toml") == "/a/b/../d/l.csv")
    }

    @Test func loadsFromDiskWithTheLedgerBesideTheScenario() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data(smallScenario().utf8).write(to: folder.appendingPathComponent("s.toml"))
        try Data(smallLedger.utf8).write(to: folder.appendingPathComponent("ledger.csv"))
        let path = folder.appendingPathComponent("s.toml").path
        let loaded = try ScenarioLoader.load(path: path)
        #expect(loaded.scenarioPath == path)
        #expect(loaded.ledgerPath == folder.appendingPathComponent("ledger.csv").path)
        #expect(loaded.scenario.areas[0].compounds.count == 2)
    }

    @Test func missingScenarioFileIsAnErrorWithoutAPosition() {
        #expect {
            try ScenarioLoader.load(path: "/nonexistent/s.toml")
        } throws: { error in
            (error as? InputError)?.description == "/nonexistent/s.toml: error: cannot read the scenario file: no such file"
        }
    }

    @Test(arguments: ["xunyang-2023.toml", "penpu-merged.toml"])
    func bundledScenarioLoadsWithoutErrors(name: String) throws {
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("../../scenarios").standardized
        let path = folder.appendingPathComponent(name).path
        try #require(FileManager.default.fileExists(atPath: path))
        do {
            let loaded = try ScenarioLoader.load(path: path)
            #expect(!loaded.scenario.areas.isEmpty)
            #expect(loaded.warnings.allSatisfy { $0.severity == .warning })
        } catch {
            Issue.record("\(error)")
        }
    }
}
