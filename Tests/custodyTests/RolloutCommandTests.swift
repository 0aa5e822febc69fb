import Foundation
import Testing

/// `rollout` run as a user would.
struct RolloutCommandTests {
    @Test func theBundledScenarioIsFullyManagedByItsDeadline() throws {
        let work = CommandRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: work) }
        let scenario = CommandRunner.repository.appendingPathComponent("scenarios/xunyang-2023.toml").path
        let outcome = try CommandRunner.run(["rollout", scenario, "--out", "o"], in: work)
        #expect(outcome.status == 0, "\(outcome.stderr)")
        let text = try String(contentsOf: work.appendingPathComponent("o/rollout.csv"), encoding: .utf8)
        let lines = text.split(separator: "\r\n").map { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) }
        #expect(lines[0] == ["period", "street", "compounds", "compounds_managed", "households", "households_managed",
                             "coverage", "subsidy", "late"])
        // The scenario's deadline is 2023-12, its horizon 36 months from 2023-06: 6 rows a month.
        #expect(lines.count == 1 + 36 * 6)
        let atDeadline = lines.first { $0[0] == "2023-12" && $0[1] == "district" }!
        #expect(atDeadline[6] == "1" && atDeadline[8] == "0")
        #expect(lines.dropFirst().allSatisfy { $0[8] == "0" })
        #expect(!outcome.stderr.contains("after the deadline"))
    }

    @Test func aLateCompoundIsNamedOnStandardErrorWithItsStreet() throws {
        let work = CommandRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: work) }
        try CommandRunner.writeOneAreaScenario("late", in: work, sections: "deadline = \"2023-07\"",
                                               areaSections: "takeover = \"2023-09\"")
        let outcome = try CommandRunner.run(["rollout", "late.toml", "--out", "o"], in: work)
        #expect(outcome.status == 0, "\(outcome.stderr)")
        #expect(outcome.stderr.contains("1 compound managed after the deadline 2023-07:"))
        #expect(outcome.stderr.contains("C1, street 湓浦, area a, from 2023-09"))
        let text = try String(contentsOf: work.appendingPathComponent("o/rollout.csv"), encoding: .utf8)
        let late = text.split(separator: "\r\n").dropFirst().filter { $0.contains(",district,") }.map { $0.split(separator: ",").last! }
        // 2023-06 … 2023-07 up to the deadline, 2023-08 late, managed from 2023-09.
        #expect(late.prefix(4) == ["0", "0", "1", "0"])
    }
}
