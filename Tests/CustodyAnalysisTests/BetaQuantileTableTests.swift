import GSL
import Testing
@testable import CustodyAnalysis

struct BetaQuantileTableTests {
    /// Shapes (a, b): symmetric, U-shaped, skewed either way, uniform, PERT (4, 8, 12) and the
    /// beta of mean 0.85, sd 0.025 on [0.8, 0.9].
    static let shapes: [(a: Double, b: Double)] = [
        (1.5, 1.5), (0.5, 0.5), (2, 5), (30, 3), (1, 1),
        InverseCDF.pertShape(min: 4, mode: 8, max: 12),
        InverseCDF.betaShape(mean: 0.85, sd: 0.025, min: 0.8, max: 0.9),
    ]

    /// Increasing probabilities: a grid off the nodes; every node between cells with the double
    /// either side; the nodes of the two outermost interior cells' pieces were they cut into the
    /// most pieces; and values within 1e-12 of 0 and 1.
    static let probabilities: [Double] = {
        let k = Double(BetaQuantileTable.cellCount), pieces = Double(BetaQuantileTable.maxPieces)
        let grid = (0..<2000).map { (Double($0) + 0.37) / 2000 }
        let nodes = (1..<BetaQuantileTable.cellCount).flatMap { j -> [Double] in
            let u = Double(j) / k
            return [u.nextDown, u, u.nextUp]
        }
        let pieceNodes = (0...BetaQuantileTable.maxPieces).flatMap { i -> [Double] in
            let offset = Double(i)
            return [(pieces + offset) / (k * pieces), ((k - 2) * pieces + offset) / (k * pieces)]
        }
        let tails: [Double] = [0x1p-53, 1e-15, 1e-13, 5e-13, 1e-12].flatMap { [$0, 1 - $0] }
        let all: [Double] = grid + nodes + pieceNodes + tails
        return all.sorted()
    }()

    @Test(arguments: shapes)
    func agreesWithGSLsQuantileAndInvertsGSLsCDF(a: Double, b: Double) {
        let table = BetaQuantileTable(a: a, b: b)
        for u in Self.probabilities {
            let x = table.value(at: u), gsl = Probability.betaQuantile(u, a: a, b: b)
            #expect(abs(x - gsl) <= 1e-12, "Beta(\(a), \(b)) at u = \(u): \(x) against GSL's \(gsl)")
            #expect(abs(Probability.beta(x, a: a, b: b) - u) <= 1e-10, "Beta(\(a), \(b)) at u = \(u): x = \(x)")
        }
    }

    @Test(arguments: shapes)
    func isNonDecreasingAcrossCellsAndPieces(a: Double, b: Double) {
        let table = BetaQuantileTable(a: a, b: b)
        let xs = Self.probabilities.map(table.value(at:))
        for i in xs.indices.dropFirst() {
            #expect(xs[i - 1] <= xs[i], "Beta(\(a), \(b)) falls from u = \(Self.probabilities[i - 1]) to \(Self.probabilities[i])")
        }
    }

    @Test(arguments: shapes)
    func interpolatesAlmostEveryCell(a: Double, b: Double) {
        let table = BetaQuantileTable(a: a, b: b)
        // The two tail cells are always exact; a handful more would still leave the table in use.
        #expect(table.exactCellCount >= 2)
        #expect(table.exactCellCount <= BetaQuantileTable.cellCount / 32, "Beta(\(a), \(b)): \(table.exactCellCount) exact cells")
    }

    @Test func sameShapeGivesTheSameBits() {
        let first = BetaQuantileTable(a: 2.2, b: 3.8), second = BetaQuantileTable(a: 2.2, b: 3.8)
        #expect(Self.probabilities.allSatisfy { first.value(at: $0).bitPattern == second.value(at: $0).bitPattern })
    }
}
