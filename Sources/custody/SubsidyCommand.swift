import ArgumentParser
import CustodyAnalysis
import CustodyIO
import CustodyModel

struct SubsidyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "subsidy",
        abstract: "Size the operating subsidy each area needs to break even, and what a budget funds.",
        discussion: """
            For each area, finds the smallest flat subsidy_per_household (the same in every \
            year, with subsidy_per_m2 set to 0 on that area; start-up grant and reward kept) \
            at which the metric (npv by default, or cumulative cash at the last month) is ≥ 0. \
            The search tries [0, 1000] CNY/household/month and widens it tenfold up to 10^6; \
            the rate reported is the upper end of Brent's final bracket (at most \
            1e-10 + 1e-10 × rate above the root), so the metric there is ≥ 0.

            need = rate × households × managed months (CNY, nominal, over the horizon).
            Without --budget every area with a need is funded. With --budget B (CNY over the \
            horizon) smaller than the total need:
              coverage       funds areas whole in increasing need per household (ties in \
            scenario order); the first that does not fit gets what is left (partial), the \
            rest nothing (unfunded)
              proportional   funds every need × B / total need (partial)
            funded_share = funded / need, empty when the need is 0.

            Writes subsidy.csv (area_id, street, mode, households, metric_without_subsidy, \
            subsidy_per_household_month, need, funded, funded_share, status) and \
            manifest.json. status is not-needed, funded, partial, unfunded or no-solution \
            (even 10^6 CNY/household/month does not break even; rate, need and funded are \
            empty). Exit status 3 when any area has no-solution; the file is written either \
            way.

            Examples:
              custody subsidy scenarios/xunyang-2023.toml
              custody subsidy scenarios/xunyang-2023.toml --budget 2000000
              custody subsidy scenarios/xunyang-2023.toml --budget 2000000 --policy proportional --metric cumulative
            """
    )

    @Argument(help: "Scenario TOML file.")
    var scenario: String

    @Option(help: "The metric to bring to zero; not steady, which the operating subsidy does not move.")
    var metric: SolverMetric = .npv

    @Option(help: "Total subsidy budget over the horizon, CNY.")
    var budget: Double?

    @Option(help: "How a budget smaller than the need is shared.")
    var policy: BudgetPolicy = .coverage

    @OptionGroup var output: OutputOptions

    func validate() throws {
        if metric == .steady {
            throw ValidationError("--metric steady does not move with the operating subsidy; use npv or cumulative.")
        }
        if let budget, !(budget.isFinite && budget >= 0) {
            throw ValidationError("--budget (\(budget)) must be a number of CNY ≥ 0, e.g. --budget 2000000.")
        }
    }

    func run() throws {
        let input = try ScenarioInput.load(scenario)
        let model = ScenarioModel(input.scenario)
        let breakevens = SubsidySizing.breakevens(model, metric: metric)
        let rows = SubsidySizing.rows(model, breakevens: breakevens, budget: budget, policy: policy)
        Diagnostics.print(summary(rows, scenario: input.scenario))
        try CommandOutput.write([("subsidy.csv", SolverTables.subsidy(rows, scenario: input.scenario, excel: output.excel))],
                               input: input, out: output.out)
        if rows.contains(where: { $0.status == .noSolution }) { throw CommandOutput.unsolved }
    }

    private func summary(_ rows: [SubsidyRow], scenario: Scenario) -> String {
        let needy = rows.filter { ($0.need ?? 0) > 0 }
        let need = needy.reduce(0) { $0 + $1.need! }
        var text = "\(needy.count) area\(needy.count == 1 ? " needs" : "s need") a subsidy (\(metric.rawValue) ≥ 0); district need \(Money.millions(need)) over \(scenario.months) months."
        if let budget, budget < need {
            let count = { (s: SubsidyStatus) in rows.filter { $0.status == s }.count }
            text += " Budget \(Money.millions(budget)) (\(policy.rawValue)): \(count(.funded)) funded, \(count(.partial)) partial, \(count(.unfunded)) unfunded."
        }
        let unsolved = rows.filter { $0.status == .noSolution }
        if !unsolved.isEmpty {
            text += " No subsidy up to 10^6 CNY/household/month breaks even: \(unsolved.map { scenario.areas[$0.area].id }.joined(separator: ", "))."
        }
        return text
    }
}
