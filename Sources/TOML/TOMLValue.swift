/// A value of a TOML document with where it is written.
///
/// Every value knows its key's position (``key``) and the text it spans (``span``), so that a
/// program can point at it in a message or edit the file there. Tables and arrays of tables
/// that are written in several places have the span described by ``Form``.
public struct TOMLValue: Sendable {
    /// What the value is.
    public enum Kind: Sendable {
        case string(String)
        case integer(Int64)
        case float(Double)
        case boolean(Bool)
        /// An offset date-time, a local date-time, a local date or a local time.
        case dateTime(TOMLDateTime)
        case array([TOMLValue])
        case table(TOMLTable)
    }

    /// How a value came to be written, which decides what its span covers.
    public enum Form: Sendable, Equatable {
        /// Written in one piece after `=` (or as an array's element): a scalar, `[…]` or
        /// `{…}`. The span is exactly its text.
        case inline
        /// A table with a `[header]`: the span runs from the header's `[` to the end of its
        /// last key/value (or of the header, when it has none). Sub-tables with headers of
        /// their own are not inside it.
        case header
        /// An array of tables written `[[name]]`: the span runs from the first element's
        /// header to the end of the last element's.
        case arrayOfTables
        /// A table made by dotted keys (`apple.color = "red"` makes `apple`): the span runs
        /// from the first such key to the end of the last value set through it.
        case dotted
        /// A table that exists only as the parent of others (`[a.b]` without `[a]`): the span
        /// is the header that first names it.
        case implicit
    }

    public var kind: Kind
    /// Where the key naming this value begins: the last name of a table's header, the key of
    /// a key/value line, or (for an array's element) the element itself.
    public var key: TOMLPosition
    /// The text of the value, from its first character to just after its last.
    public var span: Range<TOMLPosition>
    public var form: Form

    public init(_ kind: Kind, key: TOMLPosition, span: Range<TOMLPosition>, form: Form = .inline) {
        self.kind = kind
        self.key = key
        self.span = span
        self.form = form
    }

    /// Where the value begins.
    public var position: TOMLPosition { span.lowerBound }

    /// The table, if this is one.
    public var table: TOMLTable? {
        if case .table(let t) = kind { return t }
        return nil
    }

    /// The elements, if this is an array (of values or of tables).
    public var array: [TOMLValue]? {
        if case .array(let a) = kind { return a }
        return nil
    }

    /// The value at `path` below this one, if the document has it.
    ///
    /// - Complexity: O(path length).
    public func value(at path: some Sequence<TOMLPathComponent>) -> TOMLValue? {
        var here = self
        for step in path {
            switch (step, here.kind) {
            case (.key(let k), .table(let t)):
                guard let next = t[k] else { return nil }
                here = next
            case (.index(let i), .array(let a)):
                guard a.indices.contains(i) else { return nil }
                here = a[i]
            default:
                return nil
            }
        }
        return here
    }
}
