import Foundation
import Testing

/// `sweep` and `merge` run as a user would, on the bundled scenario and its [[sweep]] tables.
@Suite(.serialized)
struct SweepCommandTests {
    let scenario = CommandRunner.repository.appendingPathComponent("scenarios/xunyang-2023.toml").path

    func read(_ folder: URL, _ name: String) throws -> Data {
        try Data(contentsOf: folder.appendingPathComponent(name))
    }

    /// Runs `custody sweep` into `work/out` with `extra` arguments.
    func sweep(_ extra: [String], out: String, in work: URL) throws -> CommandRunner.Outcome {
        try CommandRunner.run(["sweep", scenario, "--samples", "300", "--seed", "7", "--quiet", "--out", out] + extra, in: work)
    }

    @Test(arguments: ["lhs", "random", "sobol"])
    func threadsAndShardsGiveByteIdenticalFiles(method: String) throws {
        let work = CommandRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: work) }
        let one = try sweep(["--method", method, "--threads", "1"], out: "t1", in: work)
        #expect(one.status == 0, "\(one.stderr)")
        #expect(try sweep(["--method", method, "--threads", "2"], out: "t2", in: work).status == 0)
        let reference = try read(work.appendingPathComponent("t1"), "samples.csv")
        let summary = try read(work.appendingPathComponent("t1"), "sweep-summary.csv")
        #expect(String(decoding: reference, as: UTF8.self).split(separator: "\r\n").count == 301)
        #expect(try read(work.appendingPathComponent("t2"), "samples.csv") == reference)
        #expect(try read(work.appendingPathComponent("t2"), "sweep-summary.csv") == summary)
        for shards in [1, 3, 8] {
            var folders: [String] = []
            for k in (0..<shards).reversed() {
                let out = "s\(shards)-\(k)"
                #expect(try sweep(["--method", method, "--shard", "\(k)/\(shards)", "--threads", "2"], out: out, in: work).status == 0)
                folders.append(out)
            }
            let merged = try CommandRunner.run(["merge"] + folders + ["--out", "m\(shards)"], in: work)
            #expect(merged.status == 0, "\(merged.stderr)")
            #expect(try read(work.appendingPathComponent("m\(shards)"), "samples.csv") == reference, "\(shards) shards")
            #expect(try read(work.appendingPathComponent("m\(shards)"), "sweep-summary.csv") == summary, "\(shards) shards")
        }
    }

    @Test func samplesHaveOneColumnPerSweptPathAndTheSummaryOneRowPerMetric() throws {
        let work = CommandRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: work) }
        #expect(try sweep(["--samples", "20"], out: "o", in: work).status == 0)
        let header = String(decoding: try read(work.appendingPathComponent("o"), "samples.csv"), as: UTF8.self)
            .split(separator: "\r\n")[0]
        #expect(header.hasPrefix("sample,modes.merged-custody.fee_rate,"))
        #expect(header.hasSuffix(",npv,cumulative_cash,min_cumulative_cash,self_sufficiency,subsidy"))
        let summary = String(decoding: try read(work.appendingPathComponent("o"), "sweep-summary.csv"), as: UTF8.self)
            .split(separator: "\r\n").map { $0.split(separator: ",").first.map(String.init) ?? "" }
        #expect(summary == ["metric", "npv", "cumulative_cash", "min_cumulative_cash", "self_sufficiency", "subsidy"])
        let manifest = String(decoding: try read(work.appendingPathComponent("o"), "manifest.json"), as: UTF8.self)
        #expect(manifest.contains("\"method\" : \"lhs\"") && manifest.contains("\"seed\" : 7") && manifest.contains("\"shard\" : \"0/1\""))
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: work.appendingPathComponent("o").path)
        #expect(!leftovers.contains { $0.hasSuffix(".partial") })
    }

    @Test func mergeRefusesOverlappingMissingAndMismatchedShards() throws {
        let work = CommandRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: work) }
        for k in 0..<3 { #expect(try sweep(["--shard", "\(k)/3"], out: "s\(k)", in: work).status == 0) }
        #expect(try sweep(["--shard", "1/3", "--seed", "8"], out: "other-seed", in: work).status == 0)
        #expect(try sweep(["--shard", "1/3", "--method", "random"], out: "other-method", in: work).status == 0)

        let overlap = try CommandRunner.run(["merge", "s0", "s1", "s1", "s2", "--out", "m"], in: work)
        #expect(overlap.status == 2 && overlap.stderr.contains("overlap in samples 100..<200"), "\(overlap.stderr)")
        let missing = try CommandRunner.run(["merge", "s0", "s2", "--out", "m"], in: work)
        #expect(missing.status == 2 && missing.stderr.contains("samples 100..<200 are missing"), "\(missing.stderr)")
        let seed = try CommandRunner.run(["merge", "s0", "other-seed", "s2", "--out", "m"], in: work)
        #expect(seed.status == 2 && seed.stderr.contains("seeds differ (8 against 7)"), "\(seed.stderr)")
        let method = try CommandRunner.run(["merge", "s0", "other-method", "s2", "--out", "m"], in: work)
        #expect(method.status == 2 && method.stderr.contains("methods differ (random against lhs)"), "\(method.stderr)")
        let notASweep = try CommandRunner.run(["merge", "nowhere", "--out", "m"], in: work)
        #expect(notASweep.status == 2 && notASweep.stderr.contains("nowhere/manifest.json: cannot read it"))
        #expect(!FileManager.default.fileExists(atPath: work.appendingPathComponent("m").path))
    }

    @Test func aScenarioWithoutSweepTablesIsRefused() throws {
        let work = CommandRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: work) }
        try CommandRunner.writeOneAreaScenario("plain", in: work)
        let outcome = try CommandRunner.run(["sweep", "plain.toml", "--out", "o"], in: work)
        #expect(outcome.status == 2 && outcome.stderr.contains("no [[sweep]] table"), "\(outcome.stderr)")
        let shard = try CommandRunner.run(["sweep", scenario, "--shard", "3/3"], in: work)
        #expect(shard.status == 64)
    }
}
