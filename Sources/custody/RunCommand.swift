import ArgumentParser
import Foundation
import CustodyIO
import CustodyModel

struct RunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Simulate every area month by month and write monthly, summary and street tables.",
        discussion: """
            Writes into the output folder:
              monthly.csv    one row per area and month: every money line of the model
              summary.csv    one row per area: totals, NPV, IRR, payback, self-sufficiency
              streets.csv    one row per street, then the district
              manifest.json  the command, toolkit version, input SHA-256s and time

            Examples:
              custody run                        # bundled Xunyang 2023 scenario
              custody run scenarios/penpu-merged.toml --out out/penpu
              custody run study.toml --excel     # for Excel or WPS
            """
    )

    @Argument(help: "Scenario TOML file (default: the bundled scenarios/xunyang-2023.toml).")
    var scenario: String?

    @OptionGroup var output: OutputOptions

    @Flag(help: "Also write report.html, the charts of the tables, beside them (see custody report).")
    var report = false

    func run() throws {
        let input = try ScenarioInput.load(scenario)
        let result = ScenarioModel(input.scenario).run()
        let district = result.streets.last!
        Diagnostics.print("""
            \(input.scenario.areas.count) areas, \(district.compounds) compounds, \
            \(NumberFormat.shortest(district.households)) households over \(input.scenario.months) months; \
            district NPV \(Money.millions(district.npv)), subsidy \(Money.millions(district.subsidy)).
            """)
        try CommandOutput.write(RunTables.files(for: result, excel: output.excel), input: input, out: output.out)
        if report {
            try ReportCommand.write(folder: ScenarioInput.outputFolder(output.out, scenarioPath: input.scenarioPath), to: nil)
        }
    }
}

/// Money for people: "3.42 M CNY".
enum Money {
    static func millions(_ x: Double) -> String {
        let m = (x / 1e6 * 100).rounded() / 100
        return "\(m == 0 ? "0" : String(format: "%.2f", m)) M CNY"
    }
}
