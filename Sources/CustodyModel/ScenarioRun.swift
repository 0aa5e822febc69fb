/// The outcome of running every area of a scenario.
public struct ScenarioRun: Sendable {
    public let scenario: Scenario
    public let facts: [AreaFacts]
    /// Per area, in the scenario's order.
    public let areas: [AreaRun]

    /// Per street in order of first appearance, then the district.
    ///
    /// Areas are added in the order of their ids, not the scenario's, so that listing the areas
    /// in another order changes the rows' order and not the last bits of their sums.
    public var streets: [StreetTotals] {
        var order: [String] = []
        var totals: [String: StreetTotals] = [:]
        for area in scenario.areas where totals[area.street] == nil {
            order.append(area.street)
            totals[area.street] = StreetTotals(street: area.street)
        }
        var district = StreetTotals(street: StreetTotals.districtName)
        for index in scenario.areas.indices.sorted(by: { scenario.areas[$0].id < scenario.areas[$1].id }) {
            let area = scenario.areas[index]
            totals[area.street]!.add(area, facts[index], areas[index].metrics)
            district.add(area, facts[index], areas[index].metrics)
        }
        return order.map { totals[$0]! } + [district]
    }
}

/// One area's run: monthly lines (indexed by the line's raw value, then month − 1) and
/// metrics.
public struct AreaRun: Sendable {
    public let metrics: AreaMetrics
    public let lines: [[Double]]

    public subscript(line: MonthlyLine, t: Int) -> Double { lines[line.rawValue][t - 1] }
}

/// Sums over a street's areas (a row of `streets.csv`).
public struct StreetTotals: Sendable, Equatable {
    /// The street name of the row that sums every area.
    public static let districtName = "district"

    public var street: String
    public var areas = 0
    public var compounds = 0
    public var households = 0.0
    public var ownRevenue = 0.0
    public var subsidy = 0.0
    public var costs = 0.0
    public var taxes = 0.0
    public var net = 0.0
    public var npv = 0.0

    public init(street: String) { self.street = street }

    mutating func add(_ area: Area, _ facts: AreaFacts, _ m: AreaMetrics) {
        areas += 1
        compounds += area.compounds.count
        households += facts.households
        ownRevenue += m.ownRevenue
        subsidy += m.subsidy
        costs += m.costs
        taxes += m.taxes
        net += m.net
        npv += m.npv
    }
}
