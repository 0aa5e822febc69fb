import Testing
@testable import CustodyModel

/// default < [params] < [modes.<mode>] < [area.params] (MODEL §2).
struct PrecedenceTests {
    let fee = ParameterCatalog.spec(named: "fee_rate")!
    let wage = ParameterCatalog.spec(named: "wage_factor")!
    let cit = ParameterCatalog.spec(named: "cit_rate")!
    let grant = ParameterCatalog.spec(named: "startup_grant")!

    @Test func eachLevelOverridesTheOneBelowAndIsNamed() {
        let compound = Compound(id: "C", street: "s", households: 10, floorArea: 800, enclosable: false)
        let area = Area(id: "a", street: "s", mode: .mergedCustody, provider: .restructured, compounds: [compound],
                        params: assignments(["fee_rate": .number(0.38)]))
        let scenario = Scenario(
            name: "t", start: YearMonth("2023-06")!, months: 12,
            params: assignments(["fee_rate": .number(0.5), "wage_factor": .number(0.9), "startup_grant": .number(100)]),
            modes: [.mergedCustody: assignments(["fee_rate": .number(0.4), "wage_factor": .number(0.8)]),
                    .selfManagement: assignments(["startup_grant": .number(7)])],
            areas: [area])
        let resolved = scenario.resolve(area)
        #expect(close(resolved.values.feeRate, 0.38))
        #expect(resolved.levels[fee.id.index] == .area)
        #expect(close(resolved.values.wageFactor, 0.8))
        #expect(resolved.levels[wage.id.index] == .mode)
        #expect(close(resolved.values.startupGrant, 100))
        #expect(resolved.levels[grant.id.index] == .params)
        #expect(close(resolved.values.citRate, 0.05))
        #expect(resolved.levels[cit.id.index] == .default)
        // Resolving under another mode takes that mode's section instead.
        let other = scenario.resolve(area, mode: .selfManagement)
        #expect(close(other.values.startupGrant, 7))
        #expect(close(other.values.wageFactor, 0.9))
    }
}
