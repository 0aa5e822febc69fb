import ArgumentParser

/// `--shard K/N`: shard K (0 ≤ K < N) of N, as Slurm's array task id and Kubernetes' completion
/// index count.
struct ShardOption: ExpressibleByArgument, CustomStringConvertible {
    let index: Int
    let count: Int

    static let whole = ShardOption(index: 0, count: 1)

    init(index: Int, count: Int) {
        self.index = index
        self.count = count
    }

    init?(argument: String) {
        let parts = argument.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2, let k = Int(parts[0]), let n = Int(parts[1]), n >= 1, (0..<n).contains(k) else { return nil }
        self.init(index: k, count: n)
    }

    var description: String { "\(index)/\(count)" }
}
