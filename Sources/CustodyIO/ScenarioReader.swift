import CustodyModel
import TOML
import Foundation

/// Validates a parsed scenario document and builds the ``Scenario`` (MODEL §2), collecting
/// every error and warning with its position instead of stopping at the first.
///
/// The work is split by table: this file holds the state, the position and message helpers
/// and `[scenario]`; the extensions read parameters (`+Parameters`), areas and their compounds
/// (`+Areas`) and `[[sweep]]` tables (`+Sweeps`).
struct ScenarioReader {
    typealias Path = TOMLPath

    /// The scenario's path as the caller gave it (messages name it).
    let file: String
    /// The parsed file, which locates every key and value.
    let document: TOMLDocument
    private(set) var diagnostics: [Diagnostic] = []

    init(file: String, document: TOMLDocument) {
        self.file = file
        self.document = document
    }

    /// What reading produced: the scenario when there was no error, and the ledger's files.
    struct Outcome {
        var scenario: Scenario?
        var ledgerPath: String?
        var ledgerData: Data?
        var ledger: Ledger?
    }

    /// The `[scenario]` table's values, each nil when missing or invalid.
    struct Header {
        var name: String?
        var start: YearMonth?
        var months: Int?
        var discountRate = 0.04
        var deadline: YearMonth?
        var ledger: String?

        /// The last simulated month, when start and months are valid.
        var end: YearMonth? {
            guard let start, let months else { return nil }
            return start.adding(months: months - 1)
        }
    }

    static let topLevelKeys = ["scenario", "params", "modes", "area", "sweep"]
    static let scenarioKeys = ["name", "start", "months", "discount_rate", "deadline", "ledger"]

    /// Reads the whole document.
    ///
    /// - Parameters:
    ///   - root: the document's root table.
    ///   - readLedger: reads the ledger at a path (the scenario's folder joined with
    ///     `[scenario] ledger`).
    mutating func read(_ root: TOMLTable, readLedger: (String) throws -> Data) -> Outcome {
        for key in root.keys.sorted() where !Self.topLevelKeys.contains(key) {
            let message: String
            if ParameterCatalog.spec(named: key) != nil {
                message = "parameter \(key) is outside any table; put it under [params] (or [modes.<mode>], [area.params])"
            } else {
                message = "unknown key `\(key)` at the top level\(Self.suggestion(for: key, among: Self.topLevelKeys))"
                    + " (known tables: [scenario], [params], [modes.<mode>], [[area]], [[sweep]])"
            }
            error(message, at: document.keyPosition(of: [.key(key)]))
        }
        var outcome = Outcome()
        let header = readHeader(root["scenario"])
        var params: ParameterAssignments = [:]
        if let node = root["params"], let t = table(node, at: [.key("params")], named: "params", header: "[params]") {
            params = parameters(in: t, at: [.key("params")], level: "[params]")
        }
        let modes = readModes(root["modes"])

        var ledger: Ledger?
        if let name = header.ledger {
            let path = ScenarioLoader.ledgerPath(name, relativeTo: file)
            outcome.ledgerPath = path
            do {
                let data = try readLedger(path)
                outcome.ledgerData = data
                ledger = LedgerLoader.load(data, file: path)
            } catch {
                ledger = Ledger(isUnreadable: true)
                self.error("cannot read the ledger \"\(path)\": \(Self.reason(error)) "
                           + "(the ledger path is relative to the scenario file's folder)",
                           at: document.position(of: [.key("scenario"), .key("ledger")]))
            }
        }
        outcome.ledger = ledger

        let areas = readAreas(root["area"], header: header, ledger: ledger)
        let sweeps = readSweeps(root["sweep"], modes: modes, areas: areas)

        let failed = diagnostics.containsError || (ledger?.diagnostics.containsError ?? false)
        if !failed, let name = header.name, let start = header.start, let months = header.months {
            outcome.scenario = Scenario(name: name, start: start, months: months, discountRate: header.discountRate,
                                        deadline: header.deadline, params: params, modes: modes,
                                        areas: areas.compactMap(\.area), sweeps: sweeps)
        }
        return outcome
    }

    // MARK: - [scenario]

    mutating func readHeader(_ node: TOMLValue?) -> Header {
        var header = Header()
        let path: Path = [.key("scenario")]
        guard let node else {
            error("missing [scenario] table: add [scenario] with name, start (\"YYYY-MM\") and months", at: .start)
            return header
        }
        guard let t = table(node, at: path, named: "scenario", header: "[scenario]") else { return header }
        checkKeys(t, at: path, allowed: Self.scenarioKeys, in: "[scenario]",
                  parameterAdvice: "put parameters under [params]")
        header.name = string(t, "name", at: path, in: "[scenario]", example: "name = \"Xunyang 2023\"")
        if header.name?.isEmpty == true {
            error("name must not be empty", at: document.position(of: path + [.key("name")]))
            header.name = nil
        }
        header.start = month(t, "start", at: path, in: "[scenario]", example: "start = \"2023-06\"")
        if let months = integer(t, "months", at: path, in: "[scenario]", example: "months = 36") {
            if (1...600).contains(months) {
                header.months = months
            } else {
                error("months (\(months)) must be between 1 and 600", at: document.position(of: path + [.key("months")]))
            }
        }
        if let rate = number(t, "discount_rate", at: path, required: false) {
            if rate > -1 && rate <= 1 {
                header.discountRate = rate
            } else {
                error("discount_rate (\(TOMLValue.show(rate))) must be greater than -1 and at most 1 (0.04 is 4 % a year)",
                      at: document.position(of: path + [.key("discount_rate")]))
            }
        }
        header.deadline = month(t, "deadline", at: path, required: false)
        header.ledger = string(t, "ledger", at: path, required: false)
        if header.ledger?.isEmpty == true {
            error("ledger must be a file name, e.g. ledger = \"ledger.csv\"; remove the key if there is no ledger",
                  at: document.position(of: path + [.key("ledger")]))
            header.ledger = nil
        }
        return header
    }

    // MARK: - Reporting

    mutating func error(_ message: String, at position: TOMLPosition) {
        diagnostics.append(.error(message, file: file, line: position.line, column: position.column))
    }

    mutating func warning(_ message: String, at position: TOMLPosition) {
        diagnostics.append(.warning(message, file: file, line: position.line, column: position.column))
    }

    /// `; did you mean `x`?` when a candidate is close to `name`, else nothing.
    static func suggestion(for name: String, among candidates: [String]) -> String {
        NameDistance.nearest(to: name, among: candidates).map { "; did you mean `\($0)`?" } ?? ""
    }

    /// The line of a path's value, for "at line N" references.
    func line(of path: Path) -> Int { document.position(of: path).line }

    /// Why reading a file failed, in words.
    static func reason(_ error: any Error) -> String {
        if let problem = error as? FileProblem { return problem.description }
        return (error as NSError).localizedDescription
    }

    // MARK: - Typed access

    /// Reports keys of `t` not in `allowed`, suggesting the nearest; a parameter name gets
    /// `parameterAdvice` instead.
    mutating func checkKeys(_ t: TOMLTable, at path: Path, allowed: [String], in place: String,
                            parameterAdvice: String? = nil) {
        for key in t.keys.sorted() where !allowed.contains(key) {
            var message = "unknown key `\(key)` in \(place)"
            if let parameterAdvice, ParameterCatalog.spec(named: key) != nil {
                message = "parameter \(key) cannot be set in \(place); \(parameterAdvice)"
            } else {
                message += Self.suggestion(for: key, among: allowed)
                    + " (known keys: \(allowed.joined(separator: ", ")))"
            }
            error(message, at: document.keyPosition(of: path + [.key(key)]))
        }
    }

    /// `node` as a table, or an error saying how to write one.
    mutating func table(_ node: TOMLValue, at path: Path, named name: String, header: String) -> TOMLTable? {
        if case .table(let t) = node.kind { return t }
        error("\(name) must be a table, written \(header), got \(node.shown)", at: document.position(of: path))
        return nil
    }

    /// `node` as an array of tables (`[[name]]`), or an error; elements that are not tables are
    /// reported and come back nil.
    mutating func arrayOfTables(_ node: TOMLValue, at path: Path, named name: String) -> [TOMLTable?] {
        guard case .array(let items) = node.kind else {
            if case .table = node.kind {
                error("\(name) must be written [[\(name)]] (an array of tables), not [\(name)]", at: document.position(of: path))
            } else {
                error("\(name) must be an array of tables written [[\(name)]], got \(node.shown)", at: document.position(of: path))
            }
            return []
        }
        return items.enumerated().map { k, item in
            if case .table(let t) = item.kind { return t }
            error("each \(name) must be a table, got \(item.shown)", at: document.position(of: path + [.index(k)]))
            return nil
        }
    }

    /// A missing required key: reported at its table, with an example of how to add it.
    mutating func missing(_ key: String, at path: Path, in place: String, example: String?) {
        let fix = example.map { ": add \($0)" } ?? ""
        error("\(place) is missing the required key `\(key)`\(fix)", at: document.position(of: path))
    }

    /// The value of `key` in table `t` (at `path`) converted by `convert`; nil after reporting
    /// when a required key is missing (at its table) or `convert` refuses the value (at the
    /// value, with the reason it gives).
    private mutating func typed<T>(_ t: TOMLTable, _ key: String, at path: Path, required: Bool,
                                   in place: String, example: String?,
                                   _ convert: (TOMLValue) -> Result<T, TypeProblem>) -> T? {
        guard let node = t[key] else {
            if required { missing(key, at: path, in: place, example: example) }
            return nil
        }
        switch convert(node) {
        case .success(let value): return value
        case .failure(let problem):
            error("\(key) must be \(problem.expectation)", at: document.position(of: path + [.key(key)]))
            return nil
        }
    }

    /// A string value; nil (after reporting) when absent or of another type.
    mutating func string(_ t: TOMLTable, _ key: String, at path: Path, required: Bool = true,
                         in place: String = "", example: String? = nil) -> String? {
        typed(t, key, at: path, required: required, in: place, example: example) { node in
            if case .string(let s) = node.kind { return .success(s) }
            return .failure(TypeProblem("text in quotes, got \(node.shown)"))
        }
    }

    /// A whole number, written as a TOML integer or an integral float.
    mutating func integer(_ t: TOMLTable, _ key: String, at path: Path, required: Bool = true,
                          in place: String = "", example: String? = nil) -> Int? {
        typed(t, key, at: path, required: required, in: place, example: example) { node in
            switch node.kind {
            case .integer(let n): return .success(Int(n))
            case .float(let x) where x.isFinite && x.rounded() == x && abs(x) < 1e15: return .success(Int(x))
            default: return .failure(TypeProblem("a whole number, got \(node.shown)"))
            }
        }
    }

    /// A finite number.
    mutating func number(_ t: TOMLTable, _ key: String, at path: Path, required: Bool = true,
                         in place: String = "", example: String? = nil) -> Double? {
        typed(t, key, at: path, required: required, in: place, example: example) { node in
            guard let x = node.number else { return .failure(TypeProblem("a number, got \(node.shown)")) }
            guard x.isFinite else { return .failure(TypeProblem("a finite number, got \(TOMLValue.show(x))")) }
            return .success(x)
        }
    }

    /// A `"YYYY-MM"` month.
    mutating func month(_ t: TOMLTable, _ key: String, at path: Path, required: Bool = true,
                        in place: String = "", example: String? = nil) -> YearMonth? {
        typed(t, key, at: path, required: required, in: place, example: example) { node in
            if case .string(let s) = node.kind, let month = YearMonth(s) { return .success(month) }
            return .failure(TypeProblem("a month written \"YYYY-MM\" (e.g. \"2023-06\"), got \(node.shown)"))
        }
    }
}

/// Why a value has the wrong type, phrased to follow "KEY must be".
struct TypeProblem: Error {
    var expectation: String
    init(_ expectation: String) { self.expectation = expectation }
}

/// A file that could not be read, in words for a diagnostic.
struct FileProblem: Error, CustomStringConvertible {
    var description: String
}
