/// One message about an input file, located compiler style: `FILE:LINE:COLUMN: error: MESSAGE`.
///
/// Lines and columns are 1-based. In a scenario file the column counts Unicode scalars from
/// the start of the line; in a ledger the line is the spreadsheet row (the header is row 1)
/// and the column is the 1-based index of the field. A diagnostic about a whole file (one that
/// cannot be read at all) has line and column 0 and prints as `FILE: error: MESSAGE`.
public struct Diagnostic: Sendable, Equatable, CustomStringConvertible {
    /// How bad it is: an error stops the run, a warning is printed and the run goes on.
    public enum Severity: String, Sendable {
        case error, warning
    }

    /// The path of the file, as the caller spelled it.
    public var file: String
    /// 1-based line (a ledger's spreadsheet row); 0 for a message about the whole file.
    public var line: Int
    /// 1-based column (a ledger's field index); 0 for a message about the whole file.
    public var column: Int
    public var severity: Severity
    /// States the offending value and the fix, e.g. `collection_target (1.4) must be between 0 and 1`.
    public var message: String

    /// A diagnostic at `line`:`column` of `file`.
    public init(file: String, line: Int, column: Int, severity: Severity, message: String) {
        self.file = file
        self.line = line
        self.column = column
        self.severity = severity
        self.message = message
    }

    /// An error at `line`:`column` of `file`.
    static func error(_ message: String, file: String, line: Int, column: Int) -> Diagnostic {
        Diagnostic(file: file, line: line, column: column, severity: .error, message: message)
    }

    /// A warning at `line`:`column` of `file`.
    static func warning(_ message: String, file: String, line: Int, column: Int) -> Diagnostic {
        Diagnostic(file: file, line: line, column: column, severity: .warning, message: message)
    }

    /// Whether this diagnostic stops the run.
    public var isError: Bool { severity == .error }

    /// `FILE:LINE:COLUMN: error: MESSAGE`, or `FILE: error: MESSAGE` without a position.
    public var description: String {
        let place = line > 0 ? "\(file):\(line):\(column)" : file
        return "\(place): \(severity.rawValue): \(message)"
    }

    /// Orders diagnostics by file, then line, then column (the order they are printed in).
    static func precedes(_ a: Diagnostic, _ b: Diagnostic) -> Bool {
        if a.file != b.file { return a.file < b.file }
        if a.line != b.line { return a.line < b.line }
        return a.column < b.column
    }
}

extension Array where Element == Diagnostic {
    /// The diagnostics in print order (file, line, column); equal positions keep their order.
    func sortedForPrinting() -> [Diagnostic] {
        enumerated().sorted { x, y in
            if Diagnostic.precedes(x.element, y.element) { return true }
            if Diagnostic.precedes(y.element, x.element) { return false }
            return x.offset < y.offset
        }.map(\.element)
    }

    var containsError: Bool { contains { $0.severity == .error } }
}
