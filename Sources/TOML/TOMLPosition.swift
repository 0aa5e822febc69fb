/// A place in a TOML text: line and column as a person counts them, and the byte offset.
///
/// Lines and columns are 1-based. Columns count Unicode scalars, so `键` is one column, as
/// editors show it. `offset` counts UTF-8 bytes from the start of the text the reader was given
/// (after a byte-order mark, which the reader skips), so that a program can edit the text at
/// this place.
public struct TOMLPosition: Hashable, Comparable, Sendable, CustomStringConvertible {
    public var line: Int
    public var column: Int
    public var offset: Int

    public init(line: Int, column: Int, offset: Int) {
        self.line = line
        self.column = column
        self.offset = offset
    }

    /// The start of the text: line 1, column 1.
    public static let start = TOMLPosition(line: 1, column: 1, offset: 0)

    public static func < (a: TOMLPosition, b: TOMLPosition) -> Bool { a.offset < b.offset }

    /// `LINE:COLUMN`.
    public var description: String { "\(line):\(column)" }
}
