/// Why a text is not TOML, and where: the first place at which the reader could not go on.
///
/// The message is written for the person who wrote the file: what is wrong and how to mend it,
/// e.g. "`}` cannot close a list: close it with `]`".
public struct TOMLSyntaxError: Error, Sendable, CustomStringConvertible {
    public var message: String
    public var position: TOMLPosition

    public init(_ message: String, at position: TOMLPosition) {
        self.message = message
        self.position = position
    }

    /// `LINE:COLUMN: MESSAGE`.
    public var description: String { "\(position): \(message)" }
}
