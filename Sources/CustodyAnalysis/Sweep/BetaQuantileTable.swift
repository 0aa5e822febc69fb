import Foundation
import GSL

/// The quantile function Q of Beta(a, b) on [0, 1]: GSL's (`Probability.betaQuantile`),
/// interpolated by quintic Hermite polynomials that are checked against GSL's when the table is
/// built, with GSL itself answering where the check fails and in the two tail cells.
///
/// The probabilities are cut into ``cellCount`` cells of equal width. At each node u the table
/// takes x = Q(u) from GSL and the quantile's derivatives from the beta density f:
/// Q′ = 1/f(x) and Q″ = −f′(x)/f(x)³, with f′/f = (a − 1)/x − (b − 1)/(1 − x) and
/// ln f = (a − 1) ln x + (b − 1) ln(1 − x) − ln B(a, b). Between two nodes the quintic that
/// matches x, Q′ and Q″ at both ends stands in for Q.
///
/// Every interior cell is checked at the midpoint u of each of its pieces, where a quintic
/// Hermite interpolant's error peaks: its value x̂ must be within ``tolerance`` of Q(u),
/// relative to x̂. The distance is one Newton step on GSL's distribution function F,
/// (u − F(x̂)) / f(x̂), whose own error is of the order of the distance squared; F costs a
/// tenth of GSL's quantile, which is called only for the nodes. Towards 0 and 1, Q's n-th
/// derivative relative to Q grows like u^(−n) (x ∝ u^(1/a) near 0), so a cell that fails is
/// halved, up to ``maxPieces`` pieces, as long as halving keeps shrinking the error; a
/// quintic's error falls 64-fold per halving, while the scatter of F's rounding or a node GSL
/// could not reach does not. A cell that still fails is *exact*: its draws call GSL. So are
/// the first and last cells, where Q is singular. The table depends on (a, b) only, so a value
/// depends only on (a, b, u).
struct BetaQuantileTable: Sendable {
    /// Cells of equal width in probability; a power of two, so that u K is exact.
    static let cellCount = 256
    /// The most pieces a cell is cut into; a power of two, so that every node is a dyadic u.
    static let maxPieces = 64
    /// The largest error, relative to x, that a piece may show at its midpoint: well above the
    /// scatter of the Newton step's rounding (about 1e-16 over f(x) x), so that it does not fail
    /// a good piece.
    static let tolerance = 1e-13

    let a: Double
    let b: Double
    /// Each cell's pieces, as a range of `pieces`; empty for an exact cell.
    private let cells: [Range<Int>]
    private let pieces: [Piece]

    /// Builds the table, calling GSL's quantile at every node and its distribution function at
    /// every checkpoint.
    ///
    /// - Complexity: about P calls of `Probability.betaQuantile` and P of `Probability.beta`,
    ///   for P pieces (between K = ``cellCount`` and 3 K for common shapes).
    init(a: Double, b: Double) {
        self.a = a
        self.b = b
        let k = Self.cellCount, width = 1 / Double(k)
        // The tuple form of lgamma is lgamma_r, which leaves the global signgam alone.
        let (lnA, _) = lgamma(a), (lnB, _) = lgamma(b), (lnAB, _) = lgamma(a + b)
        let density = Density(a: a, b: b, lnBeta: lnA + lnB - lnAB)
        let quantile = { @Sendable (u: Double) in density.node(at: Probability.betaQuantile(u, a: a, b: b)) }
        /// |Q(u) − x| / x by a Newton step from x; NaN unless 0 < x < 1.
        let distance = { @Sendable (u: Double, x: Double) in
            abs(u - Probability.beta(x, a: a, b: b)) * density.node(at: x).slope / x
        }
        // The nodes, then the cells' fits, on all cores: each is worked out on its own, and
        // put in its place, so the table does not depend on how the work is shared.
        // nodes[j − 1] is at u = j/K, j = 1…K − 1.
        let nodes = Slots<Node>(count: k - 1)
        DispatchQueue.concurrentPerform(iterations: k - 1) { i in nodes[i] = quantile(Double(i + 1) * width) }
        let fits = Slots<[Piece]?>(count: k)
        DispatchQueue.concurrentPerform(iterations: k - 2) { i in
            let j = i + 1
            fits[j] = Self.fit(from: Double(j) * width, width: width, between: nodes[j - 1]!, and: nodes[j]!,
                               quantile: quantile, distance: distance)
        }
        var cells = [Range<Int>](repeating: 0..<0, count: k), pieces: [Piece] = []
        for j in 1..<(k - 1) {
            guard let fit = fits[j] ?? nil else { continue }
            cells[j] = pieces.count..<(pieces.count + fit.count)
            pieces += fit
        }
        self.cells = cells
        self.pieces = pieces
    }

    /// Results that parallel workers write, each to its own index (storage of its own, which
    /// no worker resizes or copies).
    private final class Slots<Value>: @unchecked Sendable {
        private let values: UnsafeMutablePointer<Value?>
        private let count: Int

        init(count: Int) {
            self.count = count
            values = .allocate(capacity: count)
            values.initialize(repeating: nil, count: count)
        }

        deinit {
            values.deinitialize(count: count)
            values.deallocate()
        }

        subscript(i: Int) -> Value? {
            get { values[i] }
            set { values[i] = newValue }
        }
    }

    /// The cells whose draws GSL answers directly, the two tail cells included.
    var exactCellCount: Int { cells.count(where: \.isEmpty) }

    /// Q(u) for u in [0, 1].
    ///
    /// - Complexity: O(1): a Horner evaluation, or GSL's quantile in an exact cell.
    @inline(__always)
    func value(at u: Double) -> Double {
        let s = u * Double(Self.cellCount)
        // False for a NaN u too, which goes to GSL rather than trap in Int(_:).
        guard s >= 1, s < Double(Self.cellCount - 1) else { return Probability.betaQuantile(u, a: a, b: b) }
        let j = Int(s), cell = cells[j]
        guard !cell.isEmpty else { return Probability.betaQuantile(u, a: a, b: b) }
        // Exact: s − j by Sterbenz's lemma (j ≤ s < 2j), the product as the count is a power
        // of two, so 0 ≤ r < count.
        let r = (s - Double(j)) * Double(cell.count)
        let i = Int(r)
        return pieces[cell.lowerBound + i](r - Double(i))
    }

    /// The pieces for the cell [u₀, u₀ + width] with the given end nodes: one, halved until
    /// each is within ``tolerance`` of Q at its midpoint; nil when that fails (the cell is exact).
    private static func fit(from u0: Double, width: Double, between first: Node, and last: Node,
                            quantile: (Double) -> Node, distance: (Double, Double) -> Double) -> [Piece]? {
        var nodes = [first, last]
        var previousError = Double.infinity
        while true {
            let count = nodes.count - 1, h = width / Double(count)
            var pieces: [Piece] = [], error = 0.0
            for i in 0..<count {
                guard let piece = Piece(from: nodes[i], to: nodes[i + 1], width: h) else { return nil }
                let d = distance(u0 + (Double(i) + 0.5) * h, piece(0.5))
                // NaN (a midpoint at 0 or 1) fails the cell too.
                guard d.isFinite else { return nil }
                error = max(error, d)
                pieces.append(piece)
            }
            if error <= tolerance { return pieces }
            guard count < maxPieces, error < previousError / 8 else { return nil }
            previousError = error
            // The midpoints are the nodes of the halved pieces.
            let midpoints = (0..<count).map { quantile(u0 + (Double($0) + 0.5) * h) }
            nodes = (0..<count).flatMap { [nodes[$0], midpoints[$0]] } + [last]
        }
    }
}

/// The Beta(a, b) density's logarithm and logarithmic derivative, which give the quantile's
/// derivatives at a node.
private struct Density: Sendable {
    let a: Double
    let b: Double
    let lnBeta: Double

    /// The node at x = Q(u): Q′ = 1/f(x), Q″ = −(f′/f)(x) Q′²; non-finite where x is NaN, 0 or 1.
    func node(at x: Double) -> Node {
        let slope = exp(lnBeta - (a - 1) * log(x) - (b - 1) * log1p(-x))
        let logDerivative = (a - 1) / x - (b - 1) / (1 - x)
        return Node(x: x, slope: slope, curvature: -logDerivative * slope * slope)
    }
}

/// The quantile and its first two derivatives at one probability.
private struct Node: Sendable {
    let x: Double
    let slope: Double
    let curvature: Double
}

/// The quintic x(t) = x₀ + t (c₁ + t (c₂ + t (c₃ + t (c₄ + t c₅)))) on t ∈ [0, 1] across one
/// piece of width h, with t = (u − u₀)/h.
private struct Piece: Sendable {
    let x0, c1, c2, c3, c4, c5: Double
    /// The value at t = 1, which bounds the piece's values from above.
    let x1: Double

    /// The Hermite quintic from x, h Q′ and h² Q″ at both ends; nil unless all are finite.
    init?(from start: Node, to end: Node, width h: Double) {
        let d0 = h * start.slope, d1 = h * end.slope
        let s0 = h * h * start.curvature, s1 = h * h * end.curvature
        // c₁ and c₂ match the start; c₃, c₄, c₅ solve x(1) = x₁, x′(1) = d₁, x″(1) = s₁.
        let p = end.x - start.x - d0 - s0 / 2, q = d1 - d0 - s0, r = s1 - s0
        x0 = start.x
        x1 = end.x
        c1 = d0
        c2 = s0 / 2
        c3 = 10 * p - 4 * q + r / 2
        c4 = -15 * p + 7 * q - r
        c5 = 6 * p - 3 * q + r / 2
        guard [x0, x1, c1, c2, c3, c4, c5].allSatisfy(\.isFinite) else { return nil }
    }

    /// x(t), kept within [x₀, x₁] so that rounding cannot break monotonicity at a node.
    func callAsFunction(_ t: Double) -> Double {
        let x = x0 + t * (c1 + t * (c2 + t * (c3 + t * (c4 + t * c5))))
        return Swift.min(Swift.max(x, x0), x1)
    }
}
