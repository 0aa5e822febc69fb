/// The one way numbers are spelled in files and messages.
public enum NumberFormat {
    /// Shortest round-trip form: `0.1`, not `0.1000000000000000055`; whole numbers without a
    /// fraction (`400`, not `400.0`); negative zero as `0`.
    ///
    /// - Precondition: `x` is finite (callers turn NaN and infinity into empty cells first).
    public static func shortest(_ x: Double) -> String {
        var text = ""
        write(x, to: &text)
        return text
    }

    /// Writes ``shortest(_:)``'s spelling of `x` to `stream` without building a string first
    /// (the standard library hands the digits of a `Double` to a stream as ASCII bytes).
    ///
    /// - Precondition: `x` is finite.
    @inline(__always)
    public static func write<Stream: TextOutputStream>(_ x: Double, to stream: inout Stream) {
        if x == 0 {
            stream.write("0")
        } else if x.rounded(.towardZero) == x, abs(x) < 1e15 {
            stream.write(String(Int64(x)))
        } else {
            x.write(to: &stream)
        }
    }
}
