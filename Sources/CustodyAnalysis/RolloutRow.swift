import CustodyModel

/// One month of one street (or the district) in rollout.csv.
public struct RolloutRow: Sendable, Equatable {
    public var period: YearMonth
    /// A street, or ``StreetTotals/districtName``.
    public var street: String
    public var compounds = 0
    public var compoundsManaged = 0
    public var households = 0
    public var householdsManaged = 0
    /// compoundsManaged / compounds.
    public var coverage = 0.0
    /// The month's government money to the street's areas, CNY.
    public var subsidy = 0.0
    /// Compounds not yet managed in a month after the deadline; 0 up to the deadline.
    public var late = 0

    init(period: YearMonth, street: String) {
        self.period = period
        self.street = street
    }

    mutating func add(_ area: Area, managed: Bool, subsidy: Double) {
        let households = area.compounds.reduce(0) { $0 + $1.households }
        compounds += area.compounds.count
        self.households += households
        if managed {
            compoundsManaged += area.compounds.count
            householdsManaged += households
        }
        self.subsidy += subsidy
    }

    mutating func absorb(_ street: RolloutRow) {
        compounds += street.compounds
        compoundsManaged += street.compoundsManaged
        households += street.households
        householdsManaged += street.householdsManaged
        subsidy += street.subsidy
    }

    mutating func close(pastDeadline: Bool) {
        coverage = compounds > 0 ? Double(compoundsManaged) / Double(compounds) : 0
        late = pastDeadline ? compounds - compoundsManaged : 0
    }
}
