import CustodyModel
import GSL

/// Which samples a sweep runs and how sample i's probabilities are chosen (MODEL §7, `sweep`).
///
/// Sample i's inputs depend only on (seed, method, samples, i), never on threads or shards:
///
/// - `grid`: i in mixed radix over the parameters' levels, the last parameter changing fastest;
///   level j of L is the probability (j + 0.5)/L (with `values`, the j-th value).
/// - `random`: samples are grouped in blocks of ``blockSize``; block b draws from GSL's MT19937
///   seeded with `SeedMixer.seed32(seed, b)`, and sample i takes the d uniforms at positions
///   (i mod blockSize) × d … of its block's stream.
/// - `lhs`: parameter k's stratum for sample i is π_k(i), a keyed permutation of 0..<N (key
///   from the seed and k), and u = (π_k(i) + v)/N with v the `random` draw of sample i.
/// - `sobol`: point i of GSL's Sobol sequence in d dimensions (the seed is not used).
///
/// Every probability is kept in [2⁻⁵³, 1 − 2⁻⁵³], so that no quantile function sees 0 or 1.
public struct SweepDesign: Sendable {
    public let variables: [SweepVariable]
    public let method: SweepMethod
    public let seed: UInt64
    /// Samples in the whole design: the product of the grid's levels, else `--samples`.
    public let count: Int

    /// Samples per MT19937 stream of `random` and `lhs`.
    public static let blockSize = 256
    static let lowestProbability = 0x1p-53
    static let highestProbability = 1 - 0x1p-53

    /// - Throws: ``SweepDesignError`` when there is nothing to sweep, a Sobol design has more
    ///   than 40 parameters, or a grid is too large to count.
    public init(sweeps: [SweepSpec], method: SweepMethod, samples: Int, seed: UInt64) throws {
        guard !sweeps.isEmpty else { throw SweepDesignError.noSweptParameters }
        variables = sweeps.map(SweepVariable.init)
        self.method = method
        self.seed = seed
        switch method {
        case .grid:
            var product = 1
            for v in variables {
                let (p, overflow) = product.multipliedReportingOverflow(by: v.gridLevels)
                guard !overflow, p <= Int(Int32.max) else { throw SweepDesignError.gridTooLarge(levels: variables.map(\.gridLevels)) }
                product = p
            }
            count = product
        case .sobol where variables.count > QuasiRandomSequence.maxDimensions:
            throw SweepDesignError.tooManyForSobol(variables.count)
        default:
            guard samples >= 1 else { throw SweepDesignError.noSamples(samples) }
            count = samples
        }
    }

    /// The samples of shard `index` of `shards`: a contiguous block, shard k taking
    /// ⌊k n / N⌋ ..< ⌊(k + 1) n / N⌋.
    public func shard(_ index: Int, of shards: Int) -> Range<Int> {
        precondition(shards >= 1 && (0..<shards).contains(index))
        let lower = Int((Int64(index) * Int64(count)) / Int64(shards))
        let upper = Int((Int64(index + 1) * Int64(count)) / Int64(shards))
        return lower..<upper
    }
}

/// Why a sweep cannot be designed.
public enum SweepDesignError: Error, Equatable, CustomStringConvertible {
    case noSweptParameters
    case tooManyForSobol(Int)
    case noSamples(Int)
    case gridTooLarge(levels: [Int])

    public var description: String {
        switch self {
        case .noSweptParameters:
            return "the scenario has no [[sweep]] table; add one per uncertain parameter, e.g. [[sweep]] param = \"fee_rate\" dist = \"uniform\" min = 0.4 max = 0.6"
        case .tooManyForSobol(let d):
            return "method sobol takes at most 40 parameters (GSL's Sobol sequence), and the scenario sweeps \(d); use --method lhs or random"
        case .noSamples(let n):
            return "--samples (\(n)) must be at least 1"
        case .gridTooLarge(let levels):
            return "the grid's levels (\(levels.map(String.init).joined(separator: " × "))) make more than 2^31 samples; give fewer values or levels"
        }
    }
}
