import CustodyModel
import Foundation
import TOML

/// Reads a scenario file (TOML, MODEL §2) and its compound ledger (CSV, MODEL §3) into a
/// validated ``LoadedScenario``.
///
/// Every problem in either file is reported, not only the first, compiler style and in file,
/// line, column order:
///
/// ```
/// scenarios/x.toml:12:21: error: collection_target (1.4) must be between 0 and 1
/// scenarios/x.toml:15:1: error: unknown parameter `fee_rat` in [params]; did you mean `fee_rate`?
/// scenarios/x-ledger.csv:7:5: error: households must be a whole number ≥ 1, got "abc"
/// ```
///
/// The TOML reader gives every key and value its position, so that each message points at the
/// place to mend.
public enum ScenarioLoader {
    /// Reads and validates the scenario at `path` and the ledger it names.
    ///
    /// - Parameter path: the scenario file; diagnostics spell it as given. The ledger path in
    ///   `[scenario] ledger` is relative to this file's folder.
    /// - Returns: the scenario, with any warnings.
    /// - Throws: ``InputError`` with every error and warning when there is any error.
    public static func load(path: String) throws(InputError) -> LoadedScenario {
        let data: Data
        do {
            data = try readFile(path)
        } catch {
            let message = "cannot read the scenario file: \(ScenarioReader.reason(error))"
            throw InputError(diagnostics: [Diagnostic(file: path, line: 0, column: 0, severity: .error, message: message)])
        }
        return try load(data: data, path: path, readLedger: readFile)
    }

    /// Validates a scenario given as bytes, e.g. one embedded in the binary.
    ///
    /// - Parameters:
    ///   - data: the scenario file's bytes.
    ///   - path: the name diagnostics give the file, and the base of the ledger's path.
    ///   - readLedger: returns the bytes of the ledger at a path (the folder of `path` joined
    ///     with `[scenario] ledger`); what it throws becomes an error at the `ledger` value.
    /// - Throws: ``InputError`` with every error and warning when there is any error.
    public static func load(data: Data, path: String,
                            readLedger: (String) throws -> Data) throws(InputError) -> LoadedScenario {
        let (text, encoding) = try TextDecoding.decode(data, file: path)
        let document: TOMLDocument
        do {
            document = try TOMLDocument(text: text)
        } catch {
            throw InputError(diagnostics: [.error(error.message, file: path, line: error.position.line,
                                                  column: error.position.column)])
        }
        var reader = ScenarioReader(file: path, document: document)
        let outcome = reader.read(document.table, readLedger: readLedger)
        let diagnostics = (reader.diagnostics + (outcome.ledger?.diagnostics ?? [])).sortedForPrinting()
        guard let scenario = outcome.scenario, !diagnostics.containsError else {
            throw InputError(diagnostics: diagnostics)
        }
        var rows: [String: Int] = [:]
        if let ledger = outcome.ledger {
            for (compound, row) in zip(ledger.compounds, ledger.rows) { rows[compound.id] = row }
        }
        return LoadedScenario(scenario: scenario, warnings: diagnostics, scenarioPath: path, scenarioData: data,
                              scenarioEncoding: encoding, ledgerPath: outcome.ledgerPath,
                              ledgerData: outcome.ledgerData, ledgerEncoding: outcome.ledger?.encoding,
                              ledgerRows: rows)
    }

    /// The ledger's path: `ledger` itself when absolute, else joined to the folder of
    /// `scenarioPath` (`scenarios/x.toml` + `x.csv` = `scenarios/x.csv`).
    static func ledgerPath(_ ledger: String, relativeTo scenarioPath: String) -> String {
        if ledger.hasPrefix("/") { return ledger }
        guard let slash = scenarioPath.lastIndex(of: "/") else { return ledger }
        return String(scenarioPath[...slash]) + ledger
    }

    /// A file's bytes, with a plain reason when it is missing.
    static func readFile(_ path: String) throws -> Data {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw FileProblem(description: "no such file")
        }
        if isDirectory.boolValue { throw FileProblem(description: "it is a folder, not a file") }
        return try Data(contentsOf: URL(fileURLWithPath: path))
    }
}
