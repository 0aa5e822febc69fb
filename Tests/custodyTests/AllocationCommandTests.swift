import Foundation
import Testing

/// `allocate` and `share` run as a user would, on the bundled scenario.
@Suite(.serialized)
struct AllocationCommandTests {
    let scenario = CommandRunner.repository.appendingPathComponent("scenarios/xunyang-2023.toml").path

    /// Runs `arguments` in a fresh folder; returns the outcome, the CSV's cells and the manifest.
    func run(_ arguments: [String], csv: String) throws -> (CommandRunner.Outcome, [[String]], manifest: String?) {
        let work = CommandRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: work) }
        let outcome = try CommandRunner.run(arguments + ["--out", "o"], in: work)
        let text = (try? String(contentsOf: work.appendingPathComponent("o/\(csv)"), encoding: .utf8)) ?? ""
        let lines = text.split(separator: "\r\n").map { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) }
        let manifest = try? String(contentsOf: work.appendingPathComponent("o/manifest.json"), encoding: .utf8)
        return (outcome, lines, manifest)
    }

    /// The allocation column in whole cents.
    func cents(_ lines: [[String]]) -> Int { lines.dropFirst().reduce(0) { $0 + Int((Double($1[5])! * 100).rounded()) } }

    @Test func everyMethodSumsToThePoolToTheCent() throws {
        for method in ["proportional", "score", "equal-awards", "equal-losses", "talmud"] {
            // 300,000 is below the scenario's total gap (0.47 M), so the bankruptcy rules divide it.
            let (outcome, lines, manifest) = try run(["allocate", scenario, "--pool", "300000.01", "--method", method],
                                                     csv: "allocation.csv")
            #expect(outcome.status == 0, "\(method): \(outcome.stderr)")
            #expect(lines[0] == ["area_id", "street", "households", "score", "gap", "allocation", "share"])
            #expect(lines.count == 39 && cents(lines) == 30_000_001, "\(method)")
            #expect(manifest != nil)
        }
    }

    @Test func anAreaWithoutAScoreHasAnEmptyScoreAndNoScoreAward() throws {
        let (outcome, lines, _) = try run(["allocate", scenario, "--pool", "100000", "--method", "score"], csv: "allocation.csv")
        #expect(outcome.status == 0)
        let penpuM2 = lines.first { $0[0] == "penpu-m2" }!   // no score in the scenario
        #expect(penpuM2[3] == "" && penpuM2[5] == "0")
        let pilot = lines.first { $0[0] == "penpu-pilot" }!
        #expect(pilot[3] == "92" && Double(pilot[5])! > 0)
    }

    @Test func noEligibleAreaExitsTwoAndWritesNothing() throws {
        // The highest score of the bundled scenario is 92.
        let (outcome, _, manifest) = try run(["allocate", scenario, "--pool", "1000", "--method", "score",
                                              "--min-score", "95"], csv: "allocation.csv")
        #expect(outcome.status == 2)
        #expect(outcome.stderr.contains("no area can take a share") && outcome.stderr.contains("the highest is 92"))
        #expect(manifest == nil)
        let negative = try run(["allocate", scenario, "--pool", "-5", "--method", "score"], csv: "x")
        #expect(negative.0.status == 64 && negative.0.stderr.contains("--pool"))
    }

    @Test func shareIsExactForAMergedAreaAndTheSharesAddUpToTheAreasCost() throws {
        let (outcome, lines, manifest) = try run(["share", scenario, "--area", "penpu-pilot"], csv: "share.csv")
        #expect(outcome.status == 0, "\(outcome.stderr)")
        #expect(lines[0] == ["compound_id", "households", "floor_area_m2", "standalone_cost", "shapley_cost", "savings",
                             "fair_fee_per_m2", "proportional_cost", "method", "std_error"])
        #expect(lines.count == 8 && lines.dropFirst().allSatisfy { $0[8] == "exact" && $0[9] == "" })
        let shapley = lines.dropFirst().reduce(0) { $0 + Double($1[4])! }
        let proportional = lines.dropFirst().reduce(0) { $0 + Double($1[7])! }
        #expect(abs(shapley - proportional) <= 1e-9 * proportional)
        #expect(lines.dropFirst().allSatisfy { Double($0[5])! > 0 })   // merging saves every compound money
        #expect(manifest?.contains("\"seed\" : 1") == true)
    }

    @Test func shareRefusesAnUnknownAreaAndTooFewSamples() throws {
        let unknown = try run(["share", scenario, "--area", "penpu-pilt"], csv: "x")
        #expect(unknown.0.status == 2 && unknown.0.stderr.contains("did you mean `penpu-pilot`"))
        let few = try run(["share", scenario, "--area", "penpu-pilot", "--samples", "1"], csv: "x")
        #expect(few.0.status == 64 && few.0.stderr.contains("--samples"))
    }
}
