// Benchmarks of the toolkit, run on the bundled scenario in a release build:
//
//     swift build -c release && .build/release/custody-bench
//
// 1. Engine throughput: area-months per second on one thread (the monthly lines of MODEL §5
//    and the metrics of §6 without the IRR scan), and the same with the IRR.
// 2. `custody run` on the bundled scenario as a whole process (load, simulate, write CSVs),
//    timed over repeated runs of the release binary built beside this one.
import CustodyIO
import CustodyModel
import Foundation

func seconds(_ body: () throws -> Void) rethrows -> Double {
    let start = DispatchTime.now().uptimeNanoseconds
    try body()
    return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
}

func report(_ label: String, _ value: String) {
    print(label.padding(toLength: 46, withPad: " ", startingAt: 0) + value)
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
if FileManager.default.isExecutableFile(atPath: binary.path) {
    let out = FileManager.default.temporaryDirectory.appendingPathComponent("custody-bench-\(getpid())")
    defer { try? FileManager.default.removeItem(at: out) }
    var times: [Double] = []
    for _ in 0..<21 {
        let process = Process()
        process.executableURL = binary
        process.arguments = ["run", "--out", out.path]
        process.standardError = FileHandle.nullDevice
        times.append(try seconds {
            try process.run()
            process.waitUntilExit()
        })
        guard process.terminationStatus == 0 else { fatalError("custody run exited with \(process.terminationStatus)") }
    }
    times.sort()
    report("custody run, bundled scenario, whole process", String(format: "median %.3f s, best %.3f s over %d runs", times[times.count / 2], times[0], times.count))
} else {
    report("custody run, whole process", "skipped: build \(binary.path) first (swift build -c release)")
}
print(String(format: "(checksum %.6g)", checksum))
