import Foundation
import Testing

/// `sensitivity` run as a user would, on the bundled scenario and its eight [[sweep]] tables.
struct SensitivityCommandTests {
    let scenario = CommandRunner.repository.appendingPathComponent("scenarios/xunyang-2023.toml").path

    /// Runs `custody sensitivity` into `work/out` and returns the outcome and sensitivity.csv.
    func sensitivity(_ extra: [String], out: String, in work: URL) throws -> (CommandRunner.Outcome, String) {
        let outcome = try CommandRunner.run(["sensitivity", scenario, "--out", out] + extra, in: work)
        let csv = (try? String(contentsOf: work.appendingPathComponent(out).appendingPathComponent("sensitivity.csv"),
                               encoding: .utf8)) ?? ""
        return (outcome, csv)
    }

    @Test(arguments: [
        (["--method", "tornado"], "param,low,high,metric_low,metric_high,swing"),
        (["--method", "morris", "--samples", "4"], "param,mu,mu_star,sigma"),
        (["--method", "sobol", "--samples", "32", "--metric", "subsidy"], "param,s1,s1_conf,st,st_conf"),
    ])
    func eachMethodWritesItsColumnsAndTheSameFileForTheSameSeed(arguments: [String], header: String) throws {
        let work = CommandRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: work) }
        let (first, csv) = try sensitivity(arguments + ["--seed", "5"], out: "a", in: work)
        #expect(first.status == 0, "\(first.stderr)")
        let lines = csv.split(separator: "\r\n")
        #expect(lines.first.map(String.init) == header)
        #expect(lines.count == 9, "one row per swept parameter")
        #expect(lines.dropFirst().allSatisfy { $0.split(separator: ",", omittingEmptySubsequences: false).count == header.split(separator: ",").count })
        #expect(first.stderr.contains("model runs"))
        let (_, again) = try sensitivity(arguments + ["--seed", "5"], out: "b", in: work)
        #expect(again == csv, "same seed, same file byte for byte")
        let manifest = try String(contentsOf: work.appendingPathComponent("a/manifest.json"), encoding: .utf8)
        #expect(manifest.contains("\"method\" : \"\(arguments[1])\"") && manifest.contains("\"seed\" : 5"))
        #expect(manifest.contains("\"metric\" : \"\(arguments.contains("subsidy") ? "subsidy" : "npv")\""))
    }

    @Test func tornadoRowsComeLargestSwingFirst() throws {
        let work = CommandRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: work) }
        let (outcome, csv) = try sensitivity(["--method", "tornado"], out: "t", in: work)
        #expect(outcome.status == 0)
        let swings = csv.split(separator: "\r\n").dropFirst().map { Double($0.split(separator: ",").last!)! }
        #expect(swings == swings.sorted(by: >))
        #expect(csv.split(separator: "\r\n")[1].hasPrefix("modes.merged-custody.fee_rate,"))
    }

    @Test func morrisTrajectoriesDependOnTheSeed() throws {
        let work = CommandRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: work) }
        let (_, one) = try sensitivity(["--method", "morris", "--samples", "4", "--seed", "1"], out: "a", in: work)
        let (_, two) = try sensitivity(["--method", "morris", "--samples", "4", "--seed", "2"], out: "b", in: work)
        #expect(!one.isEmpty && one != two)
    }

    @Test func badRequestsAreRefusedWithTheFix() throws {
        let work = CommandRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: work) }
        let tornado = try CommandRunner.run(["sensitivity", scenario, "--method", "tornado", "--samples", "10"], in: work)
        #expect(tornado.status == 64 && tornado.stderr.contains("tornado takes no --samples"), "\(tornado.stderr)")
        let morris = try CommandRunner.run(["sensitivity", scenario, "--method", "morris", "--samples", "1"], in: work)
        #expect(morris.status == 64 && morris.stderr.contains("at least 2 trajectories"))
        let metric = try CommandRunner.run(["sensitivity", scenario, "--method", "morris", "--metric", "irr"], in: work)
        #expect(metric.status == 64)
        try CommandRunner.writeOneAreaScenario("plain", in: work)
        let plain = try CommandRunner.run(["sensitivity", "plain.toml", "--method", "sobol", "--out", "o"], in: work)
        #expect(plain.status == 2 && plain.stderr.contains("no [[sweep]] table"), "\(plain.stderr)")
        #expect(!FileManager.default.fileExists(atPath: work.appendingPathComponent("o").path))
    }
}
