import Foundation
import Testing

/// `run` and `sweep` killed with SIGKILL at seeded random moments leave every output file whole
/// (the previous version or the new one) and no temporary in the output folder; a sweep
/// interrupted as Ctrl-C does leaves nothing at all.
@Suite(.serialized)
struct CrashSafetyTests {
    let scenario = CommandRunner.repository.appendingPathComponent("scenarios/xunyang-2023.toml").path

    /// SplitMix64 (Steele, Lea and Flood 2014): the delays are the same on every run of the test.
    struct SeededDelays {
        var state: UInt64
        mutating func next(upTo limit: Double) -> Double {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            z ^= z >> 31
            return Double(z >> 11) / Double(1 << 53) * limit
        }
    }

    /// Starts `custody arguments` in `work`, kills it after `delay` seconds (if still running)
    /// and waits for it.
    func kill(_ arguments: [String], after delay: Double, in work: URL) throws {
        let process = Process()
        process.executableURL = CommandRunner.binary
        process.arguments = arguments
        process.currentDirectoryURL = work
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        usleep(useconds_t(delay * 1_000_000))
        Glibc.kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
    }

    /// A sweep interrupted as Ctrl-C does (SIGINT) while it writes rows exits with 130 and
    /// leaves neither a file in the output folder nor its staging folder. The sweep is started
    /// with SIGINT at its default action and unblocked: a test runner may have its children
    /// ignore or block it, and the sweep, like any well-behaved program, keeps a signal ignored
    /// that it was started to ignore (a background job's SIGINT).
    @Test func interruptedSweepLeavesNothing() throws {
        let work = CommandRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: work) }
        let out = work.appendingPathComponent("out")
        let arguments = [CommandRunner.binary.path, "sweep", scenario, "--samples", "2000000", "--threads", "1",
                         "--quiet", "--out", out.path]
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var defaults = sigset_t()
        sigemptyset(&defaults)
        sigaddset(&defaults, SIGINT)
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        var unblocked = sigset_t()
        sigemptyset(&unblocked)
        posix_spawnattr_setsigmask(&attributes, &unblocked)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSIGMASK))
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        let argv = arguments.map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var pid = pid_t()
        #expect(posix_spawn(&pid, arguments[0], &actions, &attributes, argv, environ) == 0)
        // Wait until rows are being written to the staging folder, then interrupt.
        let staging = work.appendingPathComponent(".out.custody-staging")
        var waited = 0
        while ((try? FileManager.default.contentsOfDirectory(atPath: staging.path)) ?? []).isEmpty && waited < 600 {
            usleep(50_000)
            waited += 1
        }
        usleep(200_000)
        Glibc.kill(pid, SIGINT)
        var status: Int32 = 0
        // Ten seconds at most: a sweep that ignored the signal is killed and the test fails.
        var polls = 0
        while waitpid(pid, &status, WNOHANG) == 0 {
            if polls == 200 { Glibc.kill(pid, SIGKILL) }
            usleep(50_000)
            polls += 1
        }
        #expect(status & 0x7f == 0 && (status >> 8) & 0xff == 130, "wait status \(status)")
        #expect(((try? FileManager.default.contentsOfDirectory(atPath: out.path)) ?? []).isEmpty)
        #expect(!FileManager.default.fileExists(atPath: staging.path))
    }

    /// The files of `folder` by name.
    func contents(of folder: URL) throws -> [String: Data] {
        var files: [String: Data] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: folder.path) {
            files[name] = try Data(contentsOf: folder.appendingPathComponent(name))
        }
        return files
    }

    /// Kills `arguments(out)` `times` times, each run after a complete `previous` version is in
    /// the folder, and checks the folder after each kill against `previous` and `next`, the
    /// complete files of an earlier and of this command. manifest.json holds the time, so it
    /// is compared by being valid JSON naming the same files as one of the two versions.
    func killRepeatedly(times: Int, seed: UInt64, longest: Double, previous: [String: Data], next: [String: Data],
                        arguments: [String], in work: URL) throws -> (old: Int, new: Int) {
        var delays = SeededDelays(state: seed)
        let out = work.appendingPathComponent("out")
        var seen = (old: 0, new: 0)
        for attempt in 0..<times {
            try? FileManager.default.removeItem(at: out)
            try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
            for (name, bytes) in previous { try bytes.write(to: out.appendingPathComponent(name)) }
            try kill(arguments, after: delays.next(upTo: longest), in: work)
            let found = try contents(of: out)
            #expect(Set(found.keys) == Set(previous.keys), "attempt \(attempt): \(found.keys.sorted())")
            for (name, bytes) in found {
                if name == "manifest.json" {
                    let json = try JSONSerialization.jsonObject(with: bytes) as? [String: Any]
                    #expect(json?["files"] != nil, "attempt \(attempt): manifest.json is not whole")
                } else if bytes == next[name] {
                    seen.new += 1
                } else {
                    #expect(bytes == previous[name], "attempt \(attempt): \(name) is neither version")
                    seen.old += 1
                }
            }
        }
        return seen
    }

    /// The complete files of `base` with the `earlier` arguments added (the previous version)
    /// and of `base` alone (the new one), each run into a fresh `work/out`.
    func versions(_ base: [String], earlier: [String], in work: URL) throws -> (previous: [String: Data], next: [String: Data]) {
        let out = work.appendingPathComponent("out")
        #expect(try CommandRunner.run(base + earlier, in: work).status == 0)
        let previous = try contents(of: out)
        try FileManager.default.removeItem(at: out)
        #expect(try CommandRunner.run(base, in: work).status == 0)
        return (previous, try contents(of: out))
    }

    /// No `*.partial` left beside `out` after a complete run; stale ones of dead processes are
    /// removed by that run.
    func expectNoStagedFiles(in work: URL) throws {
        let staging = work.appendingPathComponent(".out.custody-staging")
        let left = (try? FileManager.default.contentsOfDirectory(atPath: staging.path)) ?? []
        #expect(left.isEmpty, "\(left)")
    }

    @Test func killedRunLeavesWholeFilesAndNoTemporaries() throws {
        let work = CommandRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: work) }
        let base = ["run", scenario, "--out", "out"]
        let (previous, next) = try versions(base, earlier: ["--excel"], in: work)
        #expect(previous["summary.csv"] != next["summary.csv"])
        let seen = try killRepeatedly(times: 30, seed: 7, longest: 0.15, previous: previous, next: next,
                                      arguments: base, in: work)
        #expect(seen.old > 0)
        #expect(try CommandRunner.run(base, in: work).status == 0)
        #expect(try contents(of: work.appendingPathComponent("out")) .filter { $0.key != "manifest.json" }
            == next.filter { $0.key != "manifest.json" })
        try expectNoStagedFiles(in: work)
    }

    @Test func killedSweepLeavesWholeFilesAndNoTemporaries() throws {
        let work = CommandRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: work) }
        let base = ["sweep", scenario, "--samples", "400", "--threads", "1", "--quiet", "--out", "out"]
        let (previous, next) = try versions(base, earlier: ["--seed", "2"], in: work)
        #expect(previous["samples.csv"] != next["samples.csv"])
        let seen = try killRepeatedly(times: 30, seed: 11, longest: 0.35, previous: previous, next: next,
                                      arguments: base, in: work)
        #expect(seen.old > 0)
        #expect(try CommandRunner.run(base, in: work).status == 0)
        try expectNoStagedFiles(in: work)
    }

    @Test func aStaleTemporaryOfAnEarlierVersionIsRemoved() throws {
        let work = CommandRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: work) }
        let out = work.appendingPathComponent("out")
        try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
        // A pid above Linux's pid_max (4,194,304) belongs to no process.
        let stale = out.appendingPathComponent(".monthly.csv.9999999.partial")
        try Data("half a ro".utf8).write(to: stale)
        #expect(try CommandRunner.run(["run", scenario, "--out", "out"], in: work).status == 0)
        #expect(!FileManager.default.fileExists(atPath: stale.path))
    }
}
