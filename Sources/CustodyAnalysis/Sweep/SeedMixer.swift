/// Derives independent 32- and 64-bit keys from a sweep's seed and an index, so that each
/// block of samples, and each Latin-hypercube permutation, has its own reproducible stream.
///
/// The mixing function is SplitMix64's finaliser (G. Steele, D. Lea and C. Flood, "Fast
/// splittable pseudorandom number generators", OOPSLA 2014, doi:10.1145/2660193.2660195),
/// applied to `seed ⊕ (index + 1) × 0x9E3779B97F4A7C15`. It is fixed: changing it changes every
/// sweep's rows.
enum SeedMixer {
    @inline(__always)
    static func mix(_ x: UInt64) -> UInt64 {
        var z = x
        z = (z ^ (z >> 30)) &* 0xBF58476D1CE4E5B9
        z = (z ^ (z >> 27)) &* 0x94D049BB133111EB
        return z ^ (z >> 31)
    }

    /// A 64-bit key for `index` under `seed`.
    @inline(__always)
    static func key(_ seed: UInt64, _ index: UInt64) -> UInt64 {
        mix(seed ^ ((index &+ 1) &* 0x9E3779B97F4A7C15))
    }

    /// A 32-bit MT19937 seed for `index` under `seed` (the key's high half).
    @inline(__always)
    static func seed32(_ seed: UInt64, _ index: UInt64) -> UInt32 {
        UInt32(truncatingIfNeeded: key(seed, index) >> 32)
    }
}
