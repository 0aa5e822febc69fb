import Testing
@testable import CustodyModel

/// One managed month of a one-compound area, every line of MODEL §5 worked out by hand.
///
/// Area: H = 100 households, A = 8000 m², I = 50 m² idle, P = 10 spaces, n = 1 compound,
/// g = 1 enclosable; defaults of MODEL §4 except the subsidies below; horizon T = 1 (June 2023).
struct HandComputedMonthTests {
    let run: AreaRun
    init() {
        let model = singleArea(idleArea: 50, parkingSpaces: 10, enclosable: true, months: 1, params: [
            "subsidy_per_household": .list([2]), "subsidy_per_m2": .number(0.1),
            "startup_grant": .number(5000), "reward": .number(1000), "reward_month": .number(1),
        ])
        run = runFirstArea(model).0
    }

    @Test func feesCollectionAndMediation() {
        // billed = 0.45 × 8000 = 3600
        #expect(close(run[.billedFees, 1], 3600))
        // c = 0.60 (month 1); arrears 0.40; excess x = 0.40 − 0.20 = 0.20;
        // rate = 0.60 + 0.25 × 0.20 = 0.65; fee_income = 3600 × 0.65 = 2340
        #expect(close(run[.collectionRate, 1], 0.65))
        #expect(close(run[.feeIncome, 1], 2340))
        // mediation = 2 × 100 × 0.20 = 40
        #expect(close(run[.mediationCost, 1], 40))
    }

    @Test func publicRevenueAndFeeOffset() {
        // public revenue = 50 × 12 × 0.6 + 10 × 60 × 0.7 + 1 × 100 = 360 + 420 + 100 = 880
        // public_income = 0.20 × 880 = 176
        #expect(close(run[.publicIncome, 1], 176))
        // offset = min(0.5 × 0.8 × 880 = 352, 3600 − 2340 = 1260) = 352
        #expect(close(run[.feeOffset, 1], 352))
    }

    @Test func valueAddedServicesInTheirFirstMonth() {
        // housekeeping 100 × 0.02 × 1/12 × 100 = 16.667, cost × 0.75 = 12.5
        // repair       100 × 0.05 × 1/6 × 80   = 66.667, cost × 0.65 = 43.333
        // brokerage    100 × 0.0015 × 1/12 × 4000 = 50,   cost × 0.50 = 25
        // parcel       100 × 8 × 1/3 × 0.5     = 133.333, cost × 0.40 + 300 = 353.333
        #expect(close(run[.vasRevenue, 1], 100.0 / 6 + 200.0 / 3 + 50 + 400.0 / 3))
        #expect(close(run[.vasCost, 1], 12.5 + 130.0 / 3 + 25 + 160.0 / 3 + 300))
    }

    @Test func subsidyGrantAndReward() {
        // 2 × 100 + 0.1 × 8000 + 5000 (grant, m = 1) + 1000 (reward, reward_month = 1) = 7000
        #expect(close(run[.subsidy, 1], 7000))
    }

    @Test func staffOtherCostsAndCapex() {
        // fractional headcounts (staff_rounding "none"):
        // manager max(1, 100/1500) = 1 → 3500; cleaner max(1, 1/3) = 1 → 1900;
        // security max(0, 0.125) + 1 gate = 1.125 → 2250; technician 0.1 → 280;
        // service 1/15 → 146.667; sum 8076.667 × 1.0 × 1.2 = 9692
        #expect(close(run[.staffCost, 1], 9692))
        // 3 × 100 + 0.05 × 8000 + 2 × 100 + 300 + 0.08 × 9692 = 1975.36
        #expect(close(run[.otherOpex, 1], 1975.36))
        // 30000 facility + 5000 repair + 20000 parcel
        #expect(close(run[.capex, 1], 55000))
    }

    @Test func taxesAndNetCashFlow() {
        let vasRevenue = 800.0 / 3
        let vat = (2340.0 + 352) * 0.01 / 1.01 + 176 * 0.05 / 1.05 + vasRevenue * 0.01 / 1.01
        #expect(close(run[.vat, 1], vat))
        #expect(close(run[.surcharges, 1], vat * 0.06))
        // pre-tax profit is a loss (capex is depreciated 55000 / 60 a month): no CIT
        #expect(close(run[.cit, 1], 0))
        let net = 2340 + 352 + 176 + vasRevenue + 7000
            - 9692 - 1975.36 - 40 - (12.5 + 130.0 / 3 + 25 + 160.0 / 3 + 300) - 55000 - vat - vat * 0.06
        #expect(close(run[.netCashFlow, 1], net))
        #expect(close(run[.cumulativeCash, 1], net))
    }
}
