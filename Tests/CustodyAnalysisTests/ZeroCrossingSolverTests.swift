import CustodyAnalysis
import Foundation
import Testing

/// The generic solver on analytic functions.
struct ZeroCrossingSolverTests {
    @Test func findsTheRootOfASmoothFunctionWithinMODELsTolerance() {
        let solver = ZeroCrossingSolver { x in x * x - 2 }
        let crossing = solver.solve(in: 0...2)
        #expect(crossing.status == .ok)
        #expect(close(crossing.root!, 2.0.squareRoot(), relative: 1e-10, absolute: 1e-10))
        #expect(crossing.finalBracket.upperBound - crossing.finalBracket.lowerBound < 1e-10 + 1e-10 * 2.0.squareRoot())
    }

    @Test func countsTwoEndsPlusOneEvaluationPerIteration() {
        let solver = ZeroCrossingSolver { x in exp(x) - 3 }
        let crossing = solver.solve(in: 0...5)
        #expect(crossing.status == .ok)
        #expect(solver.evaluations == crossing.iterations + 2)
    }

    @Test func anIterationAfterAnExactHitCostsNoEvaluation() {
        // The secant from (0, −0.3) and (1, 0.7) lands on 0.3 exactly; GSL then closes the
        // bracket on it without calling f.
        let solver = ZeroCrossingSolver { x in x - 0.3 }
        let crossing = solver.solve(in: 0...1)
        #expect(crossing.status == .ok && crossing.iterations == 2)
        #expect(solver.evaluations == 3)
    }

    @Test func knownEndValuesAreNotEvaluatedAgain() {
        let solver = ZeroCrossingSolver { x in x - 0.3 }
        let crossing = solver.solve(in: 0...1, fLower: -0.3, fUpper: 0.7)
        #expect(crossing.status == .ok)
        #expect(solver.evaluations <= crossing.iterations)
    }

    @Test func oneSignOnTheBracketIsNoSignChangeEitherWay() {
        let solver = ZeroCrossingSolver { x in x - 10 }
        let below = solver.solve(in: 0...1)
        #expect(below.status == .noSignChange && below.root == nil)
        #expect(below.metricAtLower < 0 && below.metricAtUpper < 0)
        let above = solver.solve(in: 20...30)
        #expect(above.status == .noSignChange && above.root == nil)
        #expect(above.metricAtLower > 0 && above.metricAtUpper > 0)
        #expect(solver.evaluations == 4)
    }

    @Test func anEndWhereTheMetricIsZeroIsTheRoot() {
        let crossing = ZeroCrossingSolver { x in x - 1 }.solve(in: 1...3)
        #expect(crossing.status == .ok && crossing.iterations == 0)
        #expect(crossing.root == 1)
    }

    @Test func aStepFunctionGivesItsJumpPoint() {
        // Negative below 0.7, positive from 0.7 on: Brent keeps the jump bracketed.
        let crossing = ZeroCrossingSolver { x in x < 0.7 ? -1 : 1 }.solve(in: 0...1)
        #expect(crossing.status == .ok)
        #expect(close(crossing.root!, 0.7, relative: 1e-9))
        #expect(crossing.upperSide >= 0.7)
    }

    @Test func aNaNMetricIsDidNotConvergeNotACrash() {
        let atEnd = ZeroCrossingSolver { x in x > 0.9 ? .nan : x - 0.5 }.solve(in: 0...1)
        #expect(atEnd.status == .didNotConverge && atEnd.root == nil)
        let inside = ZeroCrossingSolver { x in abs(x - 0.5) < 0.3 ? .nan : x - 0.5 }.solve(in: 0...1)
        #expect(inside.status == .didNotConverge && inside.root == nil)
    }

    @Test func oneSolverServesManySolves() {
        var target = 0.0
        let solver = ZeroCrossingSolver { x in x - target }
        for t in stride(from: 0.1, through: 0.9, by: 0.1) {
            target = t
            #expect(close(solver.solve(in: 0...1).root!, t, relative: 1e-9))
        }
    }
}
