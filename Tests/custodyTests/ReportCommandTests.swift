import Foundation
import Testing

/// `report` and `run --report`, run as a user would on the bundled scenario.
struct ReportCommandTests {
    let scenario = CommandRunner.repository.appendingPathComponent("scenarios/xunyang-2023.toml").path

    @Test func runWithReportWritesThePageBesideItsTables() throws {
        let work = CommandRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: work) }
        let outcome = try CommandRunner.run(["run", scenario, "--out", "o", "--report"], in: work)
        #expect(outcome.status == 0, "\(outcome.stderr)")
        #expect(outcome.stderr.contains("Wrote o/report.html (3 charts)"))
        let html = try String(contentsOf: work.appendingPathComponent("o/report.html"), encoding: .utf8)
        for id in ["chart-monthly-cumulative", "chart-summary-self-sufficiency", "chart-streets-money"] {
            #expect(html.contains("id=\"\(id)\""))
        }
        #expect(!html.contains("chart-rollout-coverage") && html.contains("湓浦"))
    }

    @Test func reportDrawsWhatTheFolderHoldsAndWritesWhereOutSays() throws {
        let work = CommandRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: work) }
        #expect(try CommandRunner.run(["rollout", scenario, "--out", "o"], in: work).status == 0)
        let outcome = try CommandRunner.run(["report", "o", "--out", "pages/xunyang.html"], in: work)
        #expect(outcome.status == 0, "\(outcome.stderr)")
        let html = try String(contentsOf: work.appendingPathComponent("pages/xunyang.html"), encoding: .utf8)
        #expect(html.contains("id=\"chart-rollout-coverage\"") && html.contains("id=\"chart-rollout-subsidy\""))
        #expect(!html.contains("chart-monthly-cumulative"))
        #expect(html.contains("Every compound of the district is under management from 2023-11"))
        #expect(!FileManager.default.fileExists(atPath: work.appendingPathComponent("o/report.html").path))
    }

    @Test func aFolderWithNothingToChartExitsTwo() throws {
        let work = CommandRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: work) }
        let empty = try CommandRunner.run(["report", "."], in: work)
        #expect(empty.status == 2 && empty.stderr.contains("no CSV file to chart"))
        let missing = try CommandRunner.run(["report", "nowhere"], in: work)
        #expect(missing.status == 1 && missing.stderr.contains("nowhere: error: no such folder"))
    }
}
