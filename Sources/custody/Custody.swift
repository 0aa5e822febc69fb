import ArgumentParser
import CustodyIO

@main
struct Custody: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Cost and fund bringing unmanaged housing compounds under property management.",
        discussion: """
            custody simulates every management area of a scenario month by month (fees, public \
            revenue, value-added services, subsidies, staff, taxes) and writes CSV files for the \
            finance bureau, the street offices and analysts.

            Start with the bundled Xunyang 2023 scenario:
              custody run                      # writes out/xunyang-2023/*.csv
              custody init my-study            # copies the scenario and ledger to edit

            Exit status: 0 success; 1 a file could not be read or written; 2 the input has \
            errors (each printed as FILE:LINE:COLUMN: error: …); 3 a solver (breakeven, subsidy) \
            found no answer for some row (the file is still written); 64 the command line is wrong.
            """,
        version: Manifest.toolkitVersion,
        subcommands: [RunCommand.self, ValidateCommand.self, ParamsCommand.self, InitCommand.self,
                      BreakevenCommand.self, SubsidyCommand.self, CompareCommand.self,
                      AllocateCommand.self, ShareCommand.self, RolloutCommand.self, ReportCommand.self,
                      SweepCommand.self, MergeCommand.self, SensitivityCommand.self]
    )
}
