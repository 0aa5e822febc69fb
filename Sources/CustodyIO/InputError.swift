/// Input files that cannot be used: every error found, plus any warnings, in print order.
///
/// Thrown by ``ScenarioLoader``. Its description is one diagnostic per line, ready for stderr.
public struct InputError: Error, Sendable, CustomStringConvertible {
    /// Errors and warnings, sorted by file, line and column.
    public var diagnostics: [Diagnostic]

    /// Sorts `diagnostics` into print order.
    public init(diagnostics: [Diagnostic]) {
        self.diagnostics = diagnostics.sortedForPrinting()
    }

    /// The errors alone.
    public var errors: [Diagnostic] { diagnostics.filter(\.isError) }

    /// One diagnostic per line, in print order.
    public var description: String {
        diagnostics.map(\.description).joined(separator: "\n")
    }
}
