import ArgumentParser
import CustodyAnalysis
import CustodyIO
import CustodyModel
import Foundation

struct SensitivityCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sensitivity",
        abstract: "Rank the [[sweep]] parameters by their influence on a district metric.",
        discussion: """
            The metric is one of the sweep's district totals: npv (the default), \
            cumulative_cash, min_cumulative_cash, self_sufficiency or subsidy. Values are set \
            at the level each [[sweep]] path names, as in custody sweep.

            tornado: each parameter at its 5th and 95th percentile (the smallest and largest \
            of `values`), every other at the scenario's own value; rows by swing = \
            |metric_high − metric_low|, largest first. 2 d model runs.

            morris: --samples trajectories (default 20) of elementary effects on a 4-level \
            grid, Δ = 2/3 (Morris 1991; μ* of Campolongo et al. 2007). Level j is taken at \
            the probability (j + 0.5)/4, as sweep --method grid places its levels, so that \
            unbounded distributions stay finite; an effect is the metric's change per 2/3 of \
            that grid. Columns mu, mu_star (overall influence) and sigma (non-linearity or \
            interactions). r (d + 1) model runs; the seed draws the trajectories.

            sobol: Saltelli's design with --samples base rows (default 1024) from GSL's Sobol \
            sequence in 2 d dimensions (at most 20 parameters), S1 by Saltelli et al. 2010, \
            ST by Jansen 1999, and 95 % half-widths s1_conf, st_conf from 1000 bootstrap \
            resamples drawn with --seed. N (d + 2) model runs.

            Writes sensitivity.csv and manifest.json (seed, method, samples, metric); the \
            same command gives the same sensitivity.csv byte for byte.

            Examples:
              custody sensitivity scenarios/xunyang-2023.toml --method tornado
              custody sensitivity scenarios/xunyang-2023.toml --method morris --samples 50
              custody sensitivity scenarios/xunyang-2023.toml --method sobol --metric subsidy
            """
    )

    @Argument(help: "Scenario TOML file with [[sweep]] tables.")
    var scenario: String

    @Option(help: "How the parameters are ranked (see above).")
    var method: SensitivityMethod

    @Option(help: "The district total to rank the parameters by.")
    var metric: SweepMetric = .npv

    @Option(help: "Morris trajectories (default 20) or Sobol base samples N (default 1024); tornado takes none.")
    var samples: Int?

    @Option(help: "Seed of Morris's trajectories and of Sobol's bootstrap (0...4294967295).")
    var seed: UInt32 = 1

    @OptionGroup var output: OutputOptions

    func validate() throws {
        guard let samples else { return }
        switch method {
        case .tornado:
            throw ValidationError("--method tornado takes no --samples: it runs each parameter at its 5th and 95th percentile.")
        case .morris where samples < 2:
            throw ValidationError("--samples (\(samples)) must be at least 2 trajectories, so that sigma exists; e.g. --samples 20.")
        case .sobol where samples < 2:
            throw ValidationError("--samples (\(samples)) must be at least 2 base samples; e.g. --samples 1024.")
        default:
            break
        }
    }

    func run() throws {
        let input = try ScenarioInput.load(scenario)
        let sweeps = input.scenario.sweeps
        if sweeps.isEmpty {
            Diagnostics.print("\(input.scenarioPath): error: \(SweepDesignError.noSweptParameters)")
            throw ExitCode(2)
        }
        if method == .sobol && sweeps.count > SaltelliSobol.maxDimensions {
            Diagnostics.print("""
                \(input.scenarioPath): error: method sobol takes at most \(SaltelliSobol.maxDimensions) parameters \
                (Saltelli's design uses GSL's Sobol sequence in 2 d ≤ 40 dimensions), and the scenario sweeps \
                \(sweeps.count); use --method morris
                """)
            throw ExitCode(2)
        }
        let variables = sweeps.map(SweepVariable.init)
        let paths = variables.map(\.path)
        let model = ScenarioSensitivityModel(model: ScenarioModel(input.scenario), variables: variables, metric: metric)
        let started = Date()
        let bytes: [UInt8], runs: Int, reading: String, count: Int?
        switch method {
        case .tornado:
            let rows = Tornado.rows(ranges: variables.map(Tornado.range), model: model.metric(setting:to:))
            (bytes, runs, count) = (SensitivityTables.tornado(rows, paths: paths, excel: output.excel), 2 * rows.count, nil)
            reading = "largest swings: " + rows.prefix(3).map {
                "\(paths[$0.parameter]) \(CommandOutput.short($0.swing)) (\(CommandOutput.short($0.metricLow)) → \(CommandOutput.short($0.metricHigh)))"
            }.joined(separator: ", ")
        case .morris:
            let r = samples ?? 20
            let rows = MorrisScreening.indices(dimensions: variables.count, trajectories: r, seed: seed,
                                               model: model.metric(atGridPoint:))
            (bytes, runs, count) = (SensitivityTables.morris(rows, paths: paths, excel: output.excel), r * (variables.count + 1), r)
            reading = "by mu_star: " + leaders(rows.map(\.muStar)) {
                "\(paths[$0]) \(CommandOutput.short(rows[$0].muStar)) (sigma \(CommandOutput.short(rows[$0].sigma)))"
            }
        case .sobol:
            let n = samples ?? 1024
            let rows = SaltelliSobol.indices(dimensions: variables.count, baseSamples: n, seed: seed,
                                             model: model.metric(atProbabilities:))
            (bytes, runs, count) = (SensitivityTables.sobol(rows, paths: paths, excel: output.excel),
                                    SaltelliSobol.modelRuns(baseSamples: n, dimensions: variables.count), n)
            let firstOrder = rows.reduce(0) { $0 + $1.s1 }
            reading = "by st: " + leaders(rows.map(\.st)) {
                "\(paths[$0]) \(CommandOutput.short(rows[$0].st)) ± \(CommandOutput.short(rows[$0].stConfidence))"
            } + "; Σ s1 = \(CommandOutput.short(firstOrder)) (1 − Σ s1 is the share of interactions)"
        }
        Diagnostics.print("""
            \(method.rawValue) of \(metric.rawValue) over \(variables.count) parameters, \(runs) model runs \
            in \(String(format: "%.2f", Date().timeIntervalSince(started))) s; \(reading)
            """)
        try CommandOutput.write([(SensitivityTables.file, bytes)], input: input, out: output.out, seed: UInt64(seed)) {
            $0.method = method.rawValue
            $0.samples = count
            $0.metric = metric.rawValue
        }
    }

    /// The three parameters with the largest `scores`, described and joined for the summary line.
    private func leaders(_ scores: [Double], _ describe: (Int) -> String) -> String {
        scores.indices.sorted { scores[$0] > scores[$1] }.prefix(3).map(describe).joined(separator: ", ")
    }
}
