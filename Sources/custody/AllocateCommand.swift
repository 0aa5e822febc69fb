import ArgumentParser
import CustodyAnalysis
import CustodyIO
import CustodyModel

struct AllocateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "allocate",
        abstract: "Divide an evaluation reward pool (奖补) among the areas.",
        discussion: """
            Methods:
              proportional  by households (or floor area with --by floor_area)
              score         by score^γ (--exponent, default 1) among areas with a score above 0 \
            and ≥ --min-score (default 0); a missing score counts as 0, and such areas get nothing
              equal-awards, equal-losses, talmud
                            each area's deficit gap = max(0, −npv) is a claim on the pool. A pool \
            that covers every gap pays them all and shares the rest by score. A smaller pool is \
            divided as a bankruptcy problem: equal-awards pays min(gap, λ × w), equal-losses \
            max(0, gap − λ × w), w = 1 per household (or m² with --by floor_area), λ from GSL's \
            Brent solver; talmud is the Talmud rule (Aumann and Maschler 1985) and ignores --by.
            Gaps are discounted (npv at the scenario's rate); the pool is nominal.

            Rounding: the pool is taken to the cent, and each allocation is rounded to the cent \
            by the largest-remainder method (every award cut down to a whole cent, then the \
            missing cents one each to the largest cuts, ties to the earlier area; an area with \
            nothing gets no cent), so the allocation column sums to the pool exactly, to the cent.

            Writes allocation.csv (area_id, street, households, score, gap, allocation, share; \
            share = allocation / pool) and manifest.json. Exit status 2 when no area can take a \
            share (for example no area has a score ≥ --min-score).

            Examples:
              custody allocate scenarios/xunyang-2023.toml --pool 1000000 --method score
              custody allocate scenarios/xunyang-2023.toml --pool 1000000 --method score --exponent 2 --min-score 75
              custody allocate scenarios/xunyang-2023.toml --pool 500000 --method talmud
              custody allocate scenarios/xunyang-2023.toml --pool 500000 --method equal-awards --by floor_area
            """
    )

    @Argument(help: "Scenario TOML file.")
    var scenario: String

    @Option(help: "The reward pool to divide, CNY (nominal).")
    var pool: Double

    @Option(help: "The rule that shares the pool (see above).")
    var method: AllocationMethod

    @Option(help: "Weights of proportional, equal-awards and equal-losses.")
    var by: AllocationBasis = .households

    @Option(help: "γ: a division by score uses score^γ.")
    var exponent: Double = 1

    @Option(help: "The lowest score that shares in a division by score.")
    var minScore: Double = 0

    @OptionGroup var output: OutputOptions

    func validate() throws {
        if !(pool.isFinite && pool >= 0) {
            throw ValidationError("--pool (\(pool)) must be a number of CNY ≥ 0, e.g. --pool 1000000.")
        }
        if !(exponent.isFinite && exponent >= 0) {
            throw ValidationError("--exponent (\(exponent)) must be a number ≥ 0, e.g. --exponent 2.")
        }
        if !(minScore.isFinite && minScore >= 0 && minScore <= 100) {
            throw ValidationError("--min-score (\(minScore)) must be between 0 and 100, like the scores.")
        }
    }

    func run() throws {
        let input = try ScenarioInput.load(scenario)
        let model = ScenarioModel(input.scenario)
        let rows: [AllocationRow]
        do {
            rows = try RewardAllocation.allocate(model, pool: (pool * 100).rounded() / 100, method: method, by: by,
                                                 exponent: exponent, minScore: minScore)
        } catch let error as AllocationError {
            Diagnostics.print("error: \(error.description)")
            throw ExitCode(2)
        }
        let funded = rows.filter { $0.allocation > 0 }
        let top = rows.max { $0.allocation < $1.allocation }!
        let gaps = rows.reduce(0) { $0 + $1.gap }
        Diagnostics.print("""
            \(Money.millions(pool)) (\(method.rawValue)) to \(funded.count) of \(rows.count) areas; \
            largest \(input.scenario.areas[top.area].id) \(CommandOutput.short(top.allocation)) CNY; \
            deficits (gap) \(Money.millions(gaps)) in all.
            """)
        try CommandOutput.write([("allocation.csv", AllocationTables.allocation(rows, scenario: input.scenario, excel: output.excel))],
                               input: input, out: output.out)
    }
}
