import ArgumentParser
import CustodyAnalysis
import CustodyIO
import CustodyModel

struct BreakevenCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "breakeven",
        abstract: "Find the value of a parameter at which each area's (or the district's) NPV, cash or steady net is zero.",
        discussion: """
            Solves metric(value) = 0 with GSL's Brent solver on [lo, hi], stopping when the \
            bracket is narrower than 1e-10 + 1e-10 × |value| (at most 200 iterations). The \
            value is set on the areas solved for, whatever level of the scenario set it, so no \
            mode or area value shadows it; a by-year list (subsidy_per_household, \
            subsidy_per_m2) is solved as one value for every year. Integer, true/false and \
            text parameters are refused (exit status 2).

            Scope: every area on its own, a row each (default); --area ID, that area alone; \
            --district, one value on every area with the metric summed over the district.

            Metrics: npv (default, at the scenario's discount rate), cumulative (cash at the \
            last month), steady (mean monthly net without government money over the last 12 \
            managed months).

            Bracket: --lo and --hi together, inside the parameter's valid range. By default \
            [0, 1] for shares and rates bounded to [0, 1], otherwise [0, max(10 × the largest \
            value among the areas solved for, 1)], one bracket for every row; a parameter \
            that must be greater than 0 (<role>_households) starts at 1/1000 of the upper end.

            Writes breakeven.csv (scope, param, metric, value, iterations, status, \
            metric_at_lo, metric_at_hi) and manifest.json. iterations counts Brent iterations \
            (gsl_root_fsolver_iterate calls), at most one model run each; the two ends of the \
            bracket cost two more runs. status is ok, \
            no-sign-change (the metric has one sign on the whole bracket: metric_at_lo and \
            metric_at_hi show which; try a wider bracket) or did-not-converge; value is empty \
            unless ok. Exit status 3 when any solve is not ok; the file is written either way.

            Examples:
              custody breakeven scenarios/xunyang-2023.toml --param fee_rate
              custody breakeven scenarios/xunyang-2023.toml --param fee_rate --district
              custody breakeven scenarios/xunyang-2023.toml --param collection_target --area penpu-s1 --metric cumulative
              custody breakeven study.toml --param subsidy_per_m2 --lo 0 --hi 2
            """
    )

    @Argument(help: "Scenario TOML file.")
    var scenario: String

    @Option(help: "The real-valued parameter to solve for (a name of `custody params`, e.g. fee_rate).")
    var param: String

    @Option(help: "The metric to bring to zero.")
    var metric: SolverMetric = .npv

    @Option(help: "Solve for this area alone (its id in the scenario).")
    var area: String?

    @Flag(help: "Solve for one value on every area, the metric summed over the district.")
    var district = false

    @Option(help: "Lower end of the bracket (with --hi).")
    var lo: Double?

    @Option(help: "Upper end of the bracket (with --lo).")
    var hi: Double?

    @OptionGroup var output: OutputOptions

    func validate() throws {
        if area != nil && district { throw ValidationError("Pass --area ID or --district, not both.") }
        if let area, area.isEmpty { throw ValidationError("--area needs an area id, e.g. --area penpu-pilot.") }
        switch (lo, hi) {
        case (nil, nil): break
        case let (lo?, hi?):
            guard lo.isFinite, hi.isFinite, lo < hi else {
                throw ValidationError("--lo (\(lo)) must be less than --hi (\(hi)), both finite.")
            }
        default: throw ValidationError("Pass --lo and --hi together, e.g. --lo 0 --hi 2.")
        }
    }

    func run() throws {
        let spec = try parameter()
        let input = try ScenarioInput.load(scenario)
        let model = ScenarioModel(input.scenario)
        let scope: BreakevenScope = try area.map { .area(try CommandOutput.areaIndex($0, in: input)) }
            ?? (district ? .district : .eachArea)
        let bracket = lo.flatMap { lo in hi.map { lo...$0 } }
            ?? Breakeven.defaultBracket(for: spec, in: model, areas: Breakeven.areas(of: scope, in: model))
        let rows = Breakeven.solve(model, parameter: spec, metric: metric, scope: scope, bracket: bracket)
        Diagnostics.print(summary(rows, bracket: bracket))
        try CommandOutput.write([("breakeven.csv", SolverTables.breakeven(rows, excel: output.excel))], input: input, out: output.out)
        if rows.contains(where: { $0.crossing.status != .ok }) { throw CommandOutput.unsolved }
    }

    /// The parameter named by --param, or exit status 2 saying why it cannot be solved for.
    private func parameter() throws -> ParameterSpec {
        guard let spec = ParameterCatalog.spec(named: param) else {
            let hint = ParameterCatalog.nearestName(to: param).map { "; did you mean `\($0)`?" } ?? "; `custody params SCENARIO` lists them"
            Diagnostics.print("error: unknown parameter `\(param)`\(hint)")
            throw ExitCode(2)
        }
        guard spec.isReal else {
            Diagnostics.print("error: `\(param)` is \(spec.expectation), not a real number: breakeven solves for real-valued parameters (fee_rate, collection_target, cleaner_households, subsidy_per_m2, …).")
            throw ExitCode(2)
        }
        for (option, value) in [("--lo", lo), ("--hi", hi)] {
            if let value, !spec.bounds.contains(value) {
                Diagnostics.print("error: \(option) for \(param) \(spec.bounds.requirement), got \(NumberFormat.shortest(value)).")
                throw ExitCode(2)
            }
        }
        return spec
    }

    private func summary(_ rows: [BreakevenRow], bracket: ClosedRange<Double>) -> String {
        let head = "Break-even \(param) for \(metric.rawValue) = 0 on [\(CommandOutput.short(bracket.lowerBound)), \(CommandOutput.short(bracket.upperBound))]"
        let failed = rows.filter { $0.crossing.status != .ok }
        let failures = failed.isEmpty ? "" : "; not solved: " + failed.map { "\($0.scope) (\($0.crossing.status.rawValue))" }.joined(separator: ", ")
        if rows.count == 1, let value = rows[0].value {
            return "\(head): \(rows[0].scope) \(CommandOutput.short(value))."
        }
        let values = rows.compactMap(\.value)
        let range = values.isEmpty ? "" : ", from \(CommandOutput.short(values.min()!)) to \(CommandOutput.short(values.max()!))"
        return "\(head): \(values.count) of \(rows.count) solved\(range)\(failures)."
    }
}
