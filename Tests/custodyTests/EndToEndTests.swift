import CustodyIO
import Foundation
import Testing

/// The built binary on the bundled scenario and on broken input.
@Suite(.serialized)
struct EndToEndTests {
    let csvs = ["monthly.csv", "summary.csv", "streets.csv"]

    @Test func runWritesIdenticalCSVsTwiceAndAManifest() throws {
        let work = CommandRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: work) }
        let first = try CommandRunner.run(["run", "--out", "one"], in: work)
        #expect(first.status == 0, "\(first.stderr)")
        let second = try CommandRunner.run(["run", "--out", "two"], in: work)
        #expect(second.status == 0)
        for name in csvs {
            let a = try Data(contentsOf: work.appendingPathComponent("one/\(name)"))
            let b = try Data(contentsOf: work.appendingPathComponent("two/\(name)"))
            #expect(!a.isEmpty && a == b, "\(name) differs between two runs")
        }
        let manifest = try JSONSerialization.jsonObject(with: Data(contentsOf: work.appendingPathComponent("one/manifest.json"))) as! [String: Any]
        let bundled = Data(BundledScenario.files[0].bytes)
        #expect(manifest["scenario_sha256"] as? String == Manifest.sha256(bundled))
        #expect(manifest["version"] as? String == Manifest.toolkitVersion)
        #expect(first.stderr.contains("district NPV"))
    }

    @Test func runWithoutOutWritesUnderOutScenarioStem() throws {
        let work = CommandRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: work) }
        #expect(try CommandRunner.run(["run"], in: work).status == 0)
        #expect(FileManager.default.fileExists(atPath: work.appendingPathComponent("out/xunyang-2023/summary.csv").path))
    }

    @Test func theBundledScenarioOnDiskGivesTheSameCSVsAsTheEmbeddedOne() throws {
        let work = CommandRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: work) }
        let scenario = CommandRunner.repository.appendingPathComponent("scenarios/xunyang-2023.toml").path
        #expect(try CommandRunner.run(["run", scenario, "--out", "disk"], in: work).status == 0)
        #expect(try CommandRunner.run(["run", "--out", "embedded"], in: work).status == 0)
        for name in csvs {
            #expect(try Data(contentsOf: work.appendingPathComponent("disk/\(name)"))
                    == Data(contentsOf: work.appendingPathComponent("embedded/\(name)")))
        }
    }

    @Test func excelOutputStartsWithAByteOrderMark() throws {
        let work = CommandRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: work) }
        #expect(try CommandRunner.run(["run", "--excel", "--out", "x"], in: work).status == 0)
        let bytes = try Data(contentsOf: work.appendingPathComponent("x/summary.csv"))
        #expect(Array(bytes.prefix(3)) == [0xEF, 0xBB, 0xBF])
    }

    @Test func brokenScenarioExitsTwoWritesNothingAndLocatesTheError() throws {
        let work = CommandRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: work) }
        // The misspelled key stands on line 7.
        try CommandRunner.writeOneAreaScenario("broken", in: work, sections: "\n[params]\ncolection_target = 0.8")
        for command in [["validate", "broken.toml"], ["run", "broken.toml", "--out", "never"]] {
            let outcome = try CommandRunner.run(command, in: work)
            #expect(outcome.status == 2)
            #expect(outcome.stderr.contains("broken.toml:7:1: error:"), "\(outcome.stderr)")
            #expect(outcome.stderr.contains("collection_target"))
        }
        #expect(!FileManager.default.fileExists(atPath: work.appendingPathComponent("never").path))
    }

    @Test func validateAcceptsTheBundledScenarios() throws {
        for name in ["xunyang-2023.toml", "penpu-merged.toml"] {
            let path = CommandRunner.repository.appendingPathComponent("scenarios/\(name)").path
            let outcome = try CommandRunner.run(["validate", path])
            #expect(outcome.status == 0, "\(outcome.stderr)")
            #expect(outcome.stderr.contains("ok:"))
        }
    }

    @Test func initWritesAStudyThatRunsAndRefusesToOverwrite() throws {
        let work = CommandRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: work) }
        #expect(try CommandRunner.run(["init", "study"], in: work).status == 0)
        let again = try CommandRunner.run(["init", "study"], in: work)
        #expect(again.status == 2 && again.stderr.contains("--force"))
        #expect(try CommandRunner.run(["init", "study", "--force"], in: work).status == 0)
        let run = try CommandRunner.run(["run", "study/xunyang-2023.toml", "--out", "o"], in: work)
        #expect(run.status == 0, "\(run.stderr)")
    }

    @Test func paramsNamesTheLevelThatSetEachValue() throws {
        let work = CommandRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: work) }
        try CommandRunner.writeOneAreaScenario(
            "levels", in: work, sections: "[params]\nfee_rate = 0.5\nwage_factor = 0.9\n[modes.merged-custody]\nwage_factor = 0.8",
            areaSections: "[area.params]\ncit_rate = 0.1")
        let area = try CommandRunner.run(["params", "levels.toml", "--area", "a"], in: work)
        #expect(area.status == 0)
        let rows = area.stdout.split(separator: "\n").map { $0.split(separator: " ", omittingEmptySubsequences: true) }
        func row(_ name: String) -> [Substring]? { rows.first { $0.first.map(String.init) == name } }
        #expect(row("fee_rate")?[1] == "0.5" && row("fee_rate")?[3] == "params")
        #expect(row("wage_factor")?[1] == "0.8" && row("wage_factor")?[3] == "mode")
        #expect(row("cit_rate")?[1] == "0.1" && row("cit_rate")?[3] == "area")
        #expect(row("vat_fee")?[3] == "default")
        let district = try CommandRunner.run(["params", "levels.toml"], in: work)
        let wage = district.stdout.split(separator: "\n").first { $0.hasPrefix("wage_factor ") }!
            .split(separator: " ", omittingEmptySubsequences: true)
        #expect(wage[1] == "0.9" && wage[3] == "params" && wage[4] == "1")
        let unknown = try CommandRunner.run(["params", "levels.toml", "--area", "b"], in: work)
        #expect(unknown.status == 2 && unknown.stderr.contains("no area `b`"))
    }

    @Test func notebookDataIsUpToDate() throws {
        // Regenerate with: swift run custody run --out notebooks-data/xunyang-2023
        let folder = CommandRunner.repository.appendingPathComponent("notebooks-data/xunyang-2023")
        let run = CustodyModelRun.bundled()
        for (name, bytes) in RunTables.files(for: run, excel: false) {
            let committed = try Data(contentsOf: folder.appendingPathComponent(name))
            #expect(committed == Data(bytes), "notebooks-data/xunyang-2023/\(name) is stale: regenerate it with `swift run custody run --out notebooks-data/xunyang-2023`")
        }
    }
}
