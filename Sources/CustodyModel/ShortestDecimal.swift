/// The shortest decimal that reads back as a given double, worked out exactly in 128-bit
/// integers: the spelling of `Double.description`, at about half its cost, for the numbers
/// sweeps write by the million (fractions between 0.001 and 2^52).
///
/// A double x = m × 2^e reads back from every decimal strictly between the midpoints to its
/// neighbours. Scaled by 10^k so that x has 17 or 18 digits before the point, x and the
/// midpoints are exact multiples of 2^(e+k−2): 128-bit integers over a power of two. Digits
/// are dropped from the right while the interval still holds a multiple of the next power of
/// ten; of the decimals left, the one nearest x is written (ties to even), which is the
/// choice of the standard library's `SwiftDtoa` and of Ryū (U. Adams, PLDI 2018,
/// doi:10.1145/3192366.3192369).
///
/// Two refinements of the general case cannot change a result in this range, and are left
/// out. Scaled by 10^k, a midpoint is an odd number times 2^(e+k−1), and e + k − 1 ≤ −1
/// here: it is never an integer, so whether it reads back as x does not matter. And the only
/// powers of two in range that are fractions, 2^−9 … 2^−1, are short decimals themselves, so
/// the narrower gap below a power of two never excludes the answer.
enum ShortestDecimal {
    /// Bytes `write(_:to:)` may use.
    static let capacity = 24

    /// Writes the shortest round-trip spelling of `x` to `buffer` (``capacity`` bytes), in the
    /// form `Double.description` has between 0.001 and 2^52: a `-` before negatives, digits
    /// with a point, `0.` and zeros before the digits below 1.
    ///
    /// - Returns: the number of bytes written, or nil when `x` is not a fraction with
    ///   0.001 ≤ |x| < 2^52 (an integer, NaN, infinity, or out of range).
    @inline(__always)
    static func write(_ x: Double, to buffer: UnsafeMutablePointer<UInt8>) -> Int? {
        let magnitude = x.magnitude
        guard magnitude >= 0.001, magnitude < 0x1p52 else { return nil }
        // x = m × 2^e, 2^52 ≤ m < 2^53, −62 ≤ e ≤ −1; a fraction when some of the last −e
        // bits of m are set.
        let m = magnitude.significandBitPattern | (1 << 52)
        let binade = Int(magnitude.exponentBitPattern) - 1023, e = binade - 52
        guard m & ((1 &<< UInt64(-e)) &- 1) != 0 else { return nil }
        // k = 16 − ⌊binade × log10 2⌋ (1 ≤ k ≤ 20) puts |x| × 10^k in [10^16, 10^18): at least
        // 17 digits before the point, so that the interval holds an integer.
        let k = 16 &- (binade &* 78913) &>> 18
        let five = powerOfFive(k)
        // x, and the ends of its interval, in units of 2^−shift (a quarter of the gap to a
        // neighbour is 5^k).
        let shift = UInt64(2 &- e &- k)
        let (centreHigh, centreLow) = (4 &* m).multipliedFullWidth(by: five)
        let (upperLow, carry) = centreLow.addingReportingOverflow(2 &* five)
        let upperHigh = centreHigh &+ (carry ? 1 : 0)
        let (lowerLow, borrow) = centreLow.subtractingReportingOverflow(2 &* five)
        let lowerHigh = centreHigh &- (borrow ? 1 : 0)
        let mask: UInt64 = (1 &<< shift) &- 1
        /// ⌊(high, low) / 2^shift⌋, which is below 2^64.
        @inline(__always)
        func scaled(_ high: UInt64, _ low: UInt64) -> UInt64 { high &<< (64 &- shift) | low &>> shift }

        // The integers in the interval at scale 10^k (its ends are not integers), x's integer
        // part, and its fraction's place: 0 exactly (−1), below one half (0), one half (1),
        // above (2).
        var lo = scaled(lowerHigh, lowerLow) &+ 1, hi = scaled(upperHigh, upperLow)
        let whole = scaled(centreHigh, centreLow), rest = centreLow & mask, half: UInt64 = 1 &<< (shift &- 1)
        let fraction = rest < half ? (rest == 0 ? -1 : 0) : rest == half ? 1 : 2
        // Drop digits while a multiple of the next power of ten stays in the interval.
        var dropped = 0
        while true {
            let nextLow = (lo &+ 9) / 10, nextHigh = hi / 10
            if nextLow > nextHigh { break }
            lo = nextLow
            hi = nextHigh
            dropped += 1
        }
        // The decimal nearest x at that scale (ties to even): inside the interval, which is
        // symmetric about x, and not a multiple of ten, or the loop would have gone on.
        var digits: UInt64
        if dropped == 0 {
            digits = whole + (fraction == 2 || (fraction == 1 && whole & 1 == 1) ? 1 : 0)
        } else {
            let unit = powerOfTen(dropped), remainder = whole % unit, halfUnit = unit / 2
            digits = whole / unit
            if remainder > halfUnit || (remainder == halfUnit && (fraction >= 0 || digits & 1 == 1)) { digits += 1 }
        }

        // `count` digits (rounding up never carries into a new one: that would end in 0), of
        // which the last `decimals` follow the point.
        let count = (whole >= powerOfTen(17) ? 18 : 17) - dropped
        let decimals = k - dropped
        var at = 0
        if x < 0 {
            buffer[0] = UInt8(ascii: "-")
            at = 1
        }
        if count <= decimals {
            buffer[at] = UInt8(ascii: "0")
            buffer[at + 1] = UInt8(ascii: ".")
            at += 2
            for _ in count..<decimals {
                buffer[at] = UInt8(ascii: "0")
                at += 1
            }
            writeDigits(digits, count: count, to: buffer + at)
            return at + count
        }
        // The fraction first: what is left of the digits is the integer part.
        let leading = count - decimals
        let integer = writeDigits(digits, count: decimals, to: buffer + at + leading + 1)
        buffer[at + leading] = UInt8(ascii: ".")
        writeDigits(integer, count: leading, to: buffer + at)
        return at + count + 1
    }

    /// Writes the last `count` decimal digits of `value` (with leading zeros), and returns the
    /// digits before them, value / 10^count. Eight digits at a time are split into pairs with
    /// 32-bit arithmetic, whose four divisions do not wait on one another; each pair is copied
    /// from ``digitPairs`` as two bytes at once.
    @discardableResult @inline(__always)
    static func writeDigits(_ value: UInt64, count: Int, to buffer: UnsafeMutablePointer<UInt8>) -> UInt64 {
        let raw = UnsafeMutableRawPointer(buffer)
        var value = value, end = count
        while end >= 8 {
            let eight = UInt32(truncatingIfNeeded: value % 100_000_000)
            value /= 100_000_000
            let high = eight / 10_000, low = eight % 10_000
            writePair(high / 100, to: raw + end - 8)
            writePair(high % 100, to: raw + end - 6)
            writePair(low / 100, to: raw + end - 4)
            writePair(low % 100, to: raw + end - 2)
            end -= 8
        }
        while end >= 2 {
            writePair(UInt32(truncatingIfNeeded: value % 100), to: raw + end - 2)
            value /= 100
            end -= 2
        }
        if end == 1 {
            buffer[0] = UInt8(truncatingIfNeeded: value % 10) &+ UInt8(ascii: "0")
            value /= 10
        }
        return value
    }

    /// Writes the two digits of `pair` (below 100).
    @inline(__always)
    private static func writePair(_ pair: UInt32, to destination: UnsafeMutableRawPointer) {
        let source = UnsafeRawPointer(digitPairs.utf8Start) + 2 * Int(pair)
        destination.storeBytes(of: source.loadUnaligned(as: UInt16.self), as: UInt16.self)
    }

    /// "00", "01", … "99".
    private static let digitPairs: StaticString = """
        00010203040506070809101112131415161718192021222324252627282930313233343536373839\
        40414243444546474849505152535455565758596061626364656667686970717273747576777879\
        8081828384858687888990919293949596979899
        """

    /// 5^k for 0 ≤ k ≤ 20 (a switch, which the compiler makes a table without lazy set-up).
    @inline(__always)
    static func powerOfFive(_ k: Int) -> UInt64 {
        switch k {
        case 0: 1
        case 1: 5
        case 2: 25
        case 3: 125
        case 4: 625
        case 5: 3125
        case 6: 15625
        case 7: 78125
        case 8: 390625
        case 9: 1953125
        case 10: 9765625
        case 11: 48828125
        case 12: 244140625
        case 13: 1220703125
        case 14: 6103515625
        case 15: 30517578125
        case 16: 152587890625
        case 17: 762939453125
        case 18: 3814697265625
        case 19: 19073486328125
        default: 95367431640625
        }
    }

    /// 10^n for 0 ≤ n ≤ 19.
    @inline(__always)
    static func powerOfTen(_ n: Int) -> UInt64 {
        switch n {
        case 0: 1
        case 1: 10
        case 2: 100
        case 3: 1000
        case 4: 10000
        case 5: 100000
        case 6: 1000000
        case 7: 10000000
        case 8: 100000000
        case 9: 1000000000
        case 10: 10000000000
        case 11: 100000000000
        case 12: 1000000000000
        case 13: 10000000000000
        case 14: 100000000000000
        case 15: 1000000000000000
        case 16: 10000000000000000
        case 17: 100000000000000000
        case 18: 1000000000000000000
        default: 10000000000000000000
        }
    }
}
