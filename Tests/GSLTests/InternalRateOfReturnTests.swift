import GSL
import Testing

/// Per-period internal rate of return: the r solving Σ_t cf_t / (1 + r)^t = 0.
///
/// Reference vectors from numpy-financial (https://github.com/numpy/numpy-financial):
/// the `irr` docstring example and `tests/test_financial.py` `TestIrr`
/// (`test_irr` parametrised cases and `test_npv_irr_congruence`), where they are quoted
/// to 4–5 digits (0.0524, 0.28095). The 10-digit values below agree with those and were
/// recomputed independently by exact rational bisection; tolerance 1e-9 absolute.
struct InternalRateOfReturnTests {
    /// Net present value Σ_t cf_t v^t with v = 1 / (1 + rate), by Horner's rule.
    private static func netPresentValue(rate: Double, cashflows: [Double]) -> Double {
        let v = 1 / (1 + rate)
        return cashflows.reversed().reduce(0) { total, cashflow in total * v + cashflow }
    }

    @Test(arguments: [
        ([-150_000, 15_000, 25_000, 35_000, 45_000, 60_000], 0.052_432_888_9),
        ([-100, 39, 59, 55, 20], 0.280_948_421_2),
        ([-40_000, 5_000, 8_000, 12_000, 30_000], 0.105_822_598_4),
    ] as [([Double], Double)])
    func matchesNumpyFinancialIRR(cashflows: [Double], expected: Double) throws {
        let solution = try RootFinder.solve(
            { rate in Self.netPresentValue(rate: rate, cashflows: cashflows) },
            in: -0.5...1,
            absoluteTolerance: 1e-12,
            relativeTolerance: 0
        )
        #expect(isClose(solution.root, expected, tolerance: 1e-9))
    }
}
