/// One area's part of the reward pool (a row of allocation.csv).
public struct AllocationRow: Sendable, Equatable {
    /// The area's position in the scenario.
    public var area: Int
    public var households: Double
    /// The evaluation score; nil when the scenario gives none (it counts as 0).
    public var score: Double?
    /// max(0, −npv): the area's discounted deficit, its claim under the bankruptcy methods, CNY.
    public var gap: Double
    /// The area's award, CNY, rounded to the cent so that the awards sum to the pool.
    public var allocation: Double
    /// allocation / pool; nil for an empty pool.
    public var share: Double?
}
