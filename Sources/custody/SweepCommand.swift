import ArgumentParser
import CustodyAnalysis
import CustodyIO
import CustodyModel
import Foundation

struct SweepCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sweep",
        abstract: "Run the scenario over the [[sweep]] parameters' distributions and summarise the district totals.",
        discussion: """
            Each [[sweep]] table names a parameter path (fee_rate, modes.<mode>.<name>, \
            area.<id>.<name>) and a distribution; every value is drawn by inverse CDF, so \
            every method works with every distribution. A value is set at the level its path \
            names; where a more specific level sets the same parameter, that level still wins \
            (custody validate names such areas). Integer parameters take the draw rounded half \
            away from zero.

            Methods: grid (each parameter's values, or `levels` points at the quantiles \
            (j + 0.5)/levels, in full product; --samples is ignored), random (GSL's MT19937), \
            lhs (Latin hypercube: one sample per stratum of every parameter; the default), \
            sobol (GSL's Sobol sequence, at most 40 parameters; the seed is not used).

            Sample i's inputs depend only on (seed, method, samples, i), so the rows do not \
            change with --threads or --shard. --shard K/N (0 ≤ K < N) takes a contiguous \
            block of the samples, floor(K n / N) ..< floor((K + 1) n / N); `custody merge` \
            joins the shards' folders into the unsharded result, byte for byte.

            Writes samples.csv (sample, one column per swept path, npv, cumulative_cash, \
            min_cumulative_cash, self_sufficiency, subsidy: district totals), \
            sweep-summary.csv (metric, mean, sd, min, p05, p25, p50, p75, p95, max, \
            prob_negative) and manifest.json (seed, method, samples, shard). Rows stream to a \
            hidden temporary file in sample order and are renamed into place at the end; \
            Ctrl-C removes the temporary. A progress bar goes to standard error when it is a \
            terminal.

            Examples:
              custody sweep scenarios/xunyang-2023.toml --samples 10000
              custody sweep scenarios/xunyang-2023.toml --method grid
              custody sweep scenarios/xunyang-2023.toml --samples 100000 --shard 3/8 --out out/shard-3
            """
    )

    @Argument(help: "Scenario TOML file with [[sweep]] tables.")
    var scenario: String

    @Option(help: "Samples to draw (ignored by --method grid).")
    var samples = 1000

    @Option(help: "Sampling method (see above).")
    var method: SweepMethod = .lhs

    @Option(help: "Seed of the random and Latin-hypercube draws (0...2^64 − 1).")
    var seed: UInt64 = 1

    @Option(help: "Run shard K of N (0 ≤ K < N): the contiguous block of samples floor(K n / N) ..< floor((K + 1) n / N).")
    var shard = ShardOption.whole

    @Option(help: "Threads that evaluate the samples, one per core unless given.")
    var threads = ProcessInfo.processInfo.activeProcessorCount

    @Option(help: "Output folder (default: out/<scenario file name without .toml>).")
    var out: String?

    @Flag(help: "No progress bar.")
    var quiet = false

    func validate() throws {
        if samples < 1 { throw ValidationError("--samples (\(samples)) must be at least 1; e.g. --samples 10000.") }
        if threads < 1 { throw ValidationError("--threads (\(threads)) must be at least 1.") }
    }

    func run() throws {
        let input = try ScenarioInput.load(scenario)
        let design: SweepDesign
        do {
            design = try SweepDesign(sweeps: input.scenario.sweeps, method: method, samples: samples, seed: seed)
        } catch let error as SweepDesignError {
            Diagnostics.print("\(input.scenarioPath): error: \(error)")
            throw ExitCode(2)
        }
        let range = design.shard(shard.index, of: shard.count)
        let folder = ScenarioInput.outputFolder(out, scenarioPath: input.scenarioPath)
        let started = Date()
        do {
            let file = try StreamedFile(folder: folder, name: SweepTables.samplesFile)
            InterruptCleanup.arm(file.temporaryPath)
            defer { InterruptCleanup.disarm() }
            try file.write(SweepTables.samplesHeaderBytes(design.variables.map(\.path)))
            var accumulator = SweepAccumulator(reservingCapacity: range.count)
            let progress = ProgressBar(total: range.count, quiet: quiet)
            try SweepRunner.run(design: design, model: ScenarioModel(input.scenario), range: range, threads: threads,
                                format: SweepTables.sampleRows) { chunk, bytes in
                try file.write(bytes)
                accumulator.append(contentsOf: chunk.outcomes)
                progress.advance(by: chunk.count)
            }
            progress.finish()
            var manifest = Manifest(command: ["custody"] + CommandLine.arguments.dropFirst(), input: input, seed: seed,
                                    files: [SweepTables.samplesFile, SweepTables.summaryFile])
            manifest.method = method.rawValue
            manifest.samples = design.count
            manifest.shard = shard.description
            manifest.sampleRange = [range.lowerBound, range.upperBound]
            try OutputDirectory(path: folder).write([(SweepTables.summaryFile, SweepTables.summary(accumulator.summarise())),
                                                     ("manifest.json", manifest.encoded())])
            try file.commit()
        } catch let error as OutputError {
            Diagnostics.print(error.description)
            throw ExitCode.failure
        }
        let seconds = Date().timeIntervalSince(started)
        Diagnostics.print("""
            Wrote \(SweepTables.samplesFile), \(SweepTables.summaryFile), manifest.json to \(folder)/: \
            samples \(range.lowerBound)..<\(range.upperBound) of \(design.count) (\(method.rawValue)) \
            in \(String(format: "%.2f", seconds)) s
            """)
    }
}
