import Foundation
import Testing

/// Every example message of the README's error catalogue is what the built binary prints for a
/// small input, with the exit status the catalogue gives; and the catalogue holds no other.
@Suite
struct ErrorCatalogueTests {
    /// One input error: the files written into a fresh folder, the command run there, and what
    /// it must print on standard error and return.
    struct Example: CustomTestStringConvertible, Sendable {
        var files: [String: [UInt8]]
        var arguments: [String]
        var status: Int32
        var message: String
        var testDescription: String { message }
    }

    static let bundled = CommandRunner.repository.appendingPathComponent("scenarios/xunyang-2023.toml").path

    /// `x.toml`: one area `a` of one inline compound `C1`; `top` goes on line 5 (after the
    /// `[scenario]` table), `area` on line 11 (after the area's keys).
    static func scenario(top: String = "", area: String = "", provider: String = "new") -> [String: [UInt8]] {
        let toml = """
            [scenario]
            name = "x"
            start = "2023-06"
            months = 12
            \(top)
            [[area]]
            id = "a"
            street = "s"
            mode = "merged-custody"
            provider = "\(provider)"
            \(area)
            [[area.compound]]
            id = "C1"
            households = 10
            floor_area_m2 = 800
            enclosable = false

            """
        return ["x.toml": Array(toml.utf8)]
    }

    /// `x.toml` whose area `a` takes compound `C1` from `ledger.csv`, which holds `csv`.
    static func ledger(_ csv: String) -> [String: [UInt8]] {
        let toml = """
            [scenario]
            name = "x"
            start = "2023-06"
            months = 12
            ledger = "ledger.csv"

            [[area]]
            id = "a"
            street = "s"
            mode = "merged-custody"
            provider = "new"
            compounds = ["C1"]

            """
        return ["x.toml": Array(toml.utf8), "ledger.csv": Array(csv.utf8)]
    }

    static func validate(_ files: [String: [UInt8]], _ message: String) -> Example {
        Example(files: files, arguments: ["validate", "x.toml"], status: 2, message: message)
    }

    static let header = "id,street,households,floor_area_m2,enclosable\n"

    static let areas = """
        [scenario]
        name = "x"
        start = "2023-06"
        months = 12

        [[area]]
        id = "a"
        street = "s"
        mode = "merged-custody"
        provider = "new"
        compounds = ["C1"]

        [[area.compound]]
        id = "C1"
        households = 10
        floor_area_m2 = 800
        enclosable = false

        [[area]]
        id = "a"
        street = "s"
        mode = "merged-custody"
        provider = "new"
        compounds = ["C1"]

        [[area]]
        id = "b"
        street = "s"
        mode = "merged-custody"
        provider = "new"

        """

    static let examples: [Example] = [
        Example(files: [:], arguments: ["validate", "nowhere.toml"], status: 2,
                message: "nowhere.toml: error: cannot read the scenario file: no such file"),
        validate(["x.toml": [0x81, 0x20, 0xFF]],
                 "x.toml:1:1: error: the file is neither UTF-8 nor GB18030 (GBK) text; open it in a text editor or Excel and save it as UTF-8 (Excel: \"CSV UTF-8\")"),
        validate(scenario(top: "[params\n"),
                 "x.toml:5:8: error: the table header [params is not closed: end it with `]`"),
        validate(["x.toml": Array("[scenario]\nname = \"x\"\nstart = \"2023-06\"\n".utf8)],
                 "x.toml:1:1: error: [scenario] is missing the required key `months`: add months = 36"),
        validate(["x.toml": Array("[scenario]\nname = \"x\"\nstart = \"2023-06\"\nmonths = 12\n".utf8)],
                 "x.toml:1:1: error: the scenario has no areas: add at least one [[area]] with id, street, mode, provider and compounds"),
        validate(scenario(top: "[params]\nfee_rte = 0.3"),
                 "x.toml:6:1: error: unknown parameter `fee_rte` in [params]; did you mean `fee_rate`?"),
        validate(scenario(top: "[params]\nfee_rate = \"cheap\""),
                 "x.toml:6:12: error: fee_rate must be a number, got the text \"cheap\""),
        validate(scenario(top: "[params]\ncollection_target = 1.4"),
                 "x.toml:6:21: error: collection_target (1.4) must be between 0 and 1"),
        validate(scenario(top: "[params]\nfee_rate = nan"),
                 "x.toml:6:12: error: fee_rate must be a finite number, got nan"),
        validate(scenario(provider: "private"),
                 "x.toml:10:12: error: unknown provider \"private\" (provider is one of new, restructured, introduced)"),
        validate(scenario(top: "[modes.merged-custdy]\nfee_rate = 0.3"),
                 "x.toml:5:8: error: unknown mode `merged-custdy` in [modes.merged-custdy]; did you mean `merged-custody`? (modes: market-selection, self-management, merged-custody, nearby-takeover)"),
        validate(scenario(area: "takeover = \"2022-01\""),
                 "x.toml:11:12: error: takeover (2022-01) is before the scenario's start (2023-06); use 2023-06 or later"),
        validate(["x.toml": Array(areas.utf8)],
                 "x.toml:20:6: error: duplicate area id \"a\": the [[area]] at line 6 has it already; area ids must be unique"),
        validate(["x.toml": Array(areas.utf8)],
                 "x.toml:24:14: error: compound \"C1\" is already in area \"a\" (line 14); a compound belongs to one area"),
        validate(["x.toml": Array(areas.utf8)],
                 "x.toml:26:1: error: area \"b\" has no compounds: list ledger ids in compounds = [...] or add [[area.compound]] tables"),
        validate(scenario(area: "compounds = [\"PP-404\"]"),
                 "x.toml:11:14: error: unknown compound \"PP-404\": the scenario has no ledger ([scenario] ledger = \"…\") and no [[area.compound]] of area \"a\" has this id"),
        validate(scenario(area: "\n[[sweep]]\nparam = \"fee_rate\"\ndist = \"unifrom\"\nmin = 0.2\nmax = 0.4"),
                 "x.toml:14:8: error: unknown dist \"unifrom\"; did you mean `uniform`? (dist is one of uniform, normal, lognormal, beta, triangular, pert)"),
        validate(ledger(header + "C1,s,10,800,no\n").filter { $0.key == "x.toml" },
                 "x.toml:5:10: error: cannot read the ledger \"ledger.csv\": no such file (the ledger path is relative to the scenario file's folder)"),
        validate(ledger(""),
                 "ledger.csv:1:1: error: the ledger is empty: it needs a header row naming the columns id, street, households, floor_area_m2, enclosable"),
        validate(ledger("小区,街道\n一号院,湓浦\n"),
                 "ledger.csv:1:1: error: no row names the column id (or 编号, 小区编号), so the ledger has no header row: put one naming the columns id (编号), street (街道), households (户数), floor_area_m2 (建筑面积), enclosable (能否围合) above the compounds; its first row has 小区, 街道"),
        validate(ledger("id,street,households,floor_area_m2\nC1,s,10,800\n"),
                 "ledger.csv:1:1: error: required column enclosable (能否围合) is missing from the header row, which has id, street, households, floor_area_m2"),
        validate(ledger("id,street,households,floor_area_m2,enclosable,id\nC1,s,10,800,no,C1\n"),
                 "ledger.csv:1:6: error: duplicate column id: column 1 has the same name; keep one of them"),
        validate(ledger(header + "C1,s,10,800\n"),
                 "ledger.csv:2:5: error: row has 4 fields but the header has 5 columns; add the missing cells, even if empty"),
        validate(ledger(header + "C1,s,abc,800,no\n"),
                 "ledger.csv:2:3: error: households must be a whole number ≥ 1, got \"abc\""),
        validate(ledger(header + "C1,s,10,0,no\n"),
                 "ledger.csv:2:4: error: floor_area_m2 must be a number > 0, got \"0\""),
        validate(ledger(header + "C1,s,10,800,maybe\n"),
                 "ledger.csv:2:5: error: enclosable must be yes or no (or true/false, 1/0, 是/否), got \"maybe\""),
        validate(ledger(header + "C1,s,10,800,no\nC1,s,10,800,no\n"),
                 "ledger.csv:3:1: error: duplicate id \"C1\": row 2 has it already; each compound needs its own id"),
        validate(ledger(header + "\"C1,s,10,800,no\n"),
                 "ledger.csv:2:1: error: unterminated quote: the quoted field that opens here has no closing quote; add the closing \" (a quote inside a quoted field is written \"\")"),
        Example(files: [:], arguments: ["breakeven", bundled, "--param", "reward_month"], status: 2,
                message: "error: `reward_month` is a whole number, not a real number: breakeven solves for real-valued parameters (fee_rate, collection_target, cleaner_households, subsidy_per_m2, …)."),
        Example(files: [:], arguments: ["run", "--bogus"], status: 64,
                message: "Error: Unknown option '--bogus'. Did you mean '--out'?"),
        Example(files: [:], arguments: ["run", bundled, "--out", "/proc/custody"], status: 1,
                message: "/proc/custody: error: cannot write: cannot create the folder: No such file or directory"),
        Example(files: [:], arguments: ["breakeven", bundled, "--param", "fee_rate", "--lo", "5", "--hi", "6",
                                        "--area", "penpu-s1", "--out", "o"], status: 3,
                message: "Break-even fee_rate for npv = 0 on [5, 6]: 0 of 1 solved; not solved: penpu-s1 (no-sign-change)."),
    ]

    /// The lines of the fenced blocks in README's "Error catalogue" section.
    static func catalogue() throws -> [String] {
        let readme = try String(contentsOf: CommandRunner.repository.appendingPathComponent("README.md"), encoding: .utf8)
        guard let start = readme.range(of: "\n## Error catalogue\n") else { return [] }
        let section = readme[start.upperBound...].components(separatedBy: "\n## ")[0]
        var inside = false, lines: [String] = []
        for line in section.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("```") { inside.toggle() } else if inside { lines.append(String(line)) }
        }
        return lines
    }

    @Test(arguments: examples)
    func exampleIsWhatTheBinaryPrints(_ example: Example) throws {
        let work = CommandRunner.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: work) }
        for (name, bytes) in example.files { try Data(bytes).write(to: work.appendingPathComponent(name)) }
        let outcome = try CommandRunner.run(example.arguments, in: work)
        #expect(outcome.status == example.status)
        #expect(outcome.stderr.split(separator: "\n").contains { $0 == example.message }, "\(outcome.stderr)")
    }

    @Test func readmeCataloguesExactlyTheCheckedExamples() throws {
        let lines = try Self.catalogue()
        #expect(lines == Self.examples.map(\.message))
    }
}
