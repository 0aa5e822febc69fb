import GSL
import Testing

struct QuasiRandomSequenceTests {
    @Test func firstSobolPointsAreTheDyadicMidpoints() {
        // GSL skips Sobol's all-zero point: points 0, 1, 2 are ½, then (¾, ¼) and (¼, ¾) in the
        // first two coordinates (Bratley and Fox 1988, ACM TOMS 14(1), Table 2; exact dyadics).
        let sobol = QuasiRandomSequence(dimensions: 2)
        var p = [0.0, 0.0]
        sobol.next(into: &p)
        #expect(p == [0.5, 0.5])
        sobol.next(into: &p)
        #expect(p == [0.75, 0.25])
        sobol.next(into: &p)
        #expect(p == [0.25, 0.75])
    }

    @Test func skippingForwardOrBackGivesTheSamePointAsDrawingInOrder() {
        let d = 40
        let reference = QuasiRandomSequence(dimensions: d)
        var expected = [Double](repeating: 0, count: d)
        for _ in 0...1000 { reference.next(into: &expected) }
        let skipping = QuasiRandomSequence(dimensions: d)
        var p = [Double](repeating: 0, count: d)
        skipping.skip(to: 1500)
        skipping.skip(to: 1000)
        #expect(skipping.index == 1000)
        skipping.next(into: &p)
        #expect(p == expected)
    }
}

struct StatisticsTests {
    @Test func quantilesInterpolateBetweenOrderStatistics() {
        // Data 1…5 (sorted): type-7 quantile f is 1 + 4f (Hyndman and Fan 1996, exact).
        let data: [Double] = [1, 2, 3, 4, 5]
        data.withUnsafeBufferPointer { sorted in
            #expect(isClose(Statistics.quantile(sorted: sorted, 0.05), 1.2, tolerance: 1e-12))
            #expect(Statistics.quantile(sorted: sorted, 0.5) == 3)
            #expect(Statistics.mean(sorted) == 3)
            // Sample sd of 1…5: √(10 / 4).
            #expect(isClose(Statistics.standardDeviation(sorted), (2.5).squareRoot(), tolerance: 1e-12))
            #expect(Statistics.standardDeviation(sorted, mean: 3).bitPattern == Statistics.standardDeviation(sorted).bitPattern)
        }
    }

    @Test func emptyOrSingleSamplesHaveNaNStatistics() {
        let one: [Double] = [7]
        one.withUnsafeBufferPointer { #expect(Statistics.standardDeviation($0).isNaN) }
        let none: [Double] = []
        none.withUnsafeBufferPointer { #expect(Statistics.mean($0).isNaN && Statistics.quantile(sorted: $0, 0.5).isNaN) }
    }

    @Test func normalQuantileInvertsTheCDF() {
        // Φ⁻¹(0.975) = 1.959963984540054 (Abramowitz and Stegun 26.2, to 1e-12).
        #expect(isClose(Probability.standardNormalQuantile(0.975), 1.959963984540054, tolerance: 1e-12))
        #expect(isClose(Probability.standardNormal(1.959963984540054), 0.975, tolerance: 1e-12))
    }
}
