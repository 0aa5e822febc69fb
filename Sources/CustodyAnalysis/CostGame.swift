import CustodyModel

/// The cost game inside one management area (MODEL §7 `share`): the players are the area's
/// compounds and c(S) is the monthly `staff_cost + other_opex` of an area made of the compounds
/// in S alone, with the area's parameters, in a fully staffed month:
///
///     c(S) = AreaEngine.staffCost(facts(S), p) + AreaEngine.otherOpex(facts(S), p, staffCost:)
///
/// and c(∅) = 0. Role minimums and insurance are paid once per area, so merging compounds
/// saves them; that saving is what the Shapley value divides.
public struct CostGame: CooperativeGame, Sendable {
    /// The area's resolved parameters.
    public let parameters: AreaParameters
    /// Per compound: households, floor area, 1 if enclosable, idle area, parking spaces.
    private let households, floorArea, enclosable, idleArea, parkingSpaces: [Double]

    /// - Parameters:
    ///   - compounds: the players, in order.
    ///   - parameters: the area's resolved parameters.
    public init(compounds: [Compound], parameters: AreaParameters) {
        self.parameters = parameters
        households = compounds.map { Double($0.households) }
        floorArea = compounds.map(\.floorArea)
        enclosable = compounds.map { $0.enclosable ? 1 : 0 }
        idleArea = compounds.map(\.idleArea)
        parkingSpaces = compounds.map { Double($0.parkingSpaces) }
    }

    public var playerCount: Int { households.count }

    /// The totals of no compound.
    public var emptyCoalition: AreaFacts { AreaFacts(compounds: [], takeoverIndex: 1) }

    @inline(__always)
    public func add(_ player: Int, to coalition: inout AreaFacts) {
        move(player, sign: 1, &coalition)
    }

    @inline(__always)
    public func remove(_ player: Int, from coalition: inout AreaFacts) {
        move(player, sign: -1, &coalition)
    }

    /// c(S): the monthly staff cost and other operating costs of S run as one area; 0 for ∅.
    @inline(__always)
    public func value(of coalition: AreaFacts) -> Double {
        if coalition.compounds < 0.5 { return 0 }
        let staff = AreaEngine.staffCost(coalition, parameters)
        return staff + AreaEngine.otherOpex(coalition, parameters, staffCost: staff)
    }

    /// The cost of compound `player` run on its own, c({i}).
    public func standaloneCost(_ player: Int) -> Double {
        var single = emptyCoalition
        add(player, to: &single)
        return value(of: single)
    }

    /// The cost of every compound together, c(N).
    public var grandCost: Double {
        var all = emptyCoalition
        for player in 0..<playerCount { add(player, to: &all) }
        return value(of: all)
    }

    @inline(__always)
    private func move(_ player: Int, sign: Double, _ c: inout AreaFacts) {
        c.households += sign * households[player]
        c.floorArea += sign * floorArea[player]
        c.enclosable += sign * enclosable[player]
        c.idleArea += sign * idleArea[player]
        c.parkingSpaces += sign * parkingSpaces[player]
        c.compounds += sign
    }
}
