// Benchmarks of the toolkit, run on the bundled scenario in a release build:
//
//     swift build -c release && .build/release/custody-bench
//
// 1. Engine throughput: area-months per second on one thread (the monthly lines of MODEL §5
//    and the metrics of §6 without the IRR scan), and the same with the IRR.
// 2. `custody run` on the bundled scenario as a whole process (load, simulate, write CSVs),
//    timed over repeated runs of the release binary built beside this one.
// 3. Solvers: model runs per solve, averaged over every area, for the break-even fee_rate and
//    the break-even subsidy (target ≤ 12); `custody breakeven --param fee_rate` over every
//    area as a whole process (target ≤ 0.2 s).
// 4. Shapley cost shares (`share`): exact for a 20-compound area (target ≤ 0.1 s) and sampled
//    with 10,000 permutations for a 200-compound area (target ≤ 1 s), compounds taken from the
//    bundled ledger in order (repeated for 200), with penpu-pilot's parameters.
// 5. `custody sweep` of the bundled scenario's eight [[sweep]] parameters as a whole process
//    (load, draw, evaluate, write samples.csv and the summary), 200,000 LHS samples (so that
//    start-up is a small part) with 1 and 2 threads, seven runs each, taking turns:
//    area-months per second (every area × month of each sample), the scaling ratio (targets:
//    ≥ 500 million on 2 threads, ≥ 1.8×), next to what the machine gives two processes that
//    share nothing (the sweep's two shards as one-thread processes at once, against the
//    one-thread run), samples.csv's write speed (the file's size over the 2-thread runs'
//    median wall time), and the time of the summary, which is worked out after the rows.
// 6. The TOML reader: the time to read the bundled scenario and the scenarios that
//    `scripts/large-inputs.sh` writes for 20,000 compounds (0.46 MB) and for 1,200,000 (15 MB;
//    its ledger is 100 MB), each in 2,000 areas, into a document with every position.
//    `custody-bench parse` runs this part alone.
import CustodyAnalysis
import CustodyIO
import CustodyModel
import Foundation
import TOML

func seconds(_ body: () throws -> Void) rethrows -> Double {
    let start = DispatchTime.now().uptimeNanoseconds
    try body()
    return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
}

func report(_ label: String, _ value: String) {
    print(label.padding(toLength: 46, withPad: " ", startingAt: 0) + value)
}

/// Section 6: median and best time of reading each scenario with the TOML reader.
func benchmarkParsing() throws {
    let bundled = String(decoding: BundledScenario.files[0].bytes, as: UTF8.self)
    var inputs = [("bundled scenario", bundled, 201)]
    let script = URL(fileURLWithPath: FileManager.default.currentDirectoryPath).appendingPathComponent("scripts/large-inputs.sh")
    if FileManager.default.fileExists(atPath: script.path) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("custody-bench-toml-\(getpid())")
        defer { try? FileManager.default.removeItem(at: folder) }
        for (label, compounds, runs) in [("20,000-compound district", "20000", 21), ("1,200,000-compound district", "1200000", 7)] {
            let process = try Process.run(URL(fileURLWithPath: "/bin/sh"), arguments: [script.path, folder.path, compounds, "2000"])
            process.waitUntilExit()
            inputs.append((label, try String(contentsOf: folder.appendingPathComponent("large.toml"), encoding: .utf8), runs))
        }
    } else {
        report("TOML reader, large scenarios", "skipped: run from the repository's folder, where scripts/large-inputs.sh is")
    }
    for (label, text, runs) in inputs {
        var keys = 0
        let times = try (0..<runs).map { _ in try seconds { keys += try TOMLDocument(text: text).table.count } }.sorted()
        let megabytes = Double(text.utf8.count) / 1e6
        report("TOML reader, \(label)", String(format: "median %.2f ms, best %.2f ms for %.2f MB (%.0f MB/s)",
                                                 times[runs / 2] * 1e3, times[0] * 1e3, megabytes, megabytes / times[runs / 2]))
        precondition(keys > 0)
    }
}

if CommandLine.arguments.dropFirst().first == "parse" {
    try benchmarkParsing()
    exit(0)
}

let input = try BundledScenario.load()
let model = ScenarioModel(input.scenario)
let areaMonths = model.facts.count * input.scenario.months
print("custody-bench \(Manifest.toolkitVersion): \(model.facts.count) areas × \(input.scenario.months) months = \(areaMonths) area-months per evaluation")

// 1. Engine throughput.
let ledger = model.makeLedger()
var checksum = 0.0
@MainActor func evaluateAll(irr: IRRSolver?) {
    for area in model.facts.indices { checksum += model.evaluate(area: area, into: ledger, irr: irr).npv }
}
for _ in 0..<200 { evaluateAll(irr: nil) }   // warm-up
// The machine may be shared: time batches and report the best and the median.
let batch = 1000
var batchTimes = (0..<15).map { _ in seconds { for _ in 0..<batch { evaluateAll(irr: nil) } } }.sorted()
let best = Double(batch * areaMonths) / batchTimes[0], median = Double(batch * areaMonths) / batchTimes[batchTimes.count / 2]
report("engine, one thread", String(format: "best %.1f, median %.1f million area-months/s (%.2f µs per scenario at best)",
                                    best / 1e6, median / 1e6, batchTimes[0] / Double(batch) * 1e6))

let irr = IRRSolver()
var irrRounds = 0
let irrTime = seconds {
    while irrRounds < 100 { evaluateAll(irr: irr); irrRounds += 1 }
}
report("engine with IRR, one thread", String(format: "%.2f ms per scenario", irrTime / Double(irrRounds) * 1e3))

// 2. `custody run`, whole process.
let binary = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("custody")

/// Median and best wall time of `runs` runs of the release `custody` with `arguments`.
func timeProcess(_ arguments: [String], runs: Int = 21) -> (median: Double, best: Double, runs: Int) {
    let times = (0..<runs).map { _ in timeTogether([arguments]) }.sorted()
    return (times[times.count / 2], times[0], times.count)
}

/// Wall time from starting one release `custody` per argument list, all at once, until the
/// last has finished; each writes to a folder of its own, and its standard error is dropped.
///
/// Spawned and awaited with posix_spawn and waitpid: Foundation's `Process.waitUntilExit`
/// polls a run loop and would add tens of milliseconds to a run this short.
func timeTogether(_ argumentLists: [[String]]) -> Double {
    let outs = argumentLists.indices.map {
        FileManager.default.temporaryDirectory.appendingPathComponent("custody-bench-\(getpid())-\($0)")
    }
    defer { for out in outs { try? FileManager.default.removeItem(at: out) } }
    let argvs = zip(argumentLists, outs).map { arguments, out in
        ([binary.path] + arguments + ["--out", out.path]).map { strdup($0) } + [nil]
    }
    defer { for argv in argvs { for arg in argv { free(arg) } } }
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
    defer { posix_spawn_file_actions_destroy(&actions) }
    var statuses: [Int32] = []
    let time = seconds {
        let pids = argvs.map { argv in
            var pid = pid_t()
            guard posix_spawn(&pid, binary.path, &actions, nil, argv, environ) == 0 else { fatalError("cannot start \(binary.path)") }
            return pid
        }
        statuses = pids.map { pid in
            var status: Int32 = 0
            waitpid(pid, &status, 0)
            return status
        }
    }
    for (arguments, status) in zip(argumentLists, statuses) where status != 0 {
        fatalError("custody \(arguments) exited with status \(status)")
    }
    return time
}

let haveBinary = FileManager.default.isExecutableFile(atPath: binary.path)
if haveBinary {
    let t = timeProcess(["run"])
    report("custody run, bundled scenario, whole process", String(format: "median %.3f s, best %.3f s over %d runs", t.median, t.best, t.runs))
} else {
    report("custody run, whole process", "skipped: build \(binary.path) first (swift build -c release)")
}

// 3. Solvers.
let feeRate = ParameterCatalog.spec(named: "fee_rate")!
let feeRows = Breakeven.solve(model, parameter: feeRate, metric: .npv, scope: .eachArea)
let subsidies = SubsidySizing.breakevens(model, metric: .npv)
let feeRuns = Double(feeRows.reduce(0) { $0 + $1.modelRuns }) / Double(feeRows.count)
let subsidyRuns = Double(subsidies.reduce(0) { $0 + $1.evaluations }) / Double(subsidies.count)
report("model runs per solve, fee_rate (npv)", String(format: "%.2f on average over %d areas, at most %d (target ≤ 12)",
                                                       feeRuns, feeRows.count, feeRows.map(\.modelRuns).max()!))
report("model runs per solve, subsidy (npv)", String(format: "%.2f on average over %d areas, at most %d (target ≤ 12)",
                                                      subsidyRuns, subsidies.count, subsidies.map(\.evaluations).max()!))
if haveBinary, let bundled = BundledScenario.files.first {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("custody-bench-scenario-\(getpid())")
    defer { try? FileManager.default.removeItem(at: folder) }
    try OutputDirectory(path: folder.path).write(BundledScenario.files)
    let path = folder.appendingPathComponent(bundled.name).path
    let t = timeProcess(["breakeven", path, "--param", "fee_rate"])
    report("custody breakeven fee_rate, every area", String(format: "median %.3f s, best %.3f s over %d runs (target ≤ 0.2 s)", t.median, t.best, t.runs))
} else {
    report("custody breakeven, whole process", "skipped: build \(binary.path) first (swift build -c release)")
}

// 4. Shapley cost shares.
let ledgerCompounds = input.scenario.areas.flatMap(\.compounds)
let shareParameters = model.parameters[0]
/// Best and median seconds of `runs` calls of CostShare.rows on the first `count` compounds.
@MainActor func timeShare(_ count: Int, runs: Int) -> (best: Double, median: Double) {
    let compounds = (0..<count).map { i in
        var c = ledgerCompounds[i % ledgerCompounds.count]
        c.id += "-\(i)"
        return c
    }
    var times = (0..<runs).map { _ in
        seconds { checksum += CostShare.rows(compounds, parameters: shareParameters, samples: 10_000, seed: 1)[0].shapleyCost }
    }
    times.sort()
    return (times[0], times[runs / 2])
}
let exact20 = timeShare(20, runs: 9), sampled200 = timeShare(200, runs: 5)
report("share, exact, 20 compounds", String(format: "best %.3f s, median %.3f s (target ≤ 0.1 s)", exact20.best, exact20.median))
report("share, sampled, 200 compounds × 10,000", String(format: "best %.3f s, median %.3f s (target ≤ 1 s)", sampled200.best, sampled200.median))
// 5. Sweep throughput and samples.csv write speed, whole process.
if haveBinary, let bundled = BundledScenario.files.first {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("custody-bench-sweep-\(getpid())")
    defer { try? FileManager.default.removeItem(at: folder) }
    try OutputDirectory(path: folder.path).write(BundledScenario.files)
    let path = folder.appendingPathComponent(bundled.name).path
    let samples = 200_000
    let sweep = ["sweep", path, "--samples", "\(samples)", "--quiet"]
    // One and two threads take turns, so that a slow spell of a shared machine weighs on both;
    // so do the two halves of the sweep as two one-thread processes at once, whose ratio to the
    // one-thread run is what this machine's two cores give work that shares nothing.
    let runs = 7, middle = runs / 2
    let triples = (0..<runs).map { _ in
        (one: timeTogether([sweep + ["--threads", "1"]]), two: timeTogether([sweep + ["--threads", "2"]]),
         halves: timeTogether([sweep + ["--threads", "1", "--shard", "0/2"], sweep + ["--threads", "1", "--shard", "1/2"]]))
    }
    let one = triples.map(\.one).sorted(), two = triples.map(\.two).sorted()
    let ratios = triples.map { $0.one / $0.two }.sorted(), ceilings = triples.map { $0.one / $0.halves }.sorted()
    let work = Double(samples * areaMonths)
    report("sweep 200,000 samples, 1 thread", String(format: "median %.3f s: %.1f million area-months/s (best %.1f)",
                                                    one[middle], work / one[middle] / 1e6, work / one[0] / 1e6))
    report("sweep 200,000 samples, 2 threads", String(format: "median %.3f s: %.1f million area-months/s (best %.1f; target ≥ 500)",
                                                     two[middle], work / two[middle] / 1e6, work / two[0] / 1e6))
    report("sweep scaling, 1 → 2 threads", String(format: "%.2f× on medians, %.2f× the median of %d paired runs (target ≥ 1.8×)",
                                                  one[middle] / two[middle], ratios[middle], runs))
    report("two one-thread halves at once", String(format: "%.2f× the one-thread run, median of %d (the machine's two-core ceiling)",
                                                   ceilings[middle], runs))
    // samples.csv's size: the same rows, formatted in process (sample i's row depends only on i).
    let design = try SweepDesign(sweeps: input.scenario.sweeps, method: .lhs, samples: samples, seed: 1)
    var bytes = SweepTables.samplesHeaderBytes(design.variables.map(\.path)).count
    try SweepRunner.run(design: design, model: model, range: 0..<samples, threads: 2,
                        format: SweepTables.sampleRows) { _, rows in bytes += rows.count }
    report("samples.csv write speed, 2 threads", String(format: "%.1f MB/s (%.2f MB over the median run)",
                                                        Double(bytes) / two[middle] / 1e6, Double(bytes) / 1e6))
    // The summary is worked out once the rows are written: the tail of the sweep that the
    // row workers cannot overlap.
    var outcomes: [SweepOutcome] = []
    try SweepRunner.run(design: design, model: model, range: 0..<samples, threads: 2,
                        format: { _ in [] }) { chunk, _ in outcomes += chunk.outcomes }
    let summaryTimes = (0..<5).map { _ in
        var accumulator = SweepAccumulator(reservingCapacity: samples)
        accumulator.append(contentsOf: outcomes)
        return seconds { checksum += accumulator.summarise()[0].p50 }
    }.sorted()
    report("sweep-summary.csv of 200,000 samples", String(format: "median %.1f ms, best %.1f ms (after the rows, on all cores)",
                                                          summaryTimes[2] * 1e3, summaryTimes[0] * 1e3))
} else {
    report("custody sweep, whole process", "skipped: build \(binary.path) first (swift build -c release)")
}

// 6. The TOML reader.
try benchmarkParsing()
print(String(format: "(checksum %.6g)", checksum))
