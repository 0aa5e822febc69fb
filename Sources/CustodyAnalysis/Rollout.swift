import CustodyModel

/// The district's calendar: how many compounds and households are under management each month,
/// street by street, and how much government money leaves the treasury (MODEL §7, `rollout`).
///
/// A compound is managed from its area's takeover month and counts in its area's street (not
/// the street of its ledger row: the area is what the street office runs). For month t and a
/// street:
/// - `coverage = compoundsManaged / compounds`;
/// - `subsidy = Σ subsidy_t` over the street's areas (operating subsidy, start-up grant and
///   reward: the finance bureau's cash profile, not discounted);
/// - `late = compounds − compoundsManaged` in months after the scenario's `deadline`, else 0.
///
/// - Complexity: O(areas × T).
public struct Rollout: Sendable {
    /// For each month, a row per street in order of first appearance, then the district.
    public let rows: [RolloutRow]
    /// Compounds whose area is taken over after the deadline, in scenario order; empty
    /// without a deadline.
    public let lateCompounds: [LateCompound]

    public init(_ run: ScenarioRun) {
        let scenario = run.scenario
        var streets: [String] = []
        for area in scenario.areas where !streets.contains(area.street) { streets.append(area.street) }
        let takeovers = scenario.areas.map { scenario.takeoverIndex(of: $0) }

        var rows: [RolloutRow] = []
        rows.reserveCapacity(scenario.months * (streets.count + 1))
        for t in 1...scenario.months {
            let period = scenario.period(t)
            let pastDeadline = scenario.deadline.map { period > $0 } ?? false
            var district = RolloutRow(period: period, street: StreetTotals.districtName)
            for street in streets {
                var row = RolloutRow(period: period, street: street)
                for (index, area) in scenario.areas.enumerated() where area.street == street {
                    row.add(area, managed: t >= takeovers[index], subsidy: run.areas[index][.subsidy, t])
                }
                row.close(pastDeadline: pastDeadline)
                district.absorb(row)
                rows.append(row)
            }
            district.close(pastDeadline: pastDeadline)
            rows.append(district)
        }
        self.rows = rows

        var late: [LateCompound] = []
        if let deadline = scenario.deadline {
            for (index, area) in scenario.areas.enumerated() {
                let takeover = scenario.period(takeovers[index])
                guard takeover > deadline else { continue }
                late += area.compounds.map {
                    LateCompound(compound: $0.id, name: $0.name, street: area.street, area: area.id, takeover: takeover)
                }
            }
        }
        lateCompounds = late
    }
}
