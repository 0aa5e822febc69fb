import CustodyModel
import Foundation

/// A validated scenario with the files it came from: what a command runs on and what its
/// manifest records.
public struct LoadedScenario: Sendable {
    /// The validated scenario, every ledger compound resolved into its area.
    public var scenario: Scenario
    /// Warnings (shadowed sweeps, unknown ledger columns, …) in print order; errors never
    /// reach here, they are thrown.
    public var warnings: [Diagnostic]
    /// The scenario's path as the caller gave it.
    public var scenarioPath: String
    /// The scenario file's bytes, as read (for the manifest's SHA-256).
    public var scenarioData: Data
    /// The encoding the scenario file was found in.
    public var scenarioEncoding: TextEncoding
    /// The ledger's path: the scenario's folder joined with `[scenario] ledger`; nil without one.
    public var ledgerPath: String?
    /// The ledger file's bytes, as read (for the manifest's SHA-256).
    public var ledgerData: Data?
    /// The encoding the ledger was found in (GB18030 when Excel saved it on Chinese Windows).
    public var ledgerEncoding: TextEncoding?
    /// The spreadsheet row of each compound read from the ledger, for later messages.
    public var ledgerRows: [String: Int]

    /// Bundles a scenario with its files; ``ScenarioLoader`` is the usual way to get one.
    public init(scenario: Scenario, warnings: [Diagnostic] = [], scenarioPath: String, scenarioData: Data,
                scenarioEncoding: TextEncoding = .utf8, ledgerPath: String? = nil, ledgerData: Data? = nil,
                ledgerEncoding: TextEncoding? = nil, ledgerRows: [String: Int] = [:]) {
        self.scenario = scenario
        self.warnings = warnings
        self.scenarioPath = scenarioPath
        self.scenarioData = scenarioData
        self.scenarioEncoding = scenarioEncoding
        self.ledgerPath = ledgerPath
        self.ledgerData = ledgerData
        self.ledgerEncoding = ledgerEncoding
        self.ledgerRows = ledgerRows
    }
}
