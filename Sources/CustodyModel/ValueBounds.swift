/// The closed or open interval a numeric parameter must lie in.
public struct ValueBounds: Sendable, Equatable {
    public var lower: Double
    public var lowerOpen: Bool
    public var upper: Double?
    public var upperOpen: Bool

    public static let nonNegative = ValueBounds(lower: 0, lowerOpen: false, upper: nil, upperOpen: false)
    public static let positive = ValueBounds(lower: 0, lowerOpen: true, upper: nil, upperOpen: false)
    public static let share = ValueBounds(lower: 0, lowerOpen: false, upper: 1, upperOpen: false)
    public static let atLeastOne = ValueBounds(lower: 1, lowerOpen: false, upper: nil, upperOpen: false)

    public func contains(_ x: Double) -> Bool {
        guard x.isFinite else { return false }
        if lowerOpen ? !(x > lower) : !(x >= lower) { return false }
        if let upper, upperOpen ? !(x < upper) : !(x <= upper) { return false }
        return true
    }

    /// Reads as the end of a sentence: "must be between 0 and 1", "must be at least 1".
    public var requirement: String {
        let lo = NumberFormat.shortest(lower)
        guard let upper else { return lowerOpen ? "must be greater than \(lo)" : "must be at least \(lo)" }
        let hi = NumberFormat.shortest(upper)
        switch (lowerOpen, upperOpen) {
        case (false, false): return "must be between \(lo) and \(hi)"
        case (true, false): return "must be greater than \(lo) and at most \(hi)"
        case (false, true): return "must be at least \(lo) and less than \(hi)"
        case (true, true): return "must be strictly between \(lo) and \(hi)"
        }
    }

    /// Interval notation for tables: `[0, 1]`, `(0, ∞)`.
    public var notation: String {
        let lo = (lowerOpen ? "(" : "[") + NumberFormat.shortest(lower)
        guard let upper else { return lo + ", ∞)" }
        return lo + ", " + NumberFormat.shortest(upper) + (upperOpen ? ")" : "]")
    }
}
