import GSL

/// Draws the parameter values of any sample of a ``SweepDesign``; one per worker thread.
///
/// Consecutive samples reuse the random stream or Sobol position, so a worker that takes its
/// samples in increasing order draws each number once; any other order gives the same values
/// at the cost of restarting a stream.
final class SampleDrawer {
    let design: SweepDesign
    private let random: RandomSource
    private let sobol: QuasiRandomSequence?
    private let permutations: [IndexPermutation]
    private let probabilities: UnsafeMutableBufferPointer<Double>
    /// The sample whose uniforms the random stream gives next; -1 when unknown.
    private var nextRandomSample = -1

    init(_ design: SweepDesign) {
        self.design = design
        let d = design.variables.count
        random = RandomSource(seed: 0)
        sobol = design.method == .sobol ? QuasiRandomSequence(dimensions: d) : nil
        permutations = design.method == .lhs
            ? (0..<d).map { IndexPermutation(count: design.count, key: SeedMixer.key(design.seed, UInt64(0x1_0000_0000 + $0))) }
            : []
        probabilities = .allocate(capacity: d)
        probabilities.initialize(repeating: 0.5)
    }

    deinit { probabilities.deallocate() }

    /// Writes sample `i`'s value of each variable into `values`.
    ///
    /// - Complexity: O(d), plus each quantile function; no allocation.
    func draw(_ i: Int, into values: UnsafeMutableBufferPointer<Double>) {
        let variables = design.variables, d = variables.count
        switch design.method {
        case .grid:
            var rest = i
            for k in stride(from: d - 1, through: 0, by: -1) {
                let levels = variables[k].gridLevels
                probabilities[k] = (Double(rest % levels) + 0.5) / Double(levels)
                rest /= levels
            }
        case .random:
            uniforms(for: i)
        case .lhs:
            uniforms(for: i)
            let n = Double(design.count)
            for k in 0..<d { probabilities[k] = (Double(permutations[k](i)) + probabilities[k]) / n }
        case .sobol:
            let sequence = sobol!
            if sequence.index != i { sequence.skip(to: i) }
            sequence.next(into: probabilities)
        }
        for k in 0..<d {
            let u = Swift.min(Swift.max(probabilities[k], SweepDesign.lowestProbability), SweepDesign.highestProbability)
            values[k] = variables[k].value(at: u)
        }
    }

    /// Sample i's d uniforms from its block's MT19937 stream into `probabilities`.
    private func uniforms(for i: Int) {
        let d = design.variables.count, block = SweepDesign.blockSize
        if i != nextRandomSample || i % block == 0 {
            random.reseed(SeedMixer.seed32(design.seed, UInt64(i / block)))
            for _ in 0..<((i % block) * d) { _ = random.uniform() }
        }
        for k in 0..<d { probabilities[k] = random.uniform() }
        nextRandomSample = i + 1
    }
}
