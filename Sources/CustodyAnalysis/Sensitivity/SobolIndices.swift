/// One parameter's variance-based indices with their 95 % bootstrap half-widths: a row of
/// `sensitivity.csv` for `sobol`.
public struct SobolIndices: Sendable, Equatable {
    /// First-order index S1: the share of the output variance due to the parameter alone.
    public let s1: Double
    public let s1Confidence: Double
    /// Total-effect index ST: the share due to the parameter with all its interactions.
    public let st: Double
    public let stConfidence: Double
}
