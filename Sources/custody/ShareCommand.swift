import ArgumentParser
import CustodyAnalysis
import CustodyIO
import CustodyModel

struct ShareCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "share",
        abstract: "Each compound's fair share (Shapley value) of a merged area's monthly cost.",
        discussion: """
            The cost game of one area: c(S) = monthly staff_cost + other_opex of an area made of \
            the compounds in S alone (the area's parameters, a fully staffed month), c(∅) = 0. \
            Role minimums and insurance are paid once per area, so merging saves them; the \
            Shapley value divides c(all) by each compound's average marginal cost over every \
            order of joining.

            Exact, by enumerating every coalition, for areas of up to 20 compounds (method \
            exact, std_error empty). Above, --samples random orders (default 10000) from GSL's \
            MT19937 seeded with --seed (default 1; seed 0 is GSL's default 4357), with each \
            share's standard error (method sampled). The seed is written to manifest.json.

            Writes share.csv (compound_id, households, floor_area_m2, standalone_cost, \
            shapley_cost, savings, fair_fee_per_m2, proportional_cost, method, std_error), all \
            in CNY a month: savings = standalone_cost − shapley_cost; fair_fee_per_m2 = \
            shapley_cost / floor_area_m2; proportional_cost divides c(all) by floor area, as a \
            uniform fee per m² does. A compound whose proportional_cost is above its \
            shapley_cost pays for the others under a uniform fee.

            Examples:
              custody share scenarios/xunyang-2023.toml --area penpu-pilot
              custody share study.toml --area big-merged --samples 50000 --seed 7
            """
    )

    @Argument(help: "Scenario TOML file.")
    var scenario: String

    @Option(help: "The area whose compounds share its cost.")
    var area: String

    @Option(help: "Random orders when the area has more than 20 compounds.")
    var samples = CostShare.defaultSamples

    @Option(help: "Seed of the random orders (0...4294967295).")
    var seed: UInt32 = 1

    @OptionGroup var output: OutputOptions

    func validate() throws {
        if samples < 2 {
            throw ValidationError("--samples (\(samples)) must be at least 2, so that a standard error exists; e.g. --samples 10000.")
        }
    }

    func run() throws {
        let input = try ScenarioInput.load(scenario)
        let index = try CommandOutput.areaIndex(area, in: input)
        let chosen = input.scenario.areas[index]
        let rows = CostShare.rows(chosen.compounds, parameters: input.scenario.resolve(chosen).values,
                                  samples: samples, seed: seed)
        let together = rows.reduce(0) { $0 + $1.shapleyCost }
        let apart = rows.reduce(0) { $0 + $1.standaloneCost }
        let payers = rows.filter { $0.proportionalCost > $0.shapleyCost }.map(\.compound.id)
        Diagnostics.print("""
            \(chosen.id): \(rows.count) compound\(rows.count == 1 ? "" : "s") (\(rows[0].method.rawValue)); \
            \(yuan(together)) CNY a month together against \(yuan(apart)) apart \
            (merging saves \(yuan(apart - together))). \
            A uniform fee per m² overcharges \(payers.isEmpty ? "none" : payers.joined(separator: ", ")).
            """)
        try CommandOutput.write([("share.csv", AllocationTables.share(rows, excel: output.excel))],
                               input: input, out: output.out, seed: UInt64(seed))
    }

    /// Whole yuan for a summary line.
    private func yuan(_ x: Double) -> String { String(Int(x.rounded())) }
}
