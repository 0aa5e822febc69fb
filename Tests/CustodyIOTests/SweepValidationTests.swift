import Testing
@testable import CustodyIO

/// The rules of `[[sweep]]` tables (MODEL §7, `sweep`) and the shadowing warnings of MODEL §2.
@Suite struct SweepValidationTests {
    func sweep(_ body: String) -> String { smallScenario("[[sweep]]\n" + body) }

    @Test func unknownParameterInAPathSuggestsTheNearest() {
        let toml = sweep("param = \"modes.merged-custody.fee_rat\"\nvalues = [0.3]")
        expectOnlyError(toml, at: "\"modes.", "param \"modes.merged-custody.fee_rat\": unknown parameter `fee_rat`; did you mean `fee_rate`?")
    }

    @Test func pathLevelMustExist() {
        expectOnlyError(sweep("param = \"modes.merged.fee_rate\"\nvalues = [0.3]"), at: "\"modes.",
                        "param \"modes.merged.fee_rate\": unknown mode `merged`; did you mean `merged-custody`? (modes: market-selection, self-management, merged-custody, nearby-takeover)")
        expectOnlyError(sweep("param = \"area.b.fee_rate\"\nvalues = [0.3]"), at: "\"area.b",
                        "param \"area.b.fee_rate\": no [[area]] has id \"b\"; did you mean `a`?")
        expectOnlyError(sweep("param = \"params.fee_rate\"\nvalues = [0.3]"), at: "\"params.",
                        "param \"params.fee_rate\" is not a parameter path; write a parameter name (fee_rate), modes.<mode>.<name> or area.<id>.<name>")
    }

    @Test func onlyNumericParametersCanBeSwept() {
        expectOnlyError(sweep("param = \"staff_rounding\"\nvalues = [1]"), at: "\"staff_rounding\"",
                        "param \"staff_rounding\": staff_rounding is text, and only numeric parameters (real, integer or list by year) can be swept")
    }

    @Test func paramIsRequired() {
        expectOnlyError(sweep("values = [1]"), at: "[[sweep]]", "[[sweep]] is missing the required key `param`: add param = \"fee_rate\"")
    }

    @Test func distOrValuesIsRequiredButNotBoth() {
        expectOnlyError(sweep("param = \"fee_rate\""), at: "[[sweep]]",
                        "[[sweep]] needs dist = \"…\" (uniform, normal, lognormal, beta, triangular, pert) or values = [...]")
        expectOnlyError(sweep("param = \"fee_rate\"\ndist = \"uniform\"\nmin = 0\nmax = 1\nvalues = [0.3]"), at: "values",
                        "give either dist or values, not both")
    }

    @Test func unknownDistSuggestsTheNearest() {
        expectOnlyError(sweep("param = \"fee_rate\"\ndist = \"betta\"\nmean = 0.4\nsd = 0.1"), at: "\"betta\"",
                        "unknown dist \"betta\"; did you mean `beta`? (dist is one of uniform, normal, lognormal, beta, triangular, pert)")
    }

    @Test func eachDistributionNeedsItsFieldsAndNoOthers() {
        let toml = sweep("param = \"fee_rate\"\ndist = \"triangular\"\nmin = 0.3\nmax = 0.5\nsd = 0.1")
        let dist = position(of: "\"triangular\"", in: toml), sd = position(of: "sd", in: toml)
        #expect(failures(toml) == [
            "s.toml:\(dist): error: dist = \"triangular\" needs mode (it takes min, mode, max)",
            "s.toml:\(sd): error: sd is not used by dist = \"triangular\", which takes min, mode, max",
        ])
        expectOnlyError(sweep("param = \"fee_rate\"\ndist = \"normal\"\nmean = 0.4"), at: "\"normal\"",
                        "dist = \"normal\" needs sd (it takes mean, sd and optional min, max)")
        expectOnlyError(sweep("param = \"fee_rate\"\nvalues = [0.4]\nmean = 0.4"), at: "mean",
                        "mean is not used with values; remove it, or replace values with a dist")
    }

    @Test func minMustBeBelowMaxAndSdPositive() {
        expectOnlyError(sweep("param = \"fee_rate\"\ndist = \"uniform\"\nmin = 0.5\nmax = 0.3"), at: "0.3",
                        "min (0.5) must be less than max (0.3)")
        #expect(failures(sweep("param = \"fee_rate\"\ndist = \"normal\"\nmean = 0.4\nsd = 0")) ==
                ["s.toml:22:6: error: sd (0) must be greater than 0"])
    }

    @Test func modeMustLieWithinMinAndMax() {
        expectOnlyError(sweep("param = \"fee_rate\"\ndist = \"pert\"\nmin = 0.3\nmode = 0.6\nmax = 0.5"), at: "0.6",
                        "mode (0.6) must be between min (0.3) and max (0.5)")
    }

    @Test func betaMomentsMustBeFeasible() {
        expectOnlyError(sweep("param = \"collection_target\"\ndist = \"beta\"\nmean = 0.82\nsd = 0.5"), at: "0.5",
                        "no beta on [0, 1] has mean 0.82 and sd 0.5: sd must be less than 0.3842 (sd² < (mean − min)(max − mean))")
        expectOnlyError(sweep("param = \"fee_rate\"\ndist = \"beta\"\nmean = 0.2\nsd = 0.05\nmin = 0.3\nmax = 0.6"), at: "0.2",
                        "a beta's mean (0.2) must lie strictly between min (0.3) and max (0.6)")
    }

    /// A beta so narrow that its shape's a + b passes a million cannot be computed (GSL's beta
    /// distribution fails there); just wider is accepted.
    @Test func betaMustNotBeTooNarrowToCompute() {
        expectOnlyError(sweep("param = \"collection_target\"\ndist = \"beta\"\nmean = 0.85\nsd = 0.00003\nmin = 0.8\nmax = 0.9"),
                        at: "0.00003",
                        "a beta on [0.8, 0.9] with mean 0.85 and sd 3e-05 is too narrow to compute: sd must be at least "
                        + "5.005e-05 (its shape a + b would exceed 1,000,000, where GSL's beta distribution fails); for a "
                        + "narrower spread use dist = \"normal\" with min and max")
        #expect(throws: Never.self) {
            try load(sweep("param = \"collection_target\"\ndist = \"beta\"\nmean = 0.85\nsd = 0.00005005\nmin = 0.8\nmax = 0.9"))
        }
    }

    @Test func lognormalMeanMustBePositive() {
        #expect(failures(sweep("param = \"fee_rate\"\ndist = \"lognormal\"\nmean = -1\nsd = 0.1")) ==
                ["s.toml:21:8: error: a lognormal's mean (-1) must be greater than 0"])
    }

    @Test func boundsAndValuesMustLieInTheParametersRange() {
        expectOnlyError(sweep("param = \"collection_target\"\ndist = \"uniform\"\nmin = 0.5\nmax = 1.2"), at: "1.2",
                        "max (1.2) is outside the range of collection_target, which must be between 0 and 1")
        expectOnlyError(sweep("param = \"fee_rate\"\nvalues = [0.4, -0.1]"), at: "-0.1",
                        "value -0.1 is outside the range of fee_rate, which must be at least 0")
        expectOnlyError(sweep("param = \"fee_rate\"\nvalues = [0.4, nan]"), at: "nan",
                        "values must be finite numbers; element 2 is nan")
        expectOnlyError(sweep("param = \"fee_rate\"\nvalues = []"), at: "[]",
                        "values must be a non-empty list of numbers, e.g. values = [0.4, 0.45, 0.5], got a list")
    }

    @Test func levelsMustBeAWholeNumberOfAtLeastOne() {
        #expect(failures(sweep("param = \"fee_rate\"\ndist = \"uniform\"\nmin = 0.3\nmax = 0.5\nlevels = 0")) ==
                ["s.toml:23:10: error: levels (0) must be a whole number ≥ 1"])
        expectOnlyError(sweep("param = \"fee_rate\"\ndist = \"uniform\"\nmin = 0.3\nmax = 0.5\nlevels = 2.5"), at: "2.5",
                        "levels must be a whole number, got the number 2.5")
    }

    @Test func unknownSweepKeySuggestsTheNearest() {
        expectOnlyError(sweep("param = \"fee_rate\"\ndist = \"uniform\"\nmin = 0.3\nmaxi = 0.5\nmax = 0.5"), at: "maxi",
                        "unknown key `maxi` in [[sweep]]; did you mean `max`? (known keys: param, dist, values, levels, mean, sd, min, max, mode)")
    }

    @Test func theSamePathSweptTwiceIsAnError() {
        let toml = sweep("param = \"fee_rate\"\nvalues = [0.4]\n\n[[sweep]]\nparam = \"fee_rate\"\nvalues = [0.5]")
        expectOnlyError(toml, at: "\"fee_rate\"", occurrence: 2,
                        "fee_rate is already swept by the [[sweep]] at line 18; sweep each parameter path once")
        let different = sweep("param = \"fee_rate\"\nvalues = [0.4]\n\n[[sweep]]\nparam = \"modes.merged-custody.fee_rate\"\nvalues = [0.5]")
        #expect((try? load(different)) != nil)
    }

    @Test func sweptParamsValueShadowedByModeOrAreaIsWarnedNamingTheAreas() throws {
        let toml = smallScenario("""
            [modes.merged-custody]
            fee_rate = 0.4

            [[area]]
            id = "b"
            street = "甘棠"
            mode = "self-management"
            provider = "new"
            compounds = ["A-3"]

            [area.params]
            fee_rate = 0.3

            [[sweep]]
            param = "fee_rate"
            values = [0.4, 0.5]
            """)
        let loaded = try load(toml)
        #expect(loaded.warnings.map(\.description) == [
            "s.toml:\(position(of: "\"fee_rate\"", in: toml)): warning: fee_rate is swept, but a more specific level sets fee_rate in areas a ([modes.merged-custody]), b ([area.params]); the swept values do not reach them",
        ])
    }

    @Test func sweptModeValueShadowedByAreaParamsIsWarned() throws {
        let toml = smallScenario("""
            [[sweep]]
            param = "modes.merged-custody.idle_rent"
            dist = "uniform"
            min = 8
            max = 16
            """, area: "[area.params]\nidle_rent = 10")
        let loaded = try load(toml)
        #expect(loaded.warnings.map(\.description) == [
            "s.toml:\(position(of: "\"modes.", in: toml)): warning: modes.merged-custody.idle_rent is swept, but a more specific level sets idle_rent in area a ([area.params]); the swept values do not reach it",
        ])
    }

    @Test func sweepOfAModeNoAreaHasIsWarned() throws {
        let toml = sweep("param = \"modes.self-management.fee_rate\"\nvalues = [0.3]")
        #expect(try load(toml).warnings.map(\.message) == [
            "modes.self-management.fee_rate is swept, but no area has mode self-management, so the sweep changes nothing",
        ])
    }

    @Test func areaLevelSweepIsNeverShadowed() throws {
        let toml = smallScenario("[[sweep]]\nparam = \"area.a.fee_rate\"\nvalues = [0.3, 0.4]\nlevels = 2",
                                 area: "[area.params]\nfee_rate = 0.35")
        #expect(try load(toml).warnings.map(\.message) == ["levels is ignored when values are given (the grid uses the values)"])
    }
}
