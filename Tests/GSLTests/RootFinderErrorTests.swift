import Foundation
import GSL
import Testing

struct RootFinderErrorTests {
    @Test func reportsNotBracketedWithTheEndValues() throws {
        let error = #expect(throws: RootFinderError.self) {
            try RootFinder.solve({ x in x * x + 1 }, in: 0...1)
        }
        guard case let .notBracketed(lower, upper, fLower, fUpper)? = error else {
            Issue.record("expected notBracketed, got \(String(describing: error))")
            return
        }
        #expect(isClose(lower, 0, tolerance: 1e-15))
        #expect(isClose(upper, 1, tolerance: 1e-15))
        #expect(isClose(fLower, 1, tolerance: 1e-15))
        #expect(isClose(fUpper, 2, tolerance: 1e-15))
        #expect(error.map { "\($0)" }?.contains("same sign") == true)
    }

    @Test func initializeReportsNotBracketedForNegativeEnds() throws {
        let finder = RootFinder { x in -x * x - 1 }
        #expect(throws: RootFinderError.self) {
            try finder.initialize(lower: -1, upper: 1)
        }
    }

    @Test func reportsMaxIterationsExceededWithTheLastBracket() throws {
        let error = #expect(throws: RootFinderError.self) {
            try RootFinder.solve({ x in x * x * x - 2 }, in: 0...100, absoluteTolerance: 1e-15, relativeTolerance: 0, maxIterations: 1)
        }
        guard case let .maxIterationsExceeded(lastBracket)? = error else {
            Issue.record("expected maxIterationsExceeded, got \(String(describing: error))")
            return
        }
        #expect(lastBracket.contains(cbrt(2.0)))
        #expect(lastBracket.upperBound - lastBracket.lowerBound > 1e-15)
        #expect(lastBracket.upperBound - lastBracket.lowerBound < 100)
    }

    @Test func rethrowsTheCallbackErrorFromSolve() {
        #expect(throws: CallbackFailure(id: 7)) {
            try RootFinder.solve({ x in
                if x > 0 && x < 2 { throw CallbackFailure(id: 7) }
                return x * x - 2
            }, in: 0...2)
        }
    }

    @Test func rethrowsTheCallbackErrorFromStep() throws {
        var evaluations = 0
        let finder = RootFinder { x in
            evaluations += 1
            if evaluations == 4 { throw CallbackFailure(id: 4) }
            return cos(x) - x
        }
        try finder.initialize(lower: 0, upper: 1)  // evaluations 1 and 2
        try finder.step()  // evaluation 3
        #expect(throws: CallbackFailure(id: 4)) {
            try finder.step()  // evaluation 4
        }
        #expect(finder.iterations == 2)
    }

    @Test func rethrowsTheCallbackErrorFromAnEndPoint() {
        #expect(throws: CallbackFailure(id: 1)) {
            try RootFinder.solve({ x in
                if x > 1.5 { throw CallbackFailure(id: 1) }
                return x - 1
            }, in: 0...2)
        }
    }

    @Test func solvesAgainAfterACallbackError() throws {
        var failing = true
        let finder = RootFinder { x in
            if failing && x > 0 && x < 2 { throw CallbackFailure(id: 2) }
            return x * x - 2
        }
        #expect(throws: CallbackFailure(id: 2)) {
            try finder.solve(in: 0...2)
        }
        failing = false
        let solution = try finder.solve(in: 0...2, absoluteTolerance: 1e-12, relativeTolerance: 0)
        #expect(isClose(solution.root, 2.0.squareRoot(), tolerance: 1e-9))
    }

    @Test func reportsBadFunctionWhenTheFunctionReturnsNaN() {
        #expect(throws: GSLError.badFunction) {
            try RootFinder.solve({ x in x <= 0 ? -1 : (x >= 1 ? 1 : .nan) }, in: 0...1)
        }
    }

    @Test func reportsBadFunctionForAnInfiniteEndValue() {
        #expect(throws: GSLError.badFunction) {
            try RootFinder.solve({ x in x <= 0 ? -.infinity : x }, in: 0...1)
        }
    }

    @Test func reportsBadToleranceForANegativeTolerance() {
        #expect(throws: GSLError.badTolerance) {
            try RootFinder.solve({ x in x - 0.5 }, in: 0...1, absoluteTolerance: -1)
        }
        #expect(throws: GSLError.badTolerance) {
            try RootFinder.solve({ x in x - 0.5 }, in: 0...1, relativeTolerance: .nan)
        }
    }

    @Test func reportsInvalidArgumentForAReversedIntervalInsteadOfAborting() {
        // With GSL's default handler this would abort the process.
        let finder = RootFinder { x in x - 1.5 }
        #expect(throws: GSLError.invalidArgument) {
            try finder.initialize(lower: 2, upper: 1)
        }
    }
}
