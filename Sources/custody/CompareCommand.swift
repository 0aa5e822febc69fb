import ArgumentParser
import CustodyAnalysis
import CustodyIO
import CustodyModel

struct CompareCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "compare",
        abstract: "Run each area under each of the four service modes and recommend one.",
        discussion: """
            Each area is run under market-selection, self-management, merged-custody and \
            nearby-takeover, the mode's [modes.X] values replacing those of its own mode (its \
            [area.params] values still win). Feasibility follows the plan's rules, with reason \
            codes joined by ';':
              not-single-compound    market-selection and self-management take one compound
              not-enclosable         market-selection needs an enclosable compound
              owners-unwilling       self-management needs self_manage_willing owners
              no-managed-neighbour   nearby-takeover needs adjacent_managed for every compound
            merged-custody fits any area.

            npv and self_sufficiency are those of the mode as the scenario funds it; \
            subsidy_per_household_month is the break-even subsidy of `custody subsidy` (npv), \
            empty when none up to 10^6 breaks even. recommended marks one feasible mode per \
            area: the lowest break-even subsidy (empty ranks last), then the higher \
            self_sufficiency, then the earlier mode in the order above; values within 1e-8 \
            (relative, or absolute below 1) count as a tie.

            Writes compare.csv (area_id, mode, feasible, reason, npv, self_sufficiency, \
            subsidy_per_household_month, recommended; four rows per area) and manifest.json.

            Example:
              custody compare scenarios/xunyang-2023.toml
            """
    )

    @Argument(help: "Scenario TOML file.")
    var scenario: String

    @OptionGroup var output: OutputOptions

    func run() throws {
        let input = try ScenarioInput.load(scenario)
        let rows = ModeComparison.compare(input.scenario)
        Diagnostics.print(summary(rows, areas: input.scenario.areas))
        try CommandOutput.write([("compare.csv", SolverTables.compare(rows, scenario: input.scenario, excel: output.excel))],
                               input: input, out: output.out)
    }

    private func summary(_ rows: [ModeComparisonRow], areas: [Area]) -> String {
        let picks = rows.filter(\.recommended)
        let counts = ServiceMode.allCases.map { mode in "\(mode.rawValue) \(picks.filter { $0.mode == mode }.count)" }
        let changes = picks.filter { $0.mode != areas[$0.area].mode }.map { areas[$0.area].id }
        let moved = changes.isEmpty ? "every area keeps its own mode"
            : (changes.count == 1 ? "1 area is recommended a mode other than its own: "
                : "\(changes.count) areas are recommended a mode other than their own: ") + changes.joined(separator: ", ")
        return "Recommended modes for \(areas.count) areas: \(counts.joined(separator: ", ")); \(moved)."
    }
}
