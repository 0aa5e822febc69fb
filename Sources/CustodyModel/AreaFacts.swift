/// The totals of an area's compounds that the monthly engine uses (MODEL §5).
public struct AreaFacts: Sendable, Equatable {
    /// H: households.
    public var households: Double
    /// A: billable floor area, m².
    public var floorArea: Double
    /// I: leasable idle area, m².
    public var idleArea: Double
    /// P: parking spaces.
    public var parkingSpaces: Double
    /// n: number of compounds.
    public var compounds: Double
    /// g: number of enclosable compounds.
    public var enclosable: Double
    /// t0: the month index (1-based) of the first managed month.
    public var takeoverIndex: Int

    public init(compounds list: [Compound], takeoverIndex: Int) {
        households = Double(list.reduce(0) { $0 + $1.households })
        floorArea = list.reduce(0) { $0 + $1.floorArea }
        idleArea = list.reduce(0) { $0 + $1.idleArea }
        parkingSpaces = Double(list.reduce(0) { $0 + $1.parkingSpaces })
        compounds = Double(list.count)
        enclosable = Double(list.filter(\.enclosable).count)
        self.takeoverIndex = takeoverIndex
    }
}
