import ArgumentParser
import CustodyAnalysis
import CustodyIO
import CustodyModel

struct RolloutCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rollout",
        abstract: "Month by month, the compounds and households under management per street, and the subsidy cash.",
        discussion: """
            A compound is managed from its area's takeover month and counts in its area's street. \
            Writes rollout.csv (period, street, compounds, compounds_managed, households, \
            households_managed, coverage, subsidy, late): for each month a row per street, then \
            a district row. coverage = compounds_managed / compounds; subsidy is the month's \
            government money to the street's areas (operating subsidy, start-up grant and reward, \
            CNY, not discounted): the finance bureau's cash profile; late counts the compounds \
            not yet managed in months after the scenario's deadline (0 without one). The late \
            compounds are named on standard error with their street and area.

            Examples:
              custody rollout scenarios/xunyang-2023.toml
              custody rollout study.toml --out out/study --excel
            """
    )

    @Argument(help: "Scenario TOML file.")
    var scenario: String

    @OptionGroup var output: OutputOptions

    func run() throws {
        let input = try ScenarioInput.load(scenario)
        let s = input.scenario
        let rollout = Rollout(ScenarioModel(s).run())
        let districtRows = rollout.rows.filter { $0.street == StreetTotals.districtName }
        let full = districtRows.first { $0.coverage >= 1 }
        let peak = districtRows.max { $0.subsidy < $1.subsidy }!
        Diagnostics.print("""
            \(districtRows[0].compounds) compounds in \(rollout.rows.count / districtRows.count - 1) streets; \
            \(full.map { "all managed from \($0.period)" } ?? "not all managed within the horizon")\
            \(s.deadline.map { " (deadline \($0))" } ?? ""); \
            subsidy cash peaks at \(Money.millions(peak.subsidy)) in \(peak.period).
            """)
        if let deadline = s.deadline, !rollout.lateCompounds.isEmpty {
            Diagnostics.print("\(rollout.lateCompounds.count) compound\(rollout.lateCompounds.count == 1 ? "" : "s") managed after the deadline \(deadline):")
            for late in rollout.lateCompounds {
                let name = late.name.map { " \($0)" } ?? ""
                Diagnostics.print("  \(late.compound)\(name), street \(late.street), area \(late.area), from \(late.takeover)")
            }
        }
        try CommandOutput.write([("rollout.csv", RolloutTable.csv(rollout, excel: output.excel))],
                               input: input, out: output.out)
    }
}
