/// Shapley values estimated from random permutations, with their standard errors.
public struct ShapleyEstimate: Sendable, Equatable {
    /// φ̂ᵢ: the mean of player i's marginal contributions over the permutations.
    public var values: [Double]
    /// The standard error of each φ̂ᵢ: the sample standard deviation of its marginal
    /// contributions divided by √permutations.
    public var standardErrors: [Double]
    /// The number of permutations drawn.
    public var permutations: Int
}
