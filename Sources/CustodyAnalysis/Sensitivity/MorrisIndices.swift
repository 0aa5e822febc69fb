/// One parameter's elementary-effect statistics: a row of `sensitivity.csv` for `morris`.
public struct MorrisIndices: Sendable, Equatable {
    /// The mean elementary effect μ (effects of opposite sign cancel).
    public let mu: Double
    /// The mean absolute elementary effect μ* (Campolongo et al. 2007): the overall influence.
    public let muStar: Double
    /// The standard deviation σ of the elementary effects (n − 1): non-linearity or
    /// interactions.
    public let sigma: Double
}
