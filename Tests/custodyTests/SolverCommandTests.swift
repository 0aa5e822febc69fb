import Foundation
import Testing

/// `breakeven`, `subsidy` and `compare` run as a user would, on the bundled scenario.
@Suite(.serialized)
struct SolverCommandTests {
    let scenario = CommandRunner.repository.appendingPathComponent("scenarios/xunyang-2023.toml").path

    /// Runs `arguments` in a fresh folder and returns the outcome and the CSV's lines.
    func run(_ arguments: [String], csv: String) throws -> (CommandRunner.Outcome, [[String]], manifest: Bool) {
        let work = CommandRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: work) }
        let outcome = try CommandRunner.run(arguments + ["--out", "o"], in: work)
        let text = (try? String(contentsOf: work.appendingPathComponent("o/\(csv)"), encoding: .utf8)) ?? ""
        let lines = text.split(separator: "\r\n").map { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) }
        let manifest = FileManager.default.fileExists(atPath: work.appendingPathComponent("o/manifest.json").path)
        return (outcome, lines, manifest)
    }

    @Test func breakevenSolvesEveryAreaOfTheBundledScenario() throws {
        let (outcome, lines, manifest) = try run(["breakeven", scenario, "--param", "fee_rate"], csv: "breakeven.csv")
        #expect(outcome.status == 0, "\(outcome.stderr)")
        #expect(lines[0] == ["scope", "param", "metric", "value", "iterations", "status", "metric_at_lo", "metric_at_hi"])
        #expect(lines.count == 39 && lines.dropFirst().allSatisfy { $0[5] == "ok" && !$0[3].isEmpty })
        #expect(manifest && outcome.stderr.contains("38 of 38 solved"))
    }

    @Test func noSignChangeExitsThreeAndStillWritesTheFile() throws {
        let (outcome, lines, manifest) = try run(["breakeven", scenario, "--param", "fee_rate", "--lo", "5", "--hi", "6",
                                                   "--area", "penpu-s1"], csv: "breakeven.csv")
        #expect(outcome.status == 3)
        #expect(manifest && lines.count == 2)
        #expect(lines[1][0] == "penpu-s1" && lines[1][3] == "" && lines[1][5] == "no-sign-change")
        #expect(Double(lines[1][6])! > 0 && Double(lines[1][7])! > 0)
    }

    @Test func districtScopeIsOneRow() throws {
        let (outcome, lines, _) = try run(["breakeven", scenario, "--param", "collection_target", "--district",
                                           "--metric", "cumulative"], csv: "breakeven.csv")
        #expect(outcome.status == 0 || outcome.status == 3)
        #expect(lines.count == 2 && lines[1][0] == "district" && lines[1][2] == "cumulative")
    }

    @Test func breakevenRefusesParametersItCannotSolveForWithExitTwo() throws {
        for (param, message) in [("reward_month", "whole number"), ("staff_rounding", "not a real number"),
                                 ("fee_rat", "did you mean `fee_rate`")] {
            let (outcome, _, manifest) = try run(["breakeven", scenario, "--param", param], csv: "breakeven.csv")
            #expect(outcome.status == 2 && outcome.stderr.contains(message), "\(param): \(outcome.stderr)")
            #expect(!manifest)
        }
        let outside = try run(["breakeven", scenario, "--param", "collection_target", "--lo", "0", "--hi", "2"], csv: "x")
        #expect(outside.0.status == 2 && outside.0.stderr.contains("must be between 0 and 1"))
        let area = try run(["breakeven", scenario, "--param", "fee_rate", "--area", "penpu-s9"], csv: "x")
        #expect(area.0.status == 2 && area.0.stderr.contains("no area `penpu-s9`"))
        let onlyLo = try run(["breakeven", scenario, "--param", "fee_rate", "--lo", "1"], csv: "x")
        #expect(onlyLo.0.status == 64)
    }

    @Test func subsidyWithABudgetFundsSomeAreasWholeAndOnePartially() throws {
        let (outcome, lines, manifest) = try run(["subsidy", scenario, "--budget", "2000000"], csv: "subsidy.csv")
        #expect(outcome.status == 0, "\(outcome.stderr)")
        #expect(lines[0] == ["area_id", "street", "mode", "households", "metric_without_subsidy",
                             "subsidy_per_household_month", "need", "funded", "funded_share", "status"])
        let statuses = lines.dropFirst().map { $0[9] }
        #expect(statuses.filter { $0 == "partial" }.count == 1)
        #expect(statuses.contains("funded") && statuses.contains("unfunded") && statuses.contains("not-needed"))
        let funded = lines.dropFirst().compactMap { Double($0[7]) }.reduce(0, +)
        #expect(abs(funded - 2_000_000) < 1e-6 * 2_000_000)
        #expect(manifest && outcome.stderr.contains("need a subsidy"))
    }

    @Test func subsidyRefusesTheSteadyMetric() throws {
        #expect(try run(["subsidy", scenario, "--metric", "steady"], csv: "x").0.status == 64)
    }

    @Test func compareWritesFourRowsPerAreaAndOneRecommendation() throws {
        let (outcome, lines, manifest) = try run(["compare", scenario], csv: "compare.csv")
        #expect(outcome.status == 0, "\(outcome.stderr)")
        #expect(lines.count == 1 + 4 * 38 && manifest)
        for start in stride(from: 1, to: lines.count, by: 4) {
            let group = lines[start..<start + 4]
            #expect(group.map { $0[1] } == ["market-selection", "self-management", "merged-custody", "nearby-takeover"])
            #expect(group.filter { $0[7] == "true" }.count == 1)
            #expect(group.allSatisfy { $0[7] == "false" || $0[2] == "true" })
        }
    }

    @Test func subsidyWithoutSolutionExitsThreeAndStillWritesTheFile() throws {
        let work = CommandRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: work) }
        try CommandRunner.writeOneAreaScenario("hopeless", in: work, sections: "[params]\ninsurance_per_area = 5000000",
                                               households: 1, floorArea: 80)
        let outcome = try CommandRunner.run(["subsidy", "hopeless.toml", "--out", "o"], in: work)
        #expect(outcome.status == 3, "\(outcome.stderr)")
        let text = try String(contentsOf: work.appendingPathComponent("o/subsidy.csv"), encoding: .utf8)
        #expect(text.contains(",,,,no-solution"))
        #expect(outcome.stderr.contains("No subsidy up to 10^6"))
    }
}
