import Foundation
import GSL
import Testing
@testable import CustodyAnalysis

/// The sweep summary selects the ranks its quantiles need instead of sorting each column; its
/// quantiles must be bit for bit those of the plain recipe (drop NaN, sort, GSL's quantile of
/// the sorted column), and its mean and sd those of GSL's running mean to rounding.
struct SweepSummaryTests {
    /// Columns with ties, negative values and NaN, of sizes from 0 to a few thousand.
    static func column(_ random: RandomSource, count: Int) -> [Double] {
        let style = random.uniformInt(below: 4)
        return (0..<count).map { _ -> Double in
            if style == 3 && random.uniform() < 0.2 { return .nan }
            switch style {
            case 0: return random.uniform() * 2e6 - 1e6
            case 1: return Double(random.uniformInt(below: 7)) - 3   // many ties
            default: return (random.uniform() - 0.3) * 1e3
            }
        }
    }

    static func reference(_ values: [Double], metric: SweepMetric) -> SweepSummaryRow {
        var defined = values.filter { !$0.isNaN }
        return defined.withUnsafeMutableBufferPointer { buffer in
            let all = UnsafeBufferPointer(buffer)
            let mean = Statistics.mean(all), sd = Statistics.standardDeviation(all)
            buffer.sort()
            func q(_ f: Double) -> Double { Statistics.quantile(sorted: UnsafeBufferPointer(buffer), f) }
            return SweepSummaryRow(metric: metric, count: all.count, mean: mean, sd: sd, min: q(0), p05: q(0.05),
                                   p25: q(0.25), p50: q(0.5), p75: q(0.75), p95: q(0.95), max: q(1),
                                   probNegative: all.isEmpty ? .nan : Double(all.filter { $0 < 0 }.count) / Double(all.count))
        }
    }

    /// Quantiles and share bit for bit; mean and sd within 1e-12 of the larger value in the
    /// column (GSL's long-double running mean and the two-pass sums round differently).
    static func same(_ a: SweepSummaryRow, _ b: SweepSummaryRow) -> Bool {
        let x = [a.min, a.p05, a.p25, a.p50, a.p75, a.p95, a.max, a.probNegative]
        let y = [b.min, b.p05, b.p25, b.p50, b.p75, b.p95, b.max, b.probNegative]
        let scale = max(abs(b.min), abs(b.max))
        func near(_ u: Double, _ v: Double) -> Bool { (u.isNaN && v.isNaN) || abs(u - v) <= 1e-12 * scale }
        return a.metric == b.metric && a.count == b.count && near(a.mean, b.mean) && near(a.sd, b.sd)
            && zip(x, y).allSatisfy { $0.bitPattern == $1.bitPattern || ($0.isNaN && $1.isNaN) }
    }

    /// Values whose mean and sd are known exactly: 1 … n (mean (n + 1)/2, variance
    /// n (n + 1)/12), and Welford's example of four values far from 0 with a small spread, where
    /// a one-pass Σx² − n x̄² loses every digit (mean 10⁹ + 10, variance 30).
    @Test func momentsOfKnownSamples() {
        for n in [1, 2, 3, 4, 5, 7, 1000, 100_001] {
            let values = (1...n).map(Double.init)
            let (mean, sd) = values.withUnsafeBufferPointer(SampleMoments.of)
            #expect(close(mean, Double(n + 1) / 2, relative: 1e-15), "1…\(n): mean \(mean)")
            if n == 1 { #expect(sd.isNaN) } else {
                #expect(close(sd, (Double(n) * Double(n + 1) / 12).squareRoot(), relative: 1e-14), "1…\(n): sd \(sd)")
            }
        }
        for offset in [1e9, 1e12, 1e15] {
            let values = [4.0, 7, 13, 16].map { $0 + offset }
            let (mean, sd) = values.withUnsafeBufferPointer(SampleMoments.of)
            #expect(close(mean - offset, 10, relative: 1e-15) && close(sd, (30.0).squareRoot(), relative: 1e-15),
                    "offset \(offset): \(mean), \(sd)")
        }
        // 501 values 10¹⁵ and 500 values 10¹⁵ + 1: the first pass's sums round by units, and the
        // deviations from its mean must repair both results (variance 501 × 500 / (1001 × 1000)).
        let offset = 1e15, values = (0..<1001).map { offset + Double($0 % 2) }
        let (mean, sd) = values.withUnsafeBufferPointer(SampleMoments.of)
        #expect(abs(mean - (offset + 500.0 / 1001)) <= 0.125, "mean \(mean - offset) above 10¹⁵")
        #expect(close(sd, (501.0 * 500 / (1001 * 1000)).squareRoot(), relative: 1e-12), "sd \(sd)")
        let (none, noSpread) = [Double]().withUnsafeBufferPointer(SampleMoments.of)
        #expect(none.isNaN && noSpread.isNaN)
    }

    @Test(arguments: [0, 1, 2, 3, 5, 16, 17, 20, 101, 1000, 4099])
    func summaryEqualsSortingTheColumns(_ count: Int) {
        let random = RandomSource(seed: UInt32(100 + count))
        for _ in 0..<4 {
            let columns = SweepMetric.allCases.map { _ in Self.column(random, count: count) }
            var accumulator = SweepAccumulator(reservingCapacity: count)
            for i in 0..<count {
                accumulator.append(SweepOutcome(npv: columns[0][i], cumulativeCash: columns[1][i], minCumulativeCash: columns[2][i],
                                                selfSufficiency: columns[3][i], subsidy: columns[4][i]))
            }
            for (k, row) in accumulator.summarise().enumerated() {
                let expected = Self.reference(columns[k], metric: SweepMetric.allCases[k])
                #expect(Self.same(row, expected), "\(count) values, \(row.metric): \(row) vs \(expected)")
            }
        }
    }

    /// Each selected rank holds the value a sort puts there, on random data and on the orders
    /// that trouble a quickselect: sorted, reversed, constant, organ pipe, two values.
    @Test func selectionPutsEachRankWhereASortWould() {
        let random = RandomSource(seed: 7)
        let n = 3000
        let inputs: [[Double]] = [
            (0..<n).map { _ in random.uniform() },
            (0..<n).map(Double.init),
            (0..<n).map { Double(n - $0) },
            [Double](repeating: 4, count: n),
            (0..<n).map { Double(min($0, n - $0)) },
            (0..<n).map { Double($0 % 2) },
        ]
        for (case_, input) in inputs.enumerated() {
            let sorted = input.sorted()
            for _ in 0..<5 {
                let ranks = (0..<random.uniformInt(below: 12) + 1).map { _ in random.uniformInt(below: n) }
                var values = input
                values.withUnsafeMutableBufferPointer { OrderStatistics.select($0, ranks: ranks) }
                // The same values, moved: compared bit for bit.
                for k in ranks { #expect(values[k].bitPattern == sorted[k].bitPattern, "case \(case_), rank \(k)") }
                #expect(values.sorted().map(\.bitPattern) == sorted.map(\.bitPattern), "case \(case_): values lost or duplicated")
            }
        }
    }
}
