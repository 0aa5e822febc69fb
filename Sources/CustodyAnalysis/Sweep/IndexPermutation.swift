/// A keyed pseudo-random permutation of 0..<n, evaluated one index at a time without storing it.
///
/// A four-round Feistel network on the smallest even number of bits that covers n, with
/// SplitMix64 round functions, is a bijection on 0..<2^bits; walking the cycle until the image
/// falls below n restricts it to a bijection on 0..<n (J. Black and P. Rogaway, "Ciphers with
/// arbitrary finite domains", CT-RSA 2002, doi:10.1007/3-540-45760-7_9). Latin hypercubes use
/// one permutation per parameter, so that sample i's stratum depends only on (seed, n, i) and
/// no O(n) table is held.
struct IndexPermutation: Sendable {
    let count: Int
    let key: UInt64
    let halfBits: UInt64
    let mask: UInt64

    init(count: Int, key: UInt64) {
        precondition(count >= 1)
        var bits: UInt64 = 2
        while (1 << bits) < count { bits += 2 }
        self.count = count
        self.key = key
        halfBits = bits / 2
        mask = (1 << halfBits) - 1
    }

    /// The image of `i` (0 ≤ i < count).
    ///
    /// - Complexity: expected at most 4 Feistel evaluations (the domain is < 4n).
    func callAsFunction(_ i: Int) -> Int {
        var x = UInt64(i)
        repeat { x = encrypt(x) } while x >= UInt64(count)
        return Int(x)
    }

    @inline(__always)
    private func encrypt(_ x: UInt64) -> UInt64 {
        var left = x >> halfBits, right = x & mask
        for round in 0..<4 as Range<UInt64> {
            let f = SeedMixer.mix(key ^ (round << 56) ^ right) & mask
            (left, right) = (right, left ^ f)
        }
        return (left << halfBits) | right
    }
}
