/// The one way numbers are spelled in files and messages.
public enum NumberFormat {
    /// Shortest round-trip form: `0.1`, not `0.1000000000000000055`; whole numbers without a
    /// fraction (`400`, not `400.0`); negative zero as `0`.
    ///
    /// - Precondition: `x` is finite (callers turn NaN and infinity into empty cells first).
    public static func shortest(_ x: Double) -> String {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: capacity) { buffer in
            let count = write(x, into: buffer)
            return String(decoding: UnsafeBufferPointer(rebasing: buffer[..<count]), as: UTF8.self)
        }
    }

    /// Bytes ``write(_:into:)`` may use: the longest spelling of a double has 24.
    public static let capacity = 32

    /// Writes ``shortest(_:)``'s spelling of `x` as ASCII to the start of `bytes` (at least
    /// ``capacity`` bytes), without building a string: the digits of the fractions sweeps write
    /// by the million are worked out by ``ShortestDecimal``, which spells them as the standard
    /// library does; the rare others by the standard library itself.
    ///
    /// - Precondition: `x` is finite.
    /// - Returns: the number of bytes written.
    @inline(__always)
    public static func write(_ x: Double, into bytes: UnsafeMutableBufferPointer<UInt8>) -> Int {
        precondition(bytes.count >= capacity, "a number needs \(capacity) bytes")
        let buffer = bytes.baseAddress!
        if x == 0 {
            buffer[0] = UInt8(ascii: "0")
            return 1
        }
        if let count = ShortestDecimal.write(x, to: buffer) { return count }
        if x.rounded(.towardZero) == x, x.magnitude < 1e15 { return write(Int(x), into: bytes) }
        var copy = BufferStream(buffer: buffer)
        x.write(to: &copy)
        return copy.count
    }

    /// Writes the decimal digits of `n`, with a `-` when it is negative, to the start of
    /// `bytes` (at least ``capacity`` bytes).
    ///
    /// - Returns: the number of bytes written.
    @inline(__always)
    public static func write(_ n: Int, into bytes: UnsafeMutableBufferPointer<UInt8>) -> Int {
        precondition(bytes.count >= capacity, "a number needs \(capacity) bytes")
        let buffer = bytes.baseAddress!, magnitude = n.magnitude
        var digits = 1
        while digits < 20 && magnitude >= ShortestDecimal.powerOfTen(digits) { digits += 1 }
        let sign = n < 0 ? 1 : 0
        if sign == 1 { buffer[0] = UInt8(ascii: "-") }
        ShortestDecimal.writeDigits(UInt64(magnitude), count: digits, to: buffer + sign)
        return sign + digits
    }

    /// Takes the standard library's spelling of a double into a buffer.
    private struct BufferStream: TextOutputStream {
        let buffer: UnsafeMutablePointer<UInt8>
        var count = 0

        mutating func write(_ string: String) {
            for byte in string.utf8 {
                buffer[count] = byte
                count += 1
            }
        }
    }
}
