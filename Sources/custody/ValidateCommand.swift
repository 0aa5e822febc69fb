import ArgumentParser
import CustodyIO

struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check a scenario and its ledger, printing every error and warning.",
        discussion: """
            Reports all problems at once, compiler style (FILE:LINE:COLUMN: error: MESSAGE), \
            and warns where a swept parameter is shadowed by a more specific level. Writes \
            nothing. Exit status 2 when there is any error.

            Example:
              custody validate scenarios/xunyang-2023.toml
            """
    )

    @Argument(help: "Scenario TOML file.")
    var scenario: String

    func run() throws {
        let input = try ScenarioInput.load(scenario)
        let s = input.scenario
        let compounds = s.areas.reduce(0) { $0 + $1.compounds.count }
        let warnings = input.warnings.count
        Diagnostics.print("""
            \(input.scenarioPath): ok: \(s.areas.count) areas, \(compounds) compounds, \
            \(s.months) months from \(s.start)\(warnings > 0 ? "; \(warnings) warning\(warnings == 1 ? "" : "s")" : "").
            """)
    }
}
