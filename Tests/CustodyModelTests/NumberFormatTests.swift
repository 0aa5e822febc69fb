import Testing
@testable import CustodyModel

/// ``NumberFormat`` spells every double as the standard library's shortest round-trip form
/// (`Double.description`), whole numbers below 10^15 without `.0` and zero as `0`; the
/// fractions between 0.001 and 2^52 go through ``ShortestDecimal``'s own digits, the rest
/// through the standard library.
struct NumberFormatTests {
    /// The definition: the standard library's spelling, whole numbers as integers.
    static func expected(_ x: Double) -> String {
        if x == 0 { return "0" }
        if x.rounded(.towardZero) == x, x.magnitude < 1e15 { return String(Int64(x)) }
        return "\(x)"
    }

    /// SplitMix64 (G. L. Steele, D. Lea and C. H. Flood, OOPSLA 2014): the same cases on every run.
    struct SplitMix: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    /// Checks `cases`, and returns how many of them ``ShortestDecimal`` spelled itself.
    @discardableResult
    static func check(_ cases: [Double]) -> Int {
        var own = 0, mismatches: [Double] = []
        let buffer = UnsafeMutablePointer<UInt8>.allocate(capacity: ShortestDecimal.capacity)
        defer { buffer.deallocate() }
        for x in cases {
            if ShortestDecimal.write(x, to: buffer) != nil { own += 1 }
            if NumberFormat.shortest(x) != expected(x) { mismatches.append(x) }
        }
        #expect(mismatches.isEmpty, "first: \(mismatches.prefix(5).map { "\($0) (\($0.bitPattern))" })")
        return own
    }

    @Test func randomFractionsSpellAsTheStandardLibrary() {
        var g = SplitMix(state: 1)
        // Random bits in every binade ShortestDecimal handles, and a little beyond.
        let cases = (0..<60_000).map { _ in
            Double(sign: Bool.random(using: &g) ? .minus : .plus, exponent: Int.random(in: -12...53, using: &g),
                   significand: 1 + Double(UInt64.random(in: 0..<(1 << 52), using: &g)) * 0x1p-52)
        }
        #expect(Self.check(cases) > 50_000)
    }

    /// Fractions with few bits after the point put the interval's ends and the ties between
    /// two nearest decimals at short decimals: x = n / 2^q.
    @Test func fewFractionBitsSpellAsTheStandardLibrary() {
        var g = SplitMix(state: 2)
        let cases = (0..<40_000).map { _ in
            let bits = Int.random(in: 1...53, using: &g), q = Int.random(in: 1...12, using: &g)
            return Double(Int64.random(in: 1..<(Int64(1) << bits), using: &g)) / Double(1 << q)
        }
        #expect(Self.check(cases) > 30_000)
    }

    /// Decimals of 1 to 17 digits, as parsed, and their neighbours on either side.
    @Test func shortDecimalsAndTheirNeighboursSpellAsTheStandardLibrary() {
        var g = SplitMix(state: 3)
        var cases: [Double] = []
        for _ in 0..<15_000 {
            let digits = Int.random(in: 1...17, using: &g), scale = Int.random(in: 1...18, using: &g)
            let n = UInt64.random(in: 1...ShortestDecimal.powerOfTen(digits), using: &g)
            let x = Double("\(n)e-\(scale)")!
            cases += [x, x.nextUp, x.nextDown]
        }
        #expect(Self.check(cases) > 20_000)
    }

    @Test func edgesOfTheRangeAndSpecialValues() {
        var cases: [Double] = [0.001, 0x1p52, 0x1p52 - 0.5, 1e15, 1e15 + 0.5, 999_999_999_999_999,
                               0.1, 0.2, 0.3, 1.0 / 3, 2.0 / 3, 0.5, 123.456, -0.0, 1e-300, 1e300,
                               .leastNonzeroMagnitude, .leastNormalMagnitude, .greatestFiniteMagnitude, .pi]
        for p in -12...54 {
            let x = Double(sign: .plus, exponent: p, significand: 1)
            cases += [x, x.nextUp, x.nextDown]
        }
        for x in [0.001, 0.01, 0.1, 1, 10, 1e14, 1e15, 1e16] { cases += [x.nextUp, x.nextDown, -x] }
        Self.check(cases)
        #expect(NumberFormat.shortest(-0.0) == "0")
        #expect(NumberFormat.shortest(0.001) == "0.001")
        #expect(NumberFormat.shortest(-2.5) == "-2.5")
    }

    @Test func integersSpellAsTheStandardLibrary() {
        var g = SplitMix(state: 4)
        let cases = [0, 1, -1, 9, 10, 99, 100, Int.max, Int.min, Int.max - 1, Int.min + 1]
            + (0..<2_000).map { _ in Int.random(in: .min ... .max, using: &g) >> Int.random(in: 0...62, using: &g) }
        let buffer = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: NumberFormat.capacity)
        defer { buffer.deallocate() }
        for n in cases {
            let count = NumberFormat.write(n, into: buffer)
            #expect(String(decoding: UnsafeBufferPointer(rebasing: buffer[..<count]), as: UTF8.self) == String(n))
        }
    }
}
