import Foundation
import Testing
@testable import CustodyIO

/// A small valid ledger: three compounds in two streets.
let smallLedger = """
id,name,street,households,floor_area_m2,enclosable
A-1,一号院,湓浦,100,8000,no
A-2,二号院,湓浦,50,4000,yes
A-3,三号院,甘棠,80,6000,no

"""

/// A small valid scenario over ``smallLedger``; `extra` is appended at the end.
func smallScenario(_ extra: String = "", area: String = "", params: String = "") -> String {
    """
    [scenario]
    name = "test"
    start = "2023-06"
    months = 12
    ledger = "ledger.csv"

    [params]
    \(params)

    [[area]]
    id = "a"
    street = "湓浦"
    mode = "merged-custody"
    provider = "new"
    compounds = ["A-1", "A-2"]
    \(area)

    \(extra)
    """
}

/// Loads `toml` as `s.toml`, with `ledger` (if any) as the file `ledger.csv` beside it.
func load(_ toml: String, ledger: String? = smallLedger) throws(InputError) -> LoadedScenario {
    try ScenarioLoader.load(data: Data(toml.utf8), path: "s.toml") { path in
        guard path == "ledger.csv", let ledger else { throw FileProblem(description: "no such file") }
        return Data(ledger.utf8)
    }
}

/// The diagnostics of a load that must fail (an issue is recorded if it succeeds).
func failures(_ toml: String, ledger: String? = smallLedger,
              sourceLocation: SourceLocation = #_sourceLocation) -> [String] {
    do {
        let loaded = try load(toml, ledger: ledger)
        Issue.record("expected errors, got a scenario with \(loaded.scenario.areas.count) areas", sourceLocation: sourceLocation)
        return []
    } catch {
        return error.diagnostics.map(\.description)
    }
}

/// The line and column (1-based, in Unicode scalars) where the `occurrence`th `needle` starts.
func position(of needle: String, in text: String, occurrence: Int = 1) -> String {
    var seen = 0
    for (n, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
        var rest = Substring(line)
        var offset = 0
        while let range = rest.range(of: needle) {
            seen += 1
            let column = offset + rest[..<range.lowerBound].unicodeScalars.count + 1
            if seen == occurrence { return "\(n + 1):\(column)" }
            offset = column
            rest = rest[rest.index(after: range.lowerBound)...]
        }
    }
    return "not found"
}

/// Expects that `toml` fails with exactly one error, `s.toml:<position of marker>: error: message`.
func expectOnlyError(_ toml: String, at marker: String, occurrence: Int = 1, _ message: String,
                     ledger: String? = smallLedger, sourceLocation: SourceLocation = #_sourceLocation) {
    let found = failures(toml, ledger: ledger, sourceLocation: sourceLocation).filter { $0.contains(": error: ") }
    let expected = "s.toml:\(position(of: marker, in: toml, occurrence: occurrence)): error: \(message)"
    #expect(found == [expected], sourceLocation: sourceLocation)
}

/// A fresh temporary folder.
func temporaryFolder() throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("custody-io-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
}
