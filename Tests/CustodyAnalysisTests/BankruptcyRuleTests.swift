import CustodyAnalysis
import Testing

/// Bankruptcy rules on the claims (100, 200, 300) of the Talmud's marriage-contract problem.
struct BankruptcyRuleTests {
    let claims = [100.0, 200, 300]

    func expectClose(_ actual: [Double], _ expected: [Double], tolerance: Double = 1e-6,
                     sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(actual.count == expected.count, sourceLocation: sourceLocation)
        for (a, e) in zip(actual, expected) {
            #expect(abs(a - e) <= tolerance, "\(actual) vs \(expected)", sourceLocation: sourceLocation)
        }
    }

    @Test func talmudRuleReproducesTheMishnahsThreeEstates() throws {
        // Aumann and Maschler (1985), Table 1 (Ketubot 93a): estates 100, 200, 300 on claims
        // 100, 200, 300 → (33⅓, 33⅓, 33⅓), (50, 75, 75), (50, 100, 150).
        expectClose(try BankruptcyRule.talmud.divide(100, claims: claims), [100.0 / 3, 100.0 / 3, 100.0 / 3])
        expectClose(try BankruptcyRule.talmud.divide(200, claims: claims), [50, 75, 75])
        expectClose(try BankruptcyRule.talmud.divide(300, claims: claims), [50, 100, 150])
    }

    @Test func talmudRuleAboveHalfTheClaimsIsClaimsLessEqualLossesOnHalfClaims() throws {
        // By hand: E = 400, the loss 200 on half-claims (50, 100, 150)
        // is equal awards of 200 capped by them: (50, 75, 75), so awards (50, 125, 225).
        expectClose(try BankruptcyRule.talmud.divide(400, claims: claims), [50, 125, 225])
    }

    @Test func equalAwardsAndEqualLossesSplitThreeHundred() throws {
        // By the definitions (Thomson 2003): equal awards min(c, λ) with λ = 100 → (100, 100, 100);
        // equal losses max(0, c − λ) with λ = 100 → (0, 100, 200).
        expectClose(try BankruptcyRule.equalAwards.divide(300, claims: claims), [100, 100, 100])
        expectClose(try BankruptcyRule.equalLosses.divide(300, claims: claims), [0, 100, 200])
    }

    @Test func equalAwardsCapsTheSmallClaimAndLevelsTheRest() throws {
        // E = 500: λ = 200 → (100, 200, 200). Equal losses: λ = 100/3 → (66⅔, 166⅔, 266⅔).
        expectClose(try BankruptcyRule.equalAwards.divide(500, claims: claims), [100, 200, 200])
        expectClose(try BankruptcyRule.equalLosses.divide(500, claims: claims), [200.0 / 3, 500.0 / 3, 800.0 / 3])
    }

    @Test func weightsMakeLambdaPerUnitOfWeight() throws {
        // Weights (1, 1, 2), E = 300: equal awards min(c, λ w) → λ = 75: (75, 75, 150);
        // equal losses max(0, c − λ w) → λ = 75: (25, 125, 150).
        expectClose(try BankruptcyRule.equalAwards.divide(300, claims: claims, weights: [1, 1, 2]), [75, 75, 150])
        expectClose(try BankruptcyRule.equalLosses.divide(300, claims: claims, weights: [1, 1, 2]), [25, 125, 150])
        // The Talmud rule ignores weights.
        expectClose(try BankruptcyRule.talmud.divide(200, claims: claims, weights: [1, 1, 2]), [50, 75, 75])
    }

    @Test func anEstateThatCoversEveryClaimPaysThemInFull() throws {
        for rule in BankruptcyRule.allCases {
            expectClose(try rule.divide(1000, claims: claims), claims)
            expectClose(try rule.divide(0, claims: claims), [0, 0, 0])
        }
    }

    @Test func awardsSumToTheEstateAndStayWithinClaimsOnManyEstates() throws {
        let uneven = [3.5, 1200, 0, 48_000, 7.25, 999]
        let total = uneven.reduce(0, +)
        for rule in BankruptcyRule.allCases {
            for k in 1..<50 {
                let estate = total * Double(k) / 50
                let awards = try rule.divide(estate, claims: uneven, weights: [1, 2, 3, 4, 5, 6])
                #expect(abs(awards.reduce(0, +) - estate) <= 1e-9 * total, "\(rule) E = \(estate)")
                #expect(zip(awards, uneven).allSatisfy { $0 >= -1e-12 && $0 <= $1 + 1e-9 })
            }
        }
    }
}
