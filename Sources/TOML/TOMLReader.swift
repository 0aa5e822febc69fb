/// The one-pass reader behind ``TOMLDocument``: it walks the bytes once, recording positions as
/// it goes, and hands tables and keys to a ``TOMLTableBuilder``.
///
/// Positions are worked out without going back over a line: the reader keeps the column of
/// the last position it gave on the current line and counts on from there, so a line of any
/// length costs time in proportion to its length.
struct TOMLReader {
    let bytes: [UInt8]
    /// The next byte to read.
    var i = 0
    var line = 1
    /// Offset of the current line's first byte.
    var lineStart = 0
    /// The last position worked out on the current line, to count columns on from.
    private var mark = (offset: 0, column: 1)
    var builder = TOMLTableBuilder()

    init(_ bytes: [UInt8]) {
        self.bytes = bytes
    }

    // MARK: - Positions

    /// The position of byte `offset`, which must lie on the current line.
    mutating func position(_ offset: Int) -> TOMLPosition {
        if mark.offset < lineStart { mark = (lineStart, 1) }
        var column = mark.column
        if offset >= mark.offset {
            for k in mark.offset..<offset where bytes[k] & 0xC0 != 0x80 { column += 1 }
        } else {
            for k in offset..<mark.offset where bytes[k] & 0xC0 != 0x80 { column -= 1 }
        }
        mark = (offset, column)
        return TOMLPosition(line: line, column: column, offset: offset)
    }

    /// The position of the next byte.
    mutating func here() -> TOMLPosition { position(i) }

    /// A syntax error at the next byte.
    mutating func failure(_ message: String) -> TOMLSyntaxError {
        TOMLSyntaxError(message, at: here())
    }

    // MARK: - Bytes

    var atEnd: Bool { i >= bytes.count }

    func byte(_ k: Int = 0) -> UInt8? { i + k < bytes.count ? bytes[i + k] : nil }

    func at(_ b: UInt8) -> Bool { i < bytes.count && bytes[i] == b }

    /// Whether a line ends at the next byte (a line feed, or a carriage return and line feed).
    var atLineEnd: Bool {
        guard let b = byte() else { return false }
        return b == .lf || (b == .cr && byte(1) == .lf)
    }

    /// Consumes the line break at the next byte (LF or CRLF).
    mutating func newline() {
        if at(.cr) { i += 1 }
        i += 1
        line += 1
        lineStart = i
    }

    mutating func skipSpaces() {
        while i < bytes.count, bytes[i] == .space || bytes[i] == .tab { i += 1 }
    }

    /// The next character in words, for "found …": `` `x` ``, "the end of the line".
    func described(at k: Int) -> String {
        guard k < bytes.count else { return "the end of the file" }
        let b = bytes[k]
        if b == .lf || (b == .cr && k + 1 < bytes.count && bytes[k + 1] == .lf) { return "the end of the line" }
        if b == .cr { return "a carriage return (U+000D) without a line feed" }
        if b == .space { return "a space" }
        if b == .tab { return "a tab" }
        if b < 0x20 || b == 0x7F { return "the control character \(Self.codePoint(UInt32(b)))" }
        guard let length = Self.scalarLength(bytes, at: k) else {
            return "the byte 0x\(String(b, radix: 16, uppercase: true)), which is not UTF-8 text"
        }
        let text = String(decoding: bytes[k..<(k + length)], as: UTF8.self)
        return "`\(text)`"
    }

    /// `U+0007`.
    static func codePoint(_ v: UInt32) -> String {
        let hex = String(v, radix: 16, uppercase: true)
        return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    }

    /// The length of the well-formed UTF-8 sequence at `k` (1 to 4), or nil (RFC 3629: no
    /// overlong forms, no surrogates, nothing above U+10FFFF).
    static func scalarLength(_ bytes: [UInt8], at k: Int) -> Int? {
        let b = bytes[k]
        if b < 0x80 { return 1 }
        func continuation(_ j: Int, _ range: ClosedRange<UInt8> = 0x80...0xBF) -> Bool {
            k + j < bytes.count && range.contains(bytes[k + j])
        }
        switch b {
        case 0xC2...0xDF:
            return continuation(1) ? 2 : nil
        case 0xE0:
            return continuation(1, 0xA0...0xBF) && continuation(2) ? 3 : nil
        case 0xE1...0xEC, 0xEE, 0xEF:
            return continuation(1) && continuation(2) ? 3 : nil
        case 0xED:
            return continuation(1, 0x80...0x9F) && continuation(2) ? 3 : nil
        case 0xF0:
            return continuation(1, 0x90...0xBF) && continuation(2) && continuation(3) ? 4 : nil
        case 0xF1...0xF3:
            return continuation(1) && continuation(2) && continuation(3) ? 4 : nil
        case 0xF4:
            return continuation(1, 0x80...0x8F) && continuation(2) && continuation(3) ? 4 : nil
        default:
            return nil
        }
    }

    /// Steps over the well-formed UTF-8 character at the next byte, or fails there.
    mutating func skipScalar() throws(TOMLSyntaxError) {
        guard let length = Self.scalarLength(bytes, at: i) else {
            throw failure("\(described(at: i)); save the file as UTF-8")
        }
        i += length
    }

    // MARK: - Document

    /// Reads the whole text into the root table.
    mutating func document() throws(TOMLSyntaxError) -> TOMLValue {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            i = 3
            lineStart = 3
        }
        let start = here()
        var table = TOMLTableBuilder.root
        var place = "at the top level"
        while true {
            skipSpaces()
            guard let b = byte() else { break }
            switch b {
            case .hash:
                try comment()
            case .lf, .cr:
                break
            case .openBracket:
                (table, place) = try header()
                try endOfLine(after: "the table header")
                continue
            default:
                try keyValue(into: table, place: place, section: builder.section)
            }
            try endOfLine(after: "the value")
        }
        return builder.root(start..<here())
    }

    /// After an expression: spaces, an optional comment, then a line break or the end.
    mutating func endOfLine(after what: String) throws(TOMLSyntaxError) {
        skipSpaces()
        if at(.hash) { try comment() }
        if atEnd { return }
        if atLineEnd { return newline() }
        if at(.cr) { throw failure("a carriage return (U+000D) must be followed by a line feed: save the file with LF or CRLF line ends") }
        throw failure("expected the end of the line after \(what), found \(described(at: i)): "
                      + "write each key = value and each [table] header on a line of its own")
    }

    /// A comment from `#` to the end of the line (the line break is left).
    mutating func comment() throws(TOMLSyntaxError) {
        i += 1
        while i < bytes.count {
            let b = bytes[i]
            if b == .lf || (b == .cr && byte(1) == .lf) { return }
            if b == .tab || (b >= 0x20 && b < 0x7F) {
                i += 1
            } else if b >= 0x80 {
                try skipScalar()
            } else {
                throw failure("a comment cannot hold \(described(at: i)): delete it")
            }
        }
    }

    // MARK: - Keys

    /// One name of a key, with where it is written.
    struct KeyPart {
        var name: String
        var position: TOMLPosition
    }

    /// A bare or quoted key, or a dotted sequence of them: `a`, `"a b"`, `a . 'b' . c`.
    ///
    /// - Parameter context: what the key is for, in messages: "a key", "a table name".
    mutating func key(_ context: String) throws(TOMLSyntaxError) -> [KeyPart] {
        var parts: [KeyPart] = []
        while true {
            skipSpaces()
            parts.append(try simpleKey(parts.isEmpty ? context : "a name after `.`"))
            if parts.count > TOMLDocument.maximumDepth {
                throw TOMLSyntaxError("a key has more than \(TOMLDocument.maximumDepth) dotted parts", at: parts[0].position)
            }
            skipSpaces()
            guard at(.dot) else { return parts }
            i += 1
        }
    }

    private mutating func simpleKey(_ expected: String) throws(TOMLSyntaxError) -> KeyPart {
        let start = here()
        switch byte() {
        case .quote:
            if byte(1) == .quote && byte(2) == .quote {
                throw failure("a key cannot be written in triple quotes: use \"one pair\"")
            }
            return KeyPart(name: try basicString(), position: start)
        case .apostrophe:
            if byte(1) == .apostrophe && byte(2) == .apostrophe {
                throw failure("a key cannot be written in triple quotes: use 'one pair'")
            }
            return KeyPart(name: try literalString(), position: start)
        default:
            let first = i
            while i < bytes.count, bytes[i].isBareKey { i += 1 }
            if i > first {
                return KeyPart(name: String(decoding: bytes[first..<i], as: UTF8.self), position: start)
            }
            guard let b = byte(), !atLineEnd else {
                throw failure("expected \(expected), found \(described(at: i))")
            }
            if b >= 0x80 {
                try skipScalar()
                let shown = String(decoding: bytes[first..<i], as: UTF8.self)
                i = first
                throw failure("`\(shown)` cannot be part of a bare key, which holds only A–Z, a–z, 0–9, `_` and `-`: "
                              + "put the key in quotes, e.g. \"\(shown)\"")
            }
            if b == .equals { throw failure("expected \(expected) before `=`") }
            throw failure("expected \(expected), found \(described(at: i)); a bare key holds only A–Z, a–z, 0–9, `_` and `-`, "
                          + "and any other key goes in quotes")
        }
    }

    /// `a.b = value`, set in `table`.
    mutating func keyValue(into table: Int, place: String, section: Int) throws(TOMLSyntaxError) {
        let parts = try key("a key")
        skipSpaces()
        guard at(.equals) else {
            let shown = Self.spell(parts)
            if atEnd || atLineEnd || at(.hash) {
                throw failure("`\(shown)` has no `=` and value: write \(shown) = VALUE")
            }
            throw failure("expected `=` after the key `\(shown)`, found \(described(at: i))"
                          + (at(.openBracket) || at(.openBrace) ? "" : "; a key with spaces or other characters goes in quotes"))
        }
        i += 1
        skipSpaces()
        let value = try self.value(depth: builder.depth(of: table) + parts.count, for: .key(parts))
        try builder.set(parts, to: value, in: table, place: place, section: section)
    }

    /// A key as written in messages: `a.b`, `"a b".c`.
    static func spell(_ parts: [KeyPart]) -> String {
        parts.map { part in
            let bare = !part.name.isEmpty && part.name.utf8.allSatisfy(\.isBareKey)
            return bare ? part.name : "\"" + part.name + "\""
        }.joined(separator: ".")
    }

    // MARK: - Table headers

    /// `[a.b]` or `[[a.b]]`: opens the table that the following keys go into.
    mutating func header() throws(TOMLSyntaxError) -> (table: Int, place: String) {
        let start = here()
        i += 1
        let isArray = at(.openBracket)
        if isArray { i += 1 }
        let parts = try key("a table name")
        skipSpaces()
        let close = isArray ? "]]" : "]"
        let shown = (isArray ? "[[" : "[") + Self.spell(parts) + close
        guard at(.closeBracket) else {
            if atEnd || atLineEnd || at(.hash) {
                throw failure("the table header \(shown.dropLast(close.count)) is not closed: end it with `\(close)`")
            }
            if at(.equals) {
                throw failure("a table header cannot hold `=`: write \(shown) on its own line and the key = value lines below it")
            }
            throw failure("expected `.` or `\(close)` after the table name `\(Self.spell(parts))`, found \(described(at: i)); "
                          + "a name with spaces or other characters goes in quotes")
        }
        i += 1
        if isArray {
            guard at(.closeBracket) else {
                throw failure("an array-of-tables header ends with `]]`, found \(described(at: i))")
            }
            i += 1
        }
        let end = here()
        builder.section += 1
        let table = isArray
            ? try builder.openArrayElement(parts, header: start..<end, shown: shown)
            : try builder.openTable(parts, header: start..<end, shown: shown)
        return (table, "in " + shown)
    }
}

extension UInt8 {
    static let tab: UInt8 = 0x09, lf: UInt8 = 0x0A, cr: UInt8 = 0x0D, space: UInt8 = 0x20
    static let quote = UInt8(ascii: "\""), apostrophe = UInt8(ascii: "'"), hash = UInt8(ascii: "#")
    static let comma = UInt8(ascii: ","), dot = UInt8(ascii: "."), equals = UInt8(ascii: "=")
    static let backslash = UInt8(ascii: "\\"), underscore = UInt8(ascii: "_")
    static let plus = UInt8(ascii: "+"), minus = UInt8(ascii: "-"), colon = UInt8(ascii: ":")
    static let openBracket = UInt8(ascii: "["), closeBracket = UInt8(ascii: "]")
    static let openBrace = UInt8(ascii: "{"), closeBrace = UInt8(ascii: "}")

    /// A-Z, a-z, 0-9, `_` and `-`: the characters of a bare key.
    var isBareKey: Bool {
        switch self {
        case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"),
             UInt8(ascii: "0")...UInt8(ascii: "9"), .underscore, .minus:
            return true
        default:
            return false
        }
    }

    var isDigit: Bool { self >= UInt8(ascii: "0") && self <= UInt8(ascii: "9") }
}
