import Foundation
import GSL
import Testing

struct RootFinderSteppingTests {
    @Test func manualStepLoopNarrowsTheBracketToTheRoot() throws {
        let finder = RootFinder { x in x * x - 2 }
        try finder.initialize(lower: 0, upper: 2)
        #expect(finder.iterations == 0)
        var previousWidth = 2.0
        while !finder.converged(absoluteTolerance: 1e-12, relativeTolerance: 0) {
            try finder.step()
            let bracket = finder.bracket
            let width = bracket.upperBound - bracket.lowerBound
            #expect(width <= previousWidth)
            #expect(bracket.contains(2.0.squareRoot()))
            previousWidth = width
            try #require(finder.iterations < 100)
        }
        #expect(finder.iterations > 0)
        #expect(isClose(finder.root, 2.0.squareRoot(), tolerance: 1e-9))
    }

    @Test func initializeResetsTheIterationCount() throws {
        let finder = RootFinder { x in cos(x) - x }
        try finder.initialize(lower: 0, upper: 1)
        try finder.step()
        try finder.step()
        #expect(finder.iterations == 2)
        try finder.initialize(lower: 0, upper: 1)
        #expect(finder.iterations == 0)
    }

    @Test func stepFindsARootLyingOnTheBracketEnd() throws {
        let finder = RootFinder { x in x - 1 }
        try finder.initialize(lower: 0, upper: 1)
        try finder.step()
        #expect(isClose(finder.root, 1, tolerance: 1e-15))
        #expect(finder.converged(absoluteTolerance: 1e-12, relativeTolerance: 0))
    }

    @Test func convergedIsFalseForAWideBracket() throws {
        let finder = RootFinder { x in x - 0.5 }
        try finder.initialize(lower: 0, upper: 1)
        #expect(!finder.converged(absoluteTolerance: 1e-3, relativeTolerance: 0))
        #expect(finder.converged(absoluteTolerance: 2, relativeTolerance: 0))
    }
}
