import Foundation
import Testing
@testable import CustodyIO

/// Every validation rule of MODEL §2, provoked once, with its message and position.
@Suite struct ScenarioValidationTests {
    @Test func tomlSyntaxErrorIsLocated() {
        let toml = "[scenario]\nname = \"x\"\nmonths = \n"
        #expect(failures(toml) == ["s.toml:3:10: error: `months =` has no value: write one after it "
                                   + "(a number, \"text\", true or false, [a, list] or {a = 1})"])
    }

    @Test func misspelledParameterSuggestsTheNearestName() {
        let toml = smallScenario(params: "fee_rat = 0.4")
        expectOnlyError(toml, at: "fee_rat", "unknown parameter `fee_rat` in [params]; did you mean `fee_rate`?")
    }

    @Test func misspelledTableKeySuggestsTheNearestKey() {
        let toml = smallScenario(area: "provder = \"new\"")
        expectOnlyError(toml, at: "provder", "unknown key `provder` in [[area]]; did you mean `provider`? (known keys: id, name, street, mode, provider, takeover, score, compounds, params, compound)")
    }

    @Test func misspelledTopLevelTableSuggestsTheNearest() {
        let toml = smallScenario("[parms]\nfee_rate = 0.4")
        expectOnlyError(toml, at: "parms", "unknown key `parms` at the top level; did you mean `params`? (known tables: [scenario], [params], [modes.<mode>], [[area]], [[sweep]])")
    }

    @Test func unknownScenarioKeySuggestsTheNearest() {
        let toml = smallScenario().replacingOccurrences(of: "months = 12", with: "months = 12\nmontsh = 3")
        expectOnlyError(toml, at: "montsh", "unknown key `montsh` in [scenario]; did you mean `months`? (known keys: name, start, months, discount_rate, deadline, ledger)")
    }

    @Test func parameterInTheWrongTableSaysWhereItGoes() {
        let toml = smallScenario(area: "fee_rate = 0.4")
        expectOnlyError(toml, at: "fee_rate", "parameter fee_rate cannot be set in [[area]]; put it under [area.params] (after this area's keys)")
        let top = "fee_rate = 0.4\n" + smallScenario()
        expectOnlyError(top, at: "fee_rate", "parameter fee_rate is outside any table; put it under [params] (or [modes.<mode>], [area.params])")
    }

    @Test func areaKeyAfterAreaParamsSaysToMoveIt() {
        let toml = smallScenario(area: "[area.params]\nscore = 80")
        expectOnlyError(toml, at: "score", "unknown parameter `score` in [area.params]; score belongs to the [[area]] itself: move it above [area.params]")
    }

    @Test func outOfRangeParameterStatesValueAndRange() {
        let toml = smallScenario(params: "collection_target = 1.4")
        expectOnlyError(toml, at: "1.4", "collection_target (1.4) must be between 0 and 1")
    }

    @Test func wrongParameterTypeIsAnError() {
        expectOnlyError(smallScenario(params: "fee_rate = \"0.45\""), at: "\"0.45\"",
                        "fee_rate must be a number, got the text \"0.45\"")
        expectOnlyError(smallScenario(params: "subsidy_taxable = \"yes\""), at: "\"yes\"",
                        "subsidy_taxable must be true or false, got the text \"yes\"")
        expectOnlyError(smallScenario(params: "staff_rounding = \"up\""), at: "\"up\"",
                        "staff_rounding must be one of \"ceil\", \"none\", got \"up\"")
    }

    @Test func integerParameterRejectsFractions() {
        expectOnlyError(smallScenario(params: "reward_month = 6.5"), at: "6.5", "reward_month (6.5) must be a whole number")
        #expect(failures(smallScenario(params: "depreciation_months = 0")) == ["s.toml:8:23: error: depreciation_months (0) must be at least 1"])
    }

    @Test func byYearListElementOutOfRangeIsLocatedAtTheElement() {
        let toml = smallScenario(params: "subsidy_per_m2 = [\n  0.3,\n  -0.2,\n]")
        expectOnlyError(toml, at: "-0.2", "subsidy_per_m2 year 2 (-0.2) must be at least 0")
        expectOnlyError(smallScenario(params: "subsidy_per_m2 = [0.3, \"x\"]"), at: "\"x\"",
                        "subsidy_per_m2 must be a number or a list of numbers by year; element 2 is the text \"x\"")
    }

    @Test func nanAndInfinityAreRejected() {
        expectOnlyError(smallScenario(params: "fee_rate = nan"), at: "nan", "fee_rate must be a finite number, got nan")
        expectOnlyError(smallScenario(params: "subsidy_per_m2 = [0.1, inf]"), at: "inf", "subsidy_per_m2 year 2 must be a finite number, got inf")
        let toml = smallScenario().replacingOccurrences(of: "months = 12", with: "months = 12\ndiscount_rate = -inf")
        expectOnlyError(toml, at: "-inf", "discount_rate must be a finite number, got -inf")
    }

    @Test func missingScenarioKeysAreReportedAtTheTable() {
        let toml = "[scenario]\nledger = \"ledger.csv\"\n\n[[area]]\nid = \"a\"\nstreet = \"S\"\nmode = \"merged-custody\"\nprovider = \"new\"\ncompounds = [\"A-1\"]\n"
        #expect(failures(toml) == [
            "s.toml:1:1: error: [scenario] is missing the required key `name`: add name = \"Xunyang 2023\"",
            "s.toml:1:1: error: [scenario] is missing the required key `start`: add start = \"2023-06\"",
            "s.toml:1:1: error: [scenario] is missing the required key `months`: add months = 36",
        ])
        #expect(failures("[[area]]\nid = \"a\"\n").first == "s.toml:1:1: error: missing [scenario] table: add [scenario] with name, start (\"YYYY-MM\") and months")
    }

    @Test func missingAreaKeysAreReportedAtTheAreaHeader() {
        let toml = smallScenario("[[area]]\ncompounds = [\"A-3\"]")
        let at = position(of: "[[area]]", in: toml, occurrence: 2)
        #expect(failures(toml) == [
            "s.toml:\(at): error: [[area]] #2 is missing the required key `id`: add id = \"area-2\"",
            "s.toml:\(at): error: [[area]] #2 is missing the required key `street`: add street = \"湓浦\"",
            "s.toml:\(at): error: [[area]] #2 is missing the required key `mode`: add mode = \"merged-custody\"",
            "s.toml:\(at): error: [[area]] #2 is missing the required key `provider`: add provider = \"new\"",
        ])
    }

    @Test func monthsMustBeBetween1And600() {
        let zero = smallScenario().replacingOccurrences(of: "months = 12", with: "months = 0")
        expectOnlyError(zero, at: "0", occurrence: 3, "months (0) must be between 1 and 600")
        let many = smallScenario().replacingOccurrences(of: "months = 12", with: "months = 601")
        expectOnlyError(many, at: "601", "months (601) must be between 1 and 600")
        let text = smallScenario().replacingOccurrences(of: "months = 12", with: "months = \"12\"")
        expectOnlyError(text, at: "\"12\"", "months must be a whole number, got the text \"12\"")
    }

    @Test func discountRateMustBeAboveMinusOneAndAtMostOne() {
        let toml = smallScenario().replacingOccurrences(of: "months = 12", with: "months = 12\ndiscount_rate = -1")
        expectOnlyError(toml, at: "-1", "discount_rate (-1) must be greater than -1 and at most 1 (0.04 is 4 % a year)")
    }

    @Test func datesMustBeYearDashMonth() {
        let toml = smallScenario().replacingOccurrences(of: "\"2023-06\"", with: "\"2023-6\"")
        expectOnlyError(toml, at: "\"2023-6\"", "start must be a month written \"YYYY-MM\" (e.g. \"2023-06\"), got the text \"2023-6\"")
        let deadline = smallScenario().replacingOccurrences(of: "months = 12", with: "months = 12\ndeadline = 2023-12-31")
        expectOnlyError(deadline, at: "2023-12-31", "deadline must be a month written \"YYYY-MM\" (e.g. \"2023-06\"), got the date 2023-12-31")
    }

    @Test func areaIdMustMatchThePatternAndBeUnique() {
        let bad = smallScenario().replacingOccurrences(of: "id = \"a\"", with: "id = \"片区 a\"")
        expectOnlyError(bad, at: "\"片区 a\"", "area id \"片区 a\" may contain only letters A-Z and a-z, digits, _ and -; put any other text in name")
        let twice = smallScenario("""
            [[area]]
            id = "a"
            street = "甘棠"
            mode = "merged-custody"
            provider = "new"
            compounds = ["A-3"]
            """)
        expectOnlyError(twice, at: "\"a\"", occurrence: 2, "duplicate area id \"a\": the [[area]] at line 10 has it already; area ids must be unique")
    }

    @Test func unknownModeAndProviderSuggestTheNearest() {
        let mode = smallScenario().replacingOccurrences(of: "mode = \"merged-custody\"", with: "mode = \"merged-custdy\"")
        expectOnlyError(mode, at: "\"merged-custdy\"", "unknown mode \"merged-custdy\"; did you mean `merged-custody`? (mode is one of market-selection, self-management, merged-custody, nearby-takeover)")
        let provider = smallScenario().replacingOccurrences(of: "provider = \"new\"", with: "provider = \"restructed\"")
        expectOnlyError(provider, at: "\"restructed\"", "unknown provider \"restructed\"; did you mean `restructured`? (provider is one of new, restructured, introduced)")
    }

    @Test func scoreMustBeBetween0And100() {
        expectOnlyError(smallScenario(area: "score = 120"), at: "120", "score (120) must be between 0 and 100")
    }

    @Test func unknownCompoundIdSuggestsALedgerId() {
        let toml = smallScenario().replacingOccurrences(of: "\"A-2\"]", with: "\"A-22\"]")
        expectOnlyError(toml, at: "\"A-22\"", "unknown compound \"A-22\": no row of the ledger has this id; did you mean `A-2`?")
    }

    @Test func compoundIdWithoutLedgerOrInlineIsUnknown() {
        let toml = smallScenario().replacingOccurrences(of: "ledger = \"ledger.csv\"\n", with: "")
        let messages = failures(toml, ledger: nil)
        #expect(messages == [
            "s.toml:\(position(of: "\"A-1\"", in: toml)): error: unknown compound \"A-1\": the scenario has no ledger ([scenario] ledger = \"…\") and no [[area.compound]] of area \"a\" has this id",
            "s.toml:\(position(of: "\"A-2\"", in: toml)): error: unknown compound \"A-2\": the scenario has no ledger ([scenario] ledger = \"…\") and no [[area.compound]] of area \"a\" has this id",
        ])
    }

    @Test func inlineCompoundMustNotReuseALedgerId() {
        let toml = smallScenario(area: "[[area.compound]]\nid = \"A-3\"\nhouseholds = 5\nfloor_area_m2 = 400\nenclosable = false")
        expectOnlyError(toml, at: "\"A-3\"", "inline compound \"A-3\" has the id of row 4 of the ledger; give it another id, or drop this [[area.compound]] and name the ledger row in compounds")
    }

    @Test func inlineCompoundFieldsAreChecked() {
        let toml = smallScenario(area: "[[area.compound]]\nid = \"IN\"\nhouseholds = \"96\"\nfloor_area_m2 = -1\nenclosable = \"maybe\"\nfloors = 6")
        let h = position(of: "\"96\"", in: toml), f = "19:17"
        let e = position(of: "\"maybe\"", in: toml), k = position(of: "floors", in: toml)
        #expect(failures(toml) == [
            "s.toml:\(h): error: households must be a whole number ≥ 1, got the text \"96\"; write numbers without quotes",
            "s.toml:\(f): error: floor_area_m2 must be a number > 0, got -1",
            "s.toml:\(e): error: enclosable must be yes or no (or true/false, 1/0, 是/否), got \"maybe\"",
            "s.toml:\(k): error: unknown key `floors` in [[area.compound]] (known keys: id, name, street, community, households, floor_area_m2, enclosable, self_manage_willing, adjacent_managed, idle_area_m2, parking_spaces, built_year)",
        ])
        let missing = smallScenario(area: "[[area.compound]]\nid = \"IN\"\nenclosable = true\nhouseholds = 3")
        expectOnlyError(missing, at: "[[area.compound]]", "[[area.compound]] is missing the required key `floor_area_m2`: add floor_area_m2 = 6100")
    }

    @Test func compoundListedTwiceInOneAreaIsAnError() {
        let toml = smallScenario().replacingOccurrences(of: "[\"A-1\", \"A-2\"]", with: "[\"A-1\", \"A-2\", \"A-1\"]")
        expectOnlyError(toml, at: "\"A-1\"", occurrence: 2, "compound \"A-1\" is listed twice in the compounds of area \"a\" (also element 1); list it once")
    }

    @Test func duplicateInlineIdsInOneAreaAreAnError() {
        let inline = "[[area.compound]]\nid = \"IN\"\nhouseholds = 5\nfloor_area_m2 = 400\nenclosable = false\n"
        let toml = smallScenario(area: inline + "\n" + inline)
        expectOnlyError(toml, at: "\"IN\"", occurrence: 2, "duplicate compound id \"IN\": the [[area.compound]] at line 16 has it already")
    }

    @Test func areaWithoutCompoundsIsAnError() {
        let toml = smallScenario("[[area]]\nid = \"empty\"\nstreet = \"S\"\nmode = \"self-management\"\nprovider = \"new\"")
        expectOnlyError(toml, at: "[[area]]", occurrence: 2, "area \"empty\" has no compounds: list ledger ids in compounds = [...] or add [[area.compound]] tables")
        let emptyList = smallScenario().replacingOccurrences(of: "[\"A-1\", \"A-2\"]", with: "[]")
        expectOnlyError(emptyList, at: "[]", "area \"a\" has no compounds: list ledger ids in compounds = [...] or add [[area.compound]] tables")
    }

    @Test func compoundInTwoAreasIsAnError() {
        let toml = smallScenario("""
            [[area]]
            id = "b"
            street = "湓浦"
            mode = "self-management"
            provider = "new"
            compounds = ["A-2"]
            """)
        expectOnlyError(toml, at: "\"A-2\"", occurrence: 2, "compound \"A-2\" is already in area \"a\" (line 15); a compound belongs to one area")
    }

    @Test func takeoverMustLieWithinTheHorizon() {
        expectOnlyError(smallScenario(area: "takeover = \"2023-05\""), at: "\"2023-05\"",
                        "takeover (2023-05) is before the scenario's start (2023-06); use 2023-06 or later")
        expectOnlyError(smallScenario(area: "takeover = \"2024-06\""), at: "\"2024-06\"",
                        "takeover (2024-06) is after the last simulated month (2024-05: start 2023-06 + months − 1); use 2024-05 or earlier, or lengthen months")
        #expect((try? load(smallScenario(area: "takeover = \"2024-05\""))) != nil)
    }

    @Test func modesTableWithAnUnknownModeIsAnError() {
        let toml = smallScenario("[modes.merged-custdy]\nfee_rate = 0.4")
        expectOnlyError(toml, at: "merged-custdy]", "unknown mode `merged-custdy` in [modes.merged-custdy]; did you mean `merged-custody`? (modes: market-selection, self-management, merged-custody, nearby-takeover)")
    }

    @Test func quotedModeHeaderIsTheSameTable() throws {
        let toml = smallScenario("[modes.\"merged-custody\"]\nfee_rate = 1.5e-1\ncollection_start = -0.1")
        expectOnlyError(toml, at: "-0.1", "collection_start (-0.1) must be between 0 and 1")
    }

    @Test func missingLedgerIsAnErrorAtTheLedgerValue() {
        let toml = smallScenario()
        expectOnlyError(toml, at: "\"ledger.csv\"", "cannot read the ledger \"ledger.csv\": no such file (the ledger path is relative to the scenario file's folder)", ledger: nil)
    }

    @Test func undecodableLedgerIsOneErrorWithoutKnockOnErrors() throws {
        let bytes: [UInt8] = [0x69, 0x64, 0x0A, 0x80, 0xFF, 0x0A]
        let toml = smallScenario()
        #expect(throws: InputError.self) {
            try ScenarioLoader.load(data: Data(toml.utf8), path: "s.toml") { _ in Data(bytes) }
        }
        do {
            _ = try ScenarioLoader.load(data: Data(toml.utf8), path: "s.toml") { _ in Data(bytes) }
        } catch {
            #expect(error.diagnostics.map(\.description) == [
                "ledger.csv:1:1: error: the file is neither UTF-8 nor GB18030 (GBK) text; open it in a text editor or Excel and save it as UTF-8 (Excel: \"CSV UTF-8\")",
            ])
        }
    }

    @Test func ledgerErrorsAreMergedWithScenarioErrorsInFileOrder() {
        let ledger = smallLedger.replacingOccurrences(of: "A-3,三号院,甘棠,80", with: "A-3,三号院,甘棠,abc")
            + "A-4,四号院,甘棠,1,1,no,extra\n"
        let toml = smallScenario(params: "fee_rate = -1")
        #expect(failures(toml, ledger: ledger) == [
            "ledger.csv:4:4: error: households must be a whole number ≥ 1, got \"abc\"",
            "ledger.csv:5:7: error: row has 7 fields but the header has 6 columns; quote any value that contains a comma",
            "s.toml:\(position(of: "-1", in: toml)): error: fee_rate (-1) must be at least 0",
        ])
    }

    @Test func ledgerIdOfABadRowIsNotAlsoReportedUnknown() {
        let ledger = smallLedger.replacingOccurrences(of: "A-2,二号院,湓浦,50", with: "A-2,二号院,湓浦,0")
        #expect(failures(smallScenario(), ledger: ledger) == ["ledger.csv:3:4: error: households must be a whole number ≥ 1, got \"0\""])
    }

    @Test func ledgerWarningsComeBackWithTheScenario() throws {
        let ledger = smallLedger.replacingOccurrences(of: "enclosable\n", with: "enclosable,remarks\n")
            .replacingOccurrences(of: ",no\n", with: ",no,x\n").replacingOccurrences(of: ",yes\n", with: ",yes,y\n")
        let loaded = try load(smallScenario(), ledger: ledger)
        #expect(loaded.warnings.map(\.description) == ["ledger.csv:1:7: warning: unknown column \"remarks\" is ignored (known columns: id, name, street, community, households, floor_area_m2, enclosable, self_manage_willing, adjacent_managed, idle_area_m2, parking_spaces, built_year)"])
    }

    @Test func scenarioWithoutAreasIsAnError() {
        let toml = "[scenario]\nname = \"x\"\nstart = \"2023-06\"\nmonths = 12\n"
        #expect(failures(toml) == ["s.toml:1:1: error: the scenario has no areas: add at least one [[area]] with id, street, mode, provider and compounds"])
    }

    @Test func areaWrittenAsAPlainTableIsAnError() {
        let toml = "[scenario]\nname = \"x\"\nstart = \"2023-06\"\nmonths = 12\n\n[area]\nid = \"a\"\n"
        #expect(failures(toml) == ["s.toml:6:1: error: area must be written [[area]] (an array of tables), not [area]"])
    }

    @Test func everyErrorIsReportedAtOnce() {
        let toml = smallScenario(area: "score = -1\ntakeover = \"2020-01\"", params: "fee_rate = -1\nfee_rat = 1")
        #expect(failures(toml).count == 4)
    }

    @Test func inputErrorPrintsOneDiagnosticPerLine() {
        let error = InputError(diagnostics: [
            .warning("w", file: "b.toml", line: 1, column: 1),
            .error("e2", file: "a.toml", line: 3, column: 2),
            .error("e1", file: "a.toml", line: 3, column: 1),
        ])
        #expect(error.description == "a.toml:3:1: error: e1\na.toml:3:2: error: e2\nb.toml:1:1: warning: w")
        #expect(error.errors.count == 2)
    }
}
