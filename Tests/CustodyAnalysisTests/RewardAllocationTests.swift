import CustodyAnalysis
import CustodyModel
import Testing

/// `allocate`: dividing a reward pool among areas (MODEL §7).
struct RewardAllocationTests {
    /// Three flat areas of 100 households: `a` loses 1000 CNY a month (score 80), `b` 3000
    /// (no score), `c` earns 7000 (score 60). NPV = monthly net × Σ discount factors.
    static let model: ScenarioModel = {
        var a = area("a", compounds: [compound("A", households: 100)], params: merging(flat, ["fee_rate": .number(0)]))
        var b = area("b", compounds: [compound("B", households: 100)],
                     params: merging(flat, ["fee_rate": .number(0), "insurance_per_area": .number(3000)]))
        var c = area("c", compounds: [compound("C", households: 100, floorArea: 10000)],
                     params: merging(flat, ["fee_rate": .number(0.8)]))
        a.score = 80
        c.score = 60
        return ScenarioModel(scenario([a, b, c]))
    }()
    static let d = discountedMonths(from: 1, to: 24)

    func cents(_ rows: [AllocationRow]) -> Int { rows.reduce(0) { $0 + Int(($1.allocation * 100).rounded()) } }

    @Test func gapsAreTheDiscountedDeficits() throws {
        let rows = try RewardAllocation.allocate(Self.model, pool: 1000, method: .proportional)
        #expect(close(rows[0].gap, 1000 * Self.d) && close(rows[1].gap, 3000 * Self.d) && rows[2].gap == 0)
        #expect(rows.map(\.score) == [80, nil, 60] && rows.map(\.households) == [100, 100, 100])
    }

    @Test func proportionalSharesByHouseholdsOrFloorArea() throws {
        let rows = try RewardAllocation.allocate(Self.model, pool: 300_000, method: .proportional)
        #expect(rows.map(\.allocation) == [100_000, 100_000, 100_000] && cents(rows) == 30_000_000)
        // Floor areas 8000, 8000, 10000: 3 × 10⁵ × (8/26, 8/26, 10/26), to the cent, summing to the pool.
        let byArea = try RewardAllocation.allocate(Self.model, pool: 300_000, method: .proportional, by: .floorArea)
        #expect(close(byArea[2].allocation, 300_000 * 10 / 26, absolute: 0.01) && cents(byArea) == 30_000_000)
        #expect(close(byArea[0].share!, 8.0 / 26, absolute: 1e-7))
    }

    @Test func scoreSharesByScorePowerAndAMissingScoreGetsNothing() throws {
        let linear = try RewardAllocation.allocate(Self.model, pool: 1400, method: .score)
        #expect(linear.map(\.allocation) == [800, 0, 600])
        // γ = 2: 80² : 60² = 6400 : 3600.
        let squared = try RewardAllocation.allocate(Self.model, pool: 1000, method: .score, exponent: 2)
        #expect(squared.map(\.allocation) == [640, 0, 360])
        let strict = try RewardAllocation.allocate(Self.model, pool: 1000, method: .score, minScore: 70)
        #expect(strict.map(\.allocation) == [1000, 0, 0])
    }

    @Test func bankruptcyMethodsDivideAPoolSmallerThanTheGaps() throws {
        // Claims gA = 1000 D, gB = 3000 D, gC = 0 with pool gA (D = Σ discount factors):
        // equal awards λ = gA / 2 → (gA/2, gA/2, 0); equal losses λ = gB − gA → (0, gA, 0);
        // Talmud: pool ≤ half the claims, equal awards on halves (500 D, 1500 D) → (gA/2, gA/2, 0).
        let g = 1000 * Self.d
        let pool = (g * 100).rounded() / 100
        for (method, expected) in [(AllocationMethod.equalAwards, [g / 2, g / 2, 0]), (.equalLosses, [0, g, 0]),
                                   (.talmud, [g / 2, g / 2, 0])] {
            let rows = try RewardAllocation.allocate(Self.model, pool: pool, method: method)
            for (row, e) in zip(rows, expected) {
                #expect(close(row.allocation, e, absolute: 0.011), "\(method): \(rows.map(\.allocation))")
            }
            #expect(cents(rows) == Int((pool * 100).rounded()))
        }
    }

    @Test func aPoolAboveTheGapsPaysThemAndSharesTheRestByScore() throws {
        let gaps = 4000 * Self.d
        let pool = (gaps * 100).rounded() / 100 + 1400
        let rows = try RewardAllocation.allocate(Self.model, pool: pool, method: .talmud)
        #expect(close(rows[0].allocation, 1000 * Self.d + 800, absolute: 0.011))
        #expect(close(rows[1].allocation, 3000 * Self.d, absolute: 0.011))
        #expect(close(rows[2].allocation, 600, absolute: 0.011))
        #expect(cents(rows) == Int((pool * 100).rounded()))
    }

    @Test func roundingToCentsUsesTheLargestRemainders() {
        // 100 / 3 each: 33.33 three times leaves one cent, which goes to the first (a tie).
        #expect(RewardAllocation.roundedToCents([100.0 / 3, 100.0 / 3, 100.0 / 3], pool: 100) == [33.34, 33.33, 33.33])
        // 0.004, 0.004, 0.002 of a 0.01 pool: the one cent goes to the largest remainder; 0 stays 0.
        #expect(RewardAllocation.roundedToCents([0.004, 0, 0.004, 0.002], pool: 0.01) == [0.01, 0, 0, 0])
        // A sum a hair above the pool gives back a cent.
        #expect(RewardAllocation.roundedToCents([0.505, 0.505], pool: 1) == [0.5, 0.5])
    }

    @Test func noEligibleAreaIsAnErrorThatSaysWhy() {
        var unscored = Self.model.scenario
        for i in unscored.areas.indices { unscored.areas[i].score = nil }
        let model = ScenarioModel(unscored)
        #expect(throws: AllocationError.self) { try RewardAllocation.allocate(model, pool: 1000, method: .score) }
        #expect(throws: AllocationError.noEligibleArea(method: .score,
                                                       reason: "no area has a score above 0 and ≥ --min-score 90 (the highest is 80); lower --min-score")) {
            try RewardAllocation.allocate(Self.model, pool: 1000, method: .score, minScore: 90)
        }
        // The pool covers the gaps and nobody has a score to take the rest.
        do {
            _ = try RewardAllocation.allocate(model, pool: 1e9, method: .equalAwards)
            Issue.record("expected surplusWithoutScores")
        } catch let error as AllocationError {
            guard case .surplusWithoutScores = error else { Issue.record("\(error)"); return }
            #expect(error.description.contains("lower --pool"))
        } catch {
            Issue.record("\(error)")
        }
    }
}
