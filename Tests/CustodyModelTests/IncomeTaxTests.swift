import Testing
@testable import CustodyModel

/// Corporate income tax by calendar year with losses carried forward (MODEL §5).
///
/// The `flat` area earns 0.5 × 10000 − 1000 = 4000 a month before depreciation; a capex of
/// 6 × D depreciated over 6 months makes the first (half) year 2023 a loss.
struct IncomeTaxTests {
    func model(capex: Double, carry: Int, months: Int) -> ScenarioModel {
        singleArea(floorArea: 10000, start: "2023-07", months: months, params: merging(flat, [
            "fee_rate": .number(0.5), "facility_capex": .number(capex),
            "depreciation_months": .number(6), "loss_carry_years": .number(Double(carry)),
        ]))
    }

    @Test func lossCarriedForwardOffsetsTheNextYear() {
        // 2023: 6 × 4000 − 60000 = −36000 (loss). 2024: 48000 − 36000 = 12000 → 600 in
        // December 2024 (t = 18). 2025: 48000 → 2400 in December 2025 (t = 30).
        let (run, _) = runFirstArea(model(capex: 60000, carry: 5, months: 30))
        #expect(close(run[.cit, 6], 0))
        #expect(close(run[.cit, 18], 600))
        #expect(close(run[.cit, 30], 2400))
        #expect(close(run.lines[MonthlyLine.cit.rawValue].reduce(0, +), 3000))
    }

    @Test func lossExpiresAfterLossCarryYears() {
        // 2023: 6 × 4000 − 90000 = −66000. 2024: 48000, all offset (18000 left).
        // 2025: with a one-year carry the rest has expired → 0.05 × 48000 = 2400;
        // with five years it still offsets → 0.05 × (48000 − 18000) = 1500.
        let (short, _) = runFirstArea(model(capex: 90000, carry: 1, months: 30))
        #expect(close(short[.cit, 18], 0))
        #expect(close(short[.cit, 30], 2400))
        let (long, _) = runFirstArea(model(capex: 90000, carry: 5, months: 30))
        #expect(close(long[.cit, 30], 1500))
    }

    @Test func noCarryWhenLossCarryYearsIsZero() {
        let (run, _) = runFirstArea(model(capex: 60000, carry: 0, months: 18))
        #expect(close(run[.cit, 18], 0.05 * 48000))
    }

    @Test func yearEndingPastTheHorizonIsBookedInMonthT() {
        // T = 39 ends in September 2026: 2026's 9 × 4000 = 36000 → 1800 in month 39.
        let (run, _) = runFirstArea(model(capex: 60000, carry: 5, months: 39))
        #expect(close(run[.cit, 39], 1800))
        #expect(close(run[.cit, 30], 2400))
        // Net cash flow nets the tax out in the month it is booked.
        #expect(close(run[.netCashFlow, 39], 4000 - 1800))
    }

    @Test func subsidyCountsForTaxOnlyWhenTaxable() {
        // 1000 a month of subsidy on top of 4000 a month, no capex, a year from January.
        func cit(taxable: Bool) -> Double {
            let model = singleArea(floorArea: 10000, start: "2023-01", months: 12, params: merging(flat, [
                "fee_rate": .number(0.5), "subsidy_per_household": .number(10),
                "subsidy_taxable": .flag(taxable),
            ]))
            return runFirstArea(model).0[.cit, 12]
        }
        #expect(close(cit(taxable: true), 0.05 * 12 * 5000))
        #expect(close(cit(taxable: false), 0.05 * 12 * 4000))
    }
}
