import Foundation
import GSL
import Testing

struct RootFinderSolveTests {
    @Test func findsSquareRootOfTwoWithinTolerance() throws {
        let solution = try RootFinder.solve({ x in x * x - 2 }, in: 0...2, absoluteTolerance: 1e-12, relativeTolerance: 0)
        #expect(isClose(solution.root, 2.0.squareRoot(), tolerance: 1e-9))
        #expect(solution.iterations > 0)
        #expect(solution.bracket.contains(solution.root))
        #expect(solution.bracket.upperBound - solution.bracket.lowerBound < 1e-12)
    }

    @Test func findsFixedPointOfCosine() throws {
        // cos x = x at the Dottie number, 0.7390851332151607 (OEIS A003957).
        let solution = try RootFinder.solve({ x in cos(x) - x }, in: 0...1, absoluteTolerance: 1e-12, relativeTolerance: 0)
        #expect(isClose(solution.root, 0.739_085_133_215_160_7, tolerance: 1e-9))
    }

    @Test func reusesOneFinderAcrossManySolves() throws {
        var target = 0.0
        let finder = RootFinder { x in x * x * x - target }
        for k in 1...1_000 {
            target = Double(k)
            let solution = try finder.solve(in: 0...11, absoluteTolerance: 1e-12, relativeTolerance: 0)
            #expect(isClose(solution.root, cbrt(target), tolerance: 1e-9))
        }
    }

    @Test func returnsLowerEndWithZeroIterationsWhenItIsARoot() throws {
        let solution = try RootFinder.solve({ x in x - 1 }, in: 1...3)
        #expect(isClose(solution.root, 1, tolerance: 1e-15))
        #expect(solution.iterations == 0)
        #expect(isClose(solution.bracket.lowerBound, 1, tolerance: 1e-15))
        #expect(isClose(solution.bracket.upperBound, 1, tolerance: 1e-15))
    }

    @Test func returnsUpperEndWithZeroIterationsWhenItIsARoot() throws {
        // Same sign test would reject (x - 1)^2 on [0, 1] were the zero not accepted.
        let solution = try RootFinder.solve({ x in (x - 1) * (x - 1) }, in: 0...1)
        #expect(isClose(solution.root, 1, tolerance: 1e-15))
        #expect(solution.iterations == 0)
    }

    @Test func acceptsRelativeToleranceAlone() throws {
        let solution = try RootFinder.solve({ x in x - 1e6 }, in: 0...1e7, absoluteTolerance: 0, relativeTolerance: 1e-12)
        #expect(isClose(solution.root, 1e6, tolerance: 1e-5))
    }
}
