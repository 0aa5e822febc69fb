internal import CGSL

/// A seeded stream of pseudo-random numbers from GSL's Mersenne Twister
/// (`gsl_rng_mt19937`).
///
/// MT19937 has period 2¹⁹⁹³⁷ − 1 and is equidistributed in 623 dimensions (M. Matsumoto and
/// T. Nishimura, "Mersenne Twister", *ACM TOMACS* 8(1), 1998, doi:10.1145/272991.272995).
/// Every stochastic result of the toolkit draws from a source created with an explicit seed,
/// never from the system generator, so that a run can be repeated exactly:
///
/// ```swift
/// let random = RandomSource(seed: 1)
/// let u = random.uniform()          // in [0, 1)
/// var order = Array(0..<10)
/// random.shuffle(&order)
/// ```
///
/// One source owns one `gsl_rng`, allocated in ``init(seed:)`` and freed in `deinit`. A source
/// holds mutable state and is not `Sendable`: use one per task.
public final class RandomSource {
    /// The GSL generator state; owned, freed in `deinit`.
    private let generator: UnsafeMutablePointer<gsl_rng>

    /// The seed the source started from, as given.
    public let seed: UInt32

    /// Creates a source at the start of the stream for `seed` (`gsl_rng_set`).
    ///
    /// As in GSL, seed 0 is replaced by MT19937's default seed 4357, so seeds 0 and 4357 give
    /// the same stream.
    ///
    /// - Parameter seed: The seed; MT19937 uses 32 bits of it.
    /// - Complexity: O(1); allocates the generator once.
    public init(seed: UInt32) {
        GSLRuntime.prepare()
        guard let generator = gsl_rng_alloc(custody_gsl_rng_mt19937()) else {
            fatalError("gsl_rng_alloc failed: out of memory (GSL_ENOMEM)")
        }
        gsl_rng_set(generator, UInt(seed))
        self.generator = generator
        self.seed = seed
    }

    deinit {
        gsl_rng_free(generator)
    }

    /// Restarts the stream at `seed` without allocating (`gsl_rng_set`), as if the source had
    /// just been created with it. ``seed`` keeps the seed given at creation.
    ///
    /// - Complexity: O(624), MT19937's state; no allocation.
    public func reseed(_ seed: UInt32) {
        gsl_rng_set(generator, UInt(seed))
    }

    /// The next raw output of the generator, uniform on 0…2³² − 1 (`gsl_rng_get`).
    ///
    /// - Complexity: O(1) amortised; no allocation.
    public func next() -> UInt32 {
        // MT19937's range is 0…0xffffffff, so the conversion never traps.
        UInt32(gsl_rng_get(generator))
    }

    /// A uniform draw from [0, 1) with 32 random bits (`gsl_rng_uniform`).
    ///
    /// - Complexity: O(1) amortised; no allocation.
    public func uniform() -> Double {
        gsl_rng_uniform(generator)
    }

    /// A uniform draw from the open interval (0, 1) (`gsl_rng_uniform_pos`), for transforms
    /// such as an inverse CDF that are infinite at 0.
    ///
    /// - Complexity: O(1) amortised; no allocation.
    public func uniformPositive() -> Double {
        gsl_rng_uniform_pos(generator)
    }

    /// A uniform integer from 0…n − 1, without modulo bias (`gsl_rng_uniform_int`).
    ///
    /// - Parameter n: The number of outcomes, 1…2³².
    /// - Precondition: `n` is in 1…2³².
    /// - Complexity: O(1) expected; no allocation.
    public func uniformInt(below n: Int) -> Int {
        precondition(n >= 1 && n <= 1 << 32, "uniformInt(below:) needs n in 1...2^32, got \(n)")
        return Int(gsl_rng_uniform_int(generator, UInt(n)))
    }

    /// Puts `elements` in a uniformly random order (Fisher–Yates), with the same draws as
    /// GSL's `gsl_ran_shuffle`: for i = n − 1 down to 1, swap element i with element
    /// `uniformInt(below: i + 1)`.
    ///
    /// - Parameter elements: The buffer to permute in place.
    /// - Complexity: O(n); no allocation.
    public func shuffle<Element>(_ elements: UnsafeMutableBufferPointer<Element>) {
        var i = elements.count - 1
        while i > 0 {
            elements.swapAt(i, uniformInt(below: i + 1))
            i -= 1
        }
    }

    /// Puts `elements` in a uniformly random order, with the same draws as the buffer version.
    ///
    /// - Complexity: O(n); no allocation when `elements` is uniquely referenced.
    public func shuffle<Element>(_ elements: inout [Element]) {
        elements.withUnsafeMutableBufferPointer { shuffle($0) }
    }
}

@available(*, unavailable, message: "RandomSource holds mutable generator state; use one per task")
extension RandomSource: Sendable {}
