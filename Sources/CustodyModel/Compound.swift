/// One residential compound (小区), a row of the survey ledger (MODEL §3).
public struct Compound: Sendable, Equatable {
    public var id: String
    public var name: String?
    public var street: String
    public var community: String?
    public var households: Int
    /// Billable floor area, m².
    public var floorArea: Double
    /// Can be enclosed with a gate (能否围合).
    public var enclosable: Bool
    public var selfManageWilling: Bool
    public var adjacentManaged: Bool
    /// Leasable idle rooms, m².
    public var idleArea: Double
    public var parkingSpaces: Int
    public var builtYear: Int?

    public init(id: String, name: String? = nil, street: String, community: String? = nil,
                households: Int, floorArea: Double, enclosable: Bool,
                selfManageWilling: Bool = false, adjacentManaged: Bool = false,
                idleArea: Double = 0, parkingSpaces: Int = 0, builtYear: Int? = nil) {
        self.id = id
        self.name = name
        self.street = street
        self.community = community
        self.households = households
        self.floorArea = floorArea
        self.enclosable = enclosable
        self.selfManageWilling = selfManageWilling
        self.adjacentManaged = adjacentManaged
        self.idleArea = idleArea
        self.parkingSpaces = parkingSpaces
        self.builtYear = builtYear
    }
}
