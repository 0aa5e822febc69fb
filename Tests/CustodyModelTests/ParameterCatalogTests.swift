import Testing
@testable import CustodyModel

/// The parameter table of MODEL §4.
struct ParameterCatalogTests {
    @Test func namesAreUniqueAndFamiliesExpand() {
        let names = ParameterCatalog.all.map(\.name)
        #expect(Set(names).count == names.count)
        // 14 fee and public-revenue rows, 4 services × 6, 6 subsidy rows, 5 roles × 4, 16 others
        #expect(names.count == 14 + 24 + 6 + 20 + 16)
        #expect(names.contains("parcel_ramp_months") && names.contains("security_per_gate"))
    }

    @Test func defaultsMatchTheModelTable() {
        let d = AreaParameters.defaults
        #expect(close(d.feeRate, 0.45) && close(d.collectionTarget, 0.85) && d.collectionRampMonths == 18)
        #expect(close(d.services.parcel.price, 0.5) && d.services.repair.rampMonths == 6)
        #expect(close(d.roles.cleaner.households, 300) && close(d.roles.security.perGate, 1))
        #expect(d.subsidyPerHousehold == YearList(years: [0]) && d.subsidyTaxable && d.staffRounding == .none)
        #expect(d.rewardMonth == 12 && d.depreciationMonths == 60 && d.lossCarryYears == 5)
    }

    @Test func boundsFollowTheModelRules() {
        func problem(_ name: String, _ value: ParameterValue) -> String? {
            ParameterCatalog.spec(named: name)!.problem(with: value)
        }
        #expect(problem("collection_target", .number(1.4)) == "must be between 0 and 1, got 1.4")
        #expect(problem("cleaner_households", .number(0)) == "must be greater than 0, got 0")
        #expect(problem("reward_month", .number(0)) == "must be at least 1, got 0")
        #expect(problem("loss_carry_years", .number(2.5)) == "must be a whole number, got 2.5")
        #expect(problem("fee_rate", .number(.nan)) != nil)
        #expect(problem("subsidy_per_m2", .list([0.3, -0.1])) == "year 2 must be at least 0, got -0.1")
        #expect(problem("staff_rounding", .text("floor")) == "must be one of \"ceil\", \"none\", got \"floor\"")
        #expect(problem("subsidy_taxable", .number(1)) == "must be true or false, got the number 1")
        #expect(problem("fee_rate", .number(0.6)) == nil)
    }

    @Test func nearMissNamesAreSuggested() {
        #expect(ParameterCatalog.nearestName(to: "fee_rat") == "fee_rate")
        #expect(ParameterCatalog.nearestName(to: "colection_target") == "collection_target")
        #expect(ParameterCatalog.nearestName(to: "completely_unrelated_words") == nil)
    }

    @Test func numbersAreWrittenInShortestForm() {
        #expect(NumberFormat.shortest(0.1) == "0.1")
        #expect(NumberFormat.shortest(400) == "400")
        #expect(NumberFormat.shortest(-0.0) == "0")
        #expect(NumberFormat.shortest(-12.5) == "-12.5")
        #expect(NumberFormat.shortest(1e20) == "1e+20")
    }

    /// Every real and integer parameter knows its field's offset, and a value stored there is
    /// the value its key path sets (a wrong offset would move another field).
    @Test func fieldOffsetsLandOnTheParametersOwnField() {
        for spec in ParameterCatalog.all where spec.kind == .real || spec.kind == .integer {
            guard let offset = spec.fieldOffset else {
                Issue.record("\(spec.name) has no field offset")
                continue
            }
            var viaPath = AreaParameters.defaults, viaOffset = AreaParameters.defaults
            spec.set(7, in: &viaPath)
            withUnsafeMutableBytes(of: &viaOffset) { raw in
                if spec.kind == .real {
                    raw.storeBytes(of: 7.0, toByteOffset: offset, as: Double.self)
                } else {
                    raw.storeBytes(of: 7, toByteOffset: offset, as: Int.self)
                }
            }
            #expect(viaPath == viaOffset, "\(spec.name)")
        }
    }
}
