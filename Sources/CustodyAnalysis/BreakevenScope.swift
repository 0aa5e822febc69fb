/// Which areas one `breakeven` solve sets the parameter on (MODEL §7).
public enum BreakevenScope: Sendable, Equatable {
    /// Every area on its own: one solve and one row per area.
    case eachArea
    /// One area (its index in the scenario), the value set on that area alone.
    case area(Int)
    /// One value set on every area, the metric summed over the district.
    case district
}
