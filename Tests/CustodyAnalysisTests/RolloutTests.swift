@testable import CustodyAnalysis
import CustodyModel
import Testing

/// rollout.csv's counts, coverage, subsidy cash and late compounds (MODEL §7).
struct RolloutTests {
    /// Two streets over six months from 2023-06, deadline 2023-08: `early` (湓浦, two compounds,
    /// from the start), `late` (甘棠, one compound, taken over 2023-10, two months after the
    /// deadline) and `onTime` (甘棠, from 2023-08). Subsidy 10 CNY/household/month everywhere.
    func calendar() -> Rollout {
        var early = area("early", compounds: [compound("E1", households: 100), compound("E2", households: 50)])
        early.takeover = YearMonth("2023-06")
        var late = area("late", compounds: [compound("L1", households: 30)])
        late.street = "甘棠"
        late.takeover = YearMonth("2023-10")
        var onTime = area("on-time", compounds: [compound("T1", households: 20)])
        onTime.street = "甘棠"
        onTime.takeover = YearMonth("2023-08")
        var s = scenario([early, late, onTime], months: 6, params: merging(flat, ["subsidy_per_household": .number(10)]))
        s.deadline = YearMonth("2023-08")
        return Rollout(ScenarioModel(s).run())
    }

    @Test func eachMonthHasARowPerStreetThenTheDistrict() {
        let rows = calendar().rows
        #expect(rows.count == 6 * 3)
        #expect(rows.prefix(3).map(\.street) == ["湓浦", "甘棠", "district"])
        #expect(rows.map(\.period.description) == ["2023-06", "2023-07", "2023-08", "2023-09", "2023-10", "2023-11"]
            .flatMap { [$0, $0, $0] })
    }

    @Test func compoundsCountInTheirAreasStreetFromTheTakeoverMonth() {
        let gantang = calendar().rows.filter { $0.street == "甘棠" }
        #expect(gantang.map(\.compounds) == [2, 2, 2, 2, 2, 2])
        #expect(gantang.map(\.compoundsManaged) == [0, 0, 1, 1, 2, 2])
        #expect(gantang.map(\.householdsManaged) == [0, 0, 20, 20, 50, 50])
        #expect(gantang.map(\.coverage) == [0, 0, 0.5, 0.5, 1, 1])
        let district = calendar().rows.filter { $0.street == "district" }
        #expect(district.map(\.compoundsManaged) == [2, 2, 3, 3, 4, 4])
        #expect(district.allSatisfy { $0.compounds == 4 && $0.households == 200 })
    }

    @Test func aLateCompoundCountsOnlyInMonthsAfterTheDeadlineUntilItIsManaged() {
        let rollout = calendar()
        // Deadline 2023-08: 2023-09 is the first month after it; L1 is managed from 2023-10.
        #expect(rollout.rows.filter { $0.street == "甘棠" }.map(\.late) == [0, 0, 0, 1, 0, 0])
        #expect(rollout.rows.filter { $0.street == "district" }.map(\.late) == [0, 0, 0, 1, 0, 0])
        #expect(rollout.rows.filter { $0.street == "湓浦" }.allSatisfy { $0.late == 0 })
        #expect(rollout.lateCompounds == [LateCompound(compound: "L1", name: nil, street: "甘棠", area: "late",
                                                       takeover: YearMonth("2023-10")!)])
    }

    @Test func subsidyIsTheMonthsGovernmentMoneyToTheStreetsAreas() {
        let rows = calendar().rows
        // 10 CNY per managed household a month (flat parameters: no grant or reward).
        #expect(rows.filter { $0.street == "湓浦" }.allSatisfy { abs($0.subsidy - 1500) < 1e-9 })
        #expect(rows.filter { $0.street == "甘棠" }.map(\.subsidy) == [0, 0, 200, 200, 500, 500])
        #expect(rows.filter { $0.street == "district" }.map(\.subsidy) == [1500, 1500, 1700, 1700, 2000, 2000])
    }

    @Test func withoutADeadlineNothingIsLate() {
        var s = scenario([area("a", compounds: [compound("C1")])], months: 3)
        s.areas[0].takeover = YearMonth("2023-08")
        let rollout = Rollout(ScenarioModel(s).run())
        #expect(rollout.rows.allSatisfy { $0.late == 0 })
        #expect(rollout.lateCompounds.isEmpty)
        #expect(rollout.rows.filter { $0.street == "district" }.map(\.coverage) == [0, 0, 1])
    }
}
