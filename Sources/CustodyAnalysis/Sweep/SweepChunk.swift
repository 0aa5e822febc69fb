/// Consecutive samples of a sweep with their inputs and district totals.
public struct SweepChunk: Sendable {
    /// The first sample's index; the chunk holds samples first ..< first + count.
    public let first: Int
    public let count: Int
    /// Row-major: sample `first + r`'s value of variable k at `r × variables + k`.
    public var values: [Double]
    public var outcomes: [SweepOutcome]
    public let variables: Int

    /// Sample `first + r`'s value of variable k.
    public func value(_ r: Int, _ k: Int) -> Double { values[r * variables + k] }
}
