import CustodyAnalysis
import CustodyModel
import Testing

/// `compare`: the plan's feasibility rules, each mode's values, and the recommendation.
struct ModeComparisonTests {
    @Test func everyReasonCodeIsProvoked() {
        let two = [compound("C1"), compound("C2")]
        #expect(FeasibilityRule.failures(of: .marketSelection, for: two) == [.notSingleCompound, .notEnclosable])
        #expect(FeasibilityRule.failures(of: .selfManagement, for: two) == [.notSingleCompound, .ownersUnwilling])
        #expect(FeasibilityRule.failures(of: .nearbyTakeover, for: [compound("C1", adjacent: true), compound("C2")])
                == [.noManagedNeighbour])
        #expect(FeasibilityRule.failures(of: .mergedCustody, for: two).isEmpty)
        let ideal = [compound("C1", enclosable: true, willing: true, adjacent: true)]
        for mode in ServiceMode.allCases { #expect(FeasibilityRule.failures(of: mode, for: ideal).isEmpty) }
    }

    @Test func reasonJoinsTheFailedCodesWithSemicolons() {
        let s = scenario([area("a", compounds: [compound("C1"), compound("C2")], params: flat)], params: flat)
        let rows = ModeComparison.compare(s)
        #expect(rows.map(\.mode) == ServiceMode.allCases)
        #expect(rows.map(\.reason) == ["not-single-compound;not-enclosable", "not-single-compound;owners-unwilling",
                                       "ok", "no-managed-neighbour"])
        #expect(rows.map(\.feasible) == [false, false, true, false])
        #expect(rows.filter(\.recommended).map(\.mode) == [.mergedCustody])
    }

    @Test func eachModeRunsWithItsOwnModeValuesAndAreaValuesStillWin() {
        // fee 1000 / 8000 breaks even; the market-selection fee makes a profit, the merged
        // one needs a subsidy, and the area's insurance applies under every mode.
        let one = [compound("C1", households: 100, floorArea: 8000, enclosable: true, willing: true, adjacent: true)]
        let s = scenario([area("a", mode: .mergedCustody, compounds: one, params: ["insurance_per_area": .number(2000)])],
                         params: merging(flat, ["fee_rate": .number(0.2)]),
                         modes: [.marketSelection: ["fee_rate": .number(0.5), "insurance_per_area": .number(0)],
                                 .mergedCustody: ["fee_rate": .number(0.1)]])
        let rows = ModeComparison.compare(s)
        // Market selection: 0.5 × 8000 − 2000 = +2000 a month, no subsidy needed.
        #expect(rows[0].subsidy.outcome == .notNeeded && rows[0].npv > 0)
        // Merged custody: 0.1 × 8000 − 2000 = −1200 a month: 12 CNY/household/month.
        #expect(close(rows[2].subsidy.rate!, 12))
        // Self-management and nearby takeover keep [params]: 0.2 × 8000 − 2000 = −400: 4.
        #expect(close(rows[1].subsidy.rate!, 4) && close(rows[3].subsidy.rate!, 4))
        #expect(rows.filter(\.recommended).map(\.mode) == [.marketSelection])
    }

    /// A row of one area with the given break-even rate and self-sufficiency.
    func row(_ mode: ServiceMode, rate: Double?, selfSufficiency: Double?, feasible: Bool = true) -> ModeComparisonRow {
        ModeComparisonRow(area: 0, mode: mode, failures: feasible ? [] : [.notSingleCompound], npv: 0,
                          selfSufficiency: selfSufficiency,
                          subsidy: SubsidyBreakeven(outcome: rate == nil ? .noSolution : .needed,
                                                    metricWithoutSubsidy: -1, rate: rate, evaluations: 0))
    }

    @Test func lowestSubsidyWinsAmongFeasibleModesOnly() {
        let rows = [row(.marketSelection, rate: 0, selfSufficiency: 2, feasible: false),
                    row(.selfManagement, rate: 5, selfSufficiency: 0.5),
                    row(.mergedCustody, rate: 3, selfSufficiency: 0.4),
                    row(.nearbyTakeover, rate: 4, selfSufficiency: 0.9)]
        #expect(ModeComparison.recommend(rows) == 2)
    }

    @Test func aTieOnSubsidyGoesToTheHigherSelfSufficiency() {
        let rows = [row(.marketSelection, rate: 3, selfSufficiency: 0.8),
                    row(.selfManagement, rate: 3 + 1e-12, selfSufficiency: 0.9),
                    row(.mergedCustody, rate: 3, selfSufficiency: nil)]
        #expect(ModeComparison.recommend(rows) == 1)
    }

    @Test func aFullTieGoesToTheEarlierMode() {
        let rows = [row(.marketSelection, rate: 0, selfSufficiency: 1.2, feasible: false),
                    row(.selfManagement, rate: 0, selfSufficiency: 1.1),
                    row(.mergedCustody, rate: 0, selfSufficiency: 1.1),
                    row(.nearbyTakeover, rate: 0, selfSufficiency: 1.1)]
        #expect(ModeComparison.recommend(rows) == 1)
    }

    @Test func aModeWithoutSolutionRanksLast() {
        let rows = [row(.mergedCustody, rate: nil, selfSufficiency: 3),
                    row(.nearbyTakeover, rate: 900, selfSufficiency: 0.1)]
        #expect(ModeComparison.recommend(rows) == 1)
        #expect(ModeComparison.recommend([row(.mergedCustody, rate: nil, selfSufficiency: 3)]) == 0)
        #expect(ModeComparison.recommend([row(.marketSelection, rate: 1, selfSufficiency: 1, feasible: false)]) == nil)
    }
}
