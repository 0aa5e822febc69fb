/// A TOML 1.0 document read from text: its root table, with the position of every table, key
/// and value.
///
/// ```swift
/// let document = try TOMLDocument(text: "[params]\nfee_rate = 0.45\n")
/// document.value(at: [.key("params"), .key("fee_rate")])?.kind    // .float(0.45)
/// document.position(of: [.key("params"), .key("fee_rate")])       // 2:12
/// ```
///
/// The reader makes one pass over the text. Any text that is not TOML 1.0 is refused with the
/// first ``TOMLSyntaxError`` and its position; nothing is ever partly read. The work is linear
/// in the text's length, and lists, inline tables and table names nest at most
/// ``maximumDepth`` deep, so that no input can exhaust the stack.
public struct TOMLDocument: Sendable {
    /// The root table, spanning the whole text.
    public let root: TOMLValue

    /// How deep tables, lists and inline tables may nest (the root table is depth 0).
    public static let maximumDepth = 100

    /// Reads `text`.
    ///
    /// - Throws: the first place where `text` is not TOML 1.0, with a message saying how to
    ///   mend it.
    /// - Complexity: O(n) in the length of `text`.
    public init(text: String) throws(TOMLSyntaxError) {
        try self.init(bytes: Array(text.utf8))
    }

    /// Reads UTF-8 bytes (a leading byte-order mark is skipped); invalid UTF-8 is a syntax
    /// error at the first bad byte.
    ///
    /// - Throws: the first place where the bytes are not TOML 1.0.
    /// - Complexity: O(n) in the number of bytes.
    public init(bytes: [UInt8]) throws(TOMLSyntaxError) {
        var reader = TOMLReader(bytes)
        root = try reader.document()
    }

    /// The root table's entries.
    public var table: TOMLTable { root.table ?? TOMLTable() }

    /// The value at `path`, if the document has it.
    public func value(at path: some Sequence<TOMLPathComponent>) -> TOMLValue? {
        root.value(at: path)
    }

    /// Where the value at `path` begins, or, when the document does not have it, where its
    /// nearest ancestor that it has begins (the start of the text at worst): the place to point
    /// at when something at `path` is missing or wrong.
    public func position(of path: TOMLPath) -> TOMLPosition {
        var here = root, found = root.position
        for step in path {
            guard let next = here.value(at: CollectionOfOne(step)) else { break }
            here = next
            found = next.position
        }
        return found
    }

    /// Where the key of `path` begins; when the document does not have `path`, the position
    /// of its parent (as ``position(of:)`` gives it).
    public func keyPosition(of path: TOMLPath) -> TOMLPosition {
        if let value = value(at: path) { return value.key }
        return position(of: Array(path.dropLast()))
    }
}
