/// The one way numbers are spelled in files and messages.
public enum NumberFormat {
    /// Shortest round-trip form: `0.1`, not `0.1000000000000000055`; whole numbers without a
    /// fraction (`400`, not `400.0`); negative zero as `0`.
    ///
    /// - Precondition: `x` is finite (callers turn NaN and infinity into empty cells first).
    public static func shortest(_ x: Double) -> String {
        if x == 0 { return "0" }
        if x.rounded(.towardZero) == x, abs(x) < 1e15 { return String(Int64(x)) }
        return x.description
    }
}
