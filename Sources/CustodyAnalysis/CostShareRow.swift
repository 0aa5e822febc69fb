import CustodyModel

/// One compound's fair share of its area's monthly cost (a row of share.csv).
public struct CostShareRow: Sendable {
    public var compound: Compound
    /// c({i}): the monthly cost of the compound run as an area of its own, CNY.
    public var standaloneCost: Double
    /// φᵢ: its Shapley share of c(N), CNY/month.
    public var shapleyCost: Double
    /// standalone_cost − shapley_cost: what merging saves it, CNY/month.
    public var savings: Double
    /// shapley_cost / floor_area_m2: the fee per m² that would cover its fair share, CNY/m²/month.
    public var fairFeePerM2: Double
    /// c(N) × A_i / A: its share by floor area, what a uniform fee per m² charges it, CNY/month.
    public var proportionalCost: Double
    public var method: CostShareMethod
    /// The standard error of a sampled shapley_cost; nil when exact.
    public var standardError: Double?
}
