import CustodyModel

/// What `allocate --by` weighs areas by.
public enum AllocationBasis: String, CaseIterable, Sendable {
    case households
    case floorArea = "floor_area"

    /// The area's weight: H or A.
    public func weight(_ facts: AreaFacts) -> Double {
        switch self {
        case .households: return facts.households
        case .floorArea: return facts.floorArea
        }
    }
}
