import Foundation
import Testing

/// Inputs from `scripts/large-inputs.sh`, small enough for the suite: the 20,000-compound and
/// 100 MB cases are measured by hand with release builds (see the script).
@Suite(.serialized)
struct LargeInputTests {
    /// Runs the generator into `folder` with `arguments` after the folder.
    func generate(in folder: URL, _ arguments: [String]) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = [CommandRunner.repository.appendingPathComponent("scripts/large-inputs.sh").path, folder.path]
            + arguments
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
    }

    @Test func aBrokenRowDeepInALargeLedgerIsReportedByRowAndColumn() throws {
        let work = CommandRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: work) }
        try generate(in: work, ["20000", "200", "12", "17321"])
        let outcome = try CommandRunner.run(["validate", "large.toml"], in: work)
        #expect(outcome.status == 2)
        #expect(outcome.stderr.hasPrefix("large-ledger.csv:17321:5: error: households must be a whole number ≥ 1, got \"abc\"\n"),
                "\(outcome.stderr.prefix(500))")
    }

    @Test func aScenarioOf600MonthsRuns() throws {
        let work = CommandRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: work) }
        try generate(in: work, ["60", "6", "600"])
        let outcome = try CommandRunner.run(["run", "large.toml", "--out", "o"], in: work)
        #expect(outcome.status == 0, "\(outcome.stderr)")
        let monthly = try String(contentsOf: work.appendingPathComponent("o/monthly.csv"), encoding: .utf8)
        let rows = monthly.split(separator: "\r\n")
        #expect(rows.count == 1 + 6 * 600)
        #expect(rows.last?.hasPrefix("area-5,600,2073-05,") == true, "\(rows.last ?? "")")
        let summary = try String(contentsOf: work.appendingPathComponent("o/summary.csv"), encoding: .utf8)
        #expect(!summary.lowercased().contains("nan") && !summary.lowercased().contains("inf"))
    }
}
