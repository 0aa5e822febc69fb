/// Where each key, value and table header of a TOML file sits, by path.
///
/// TOMLKit reports positions for syntax errors only, so the scenario loader looks its keys and
/// values up here. The index is built by a lenient scanner that runs after TOMLKit has
/// accepted the file, so it need not diagnose anything: it follows `[table]` and
/// `[[array.of.tables]]` headers (counting each array's elements), dotted and quoted keys
/// (`[modes."merged-custody"]` and `[modes.merged-custody]` are the same path), and values
/// of every kind: strings of the four sorts, multi-line arrays (each element gets its own
/// path) and inline tables.
///
/// Paths are absolute: `area[1].params.fee_rate` is
/// `[.key("area"), .index(1), .key("params"), .key("fee_rate")]`. Lines and columns are
/// 1-based; columns count Unicode scalars, as TOMLKit's do.
struct SourceIndex {
    /// One step of a path: a table key or an array index.
    enum Component: Hashable, CustomStringConvertible {
        case key(String)
        case index(Int)

        var description: String {
            switch self {
            case .key(let k): return k
            case .index(let i): return "[\(i)]"
            }
        }
    }

    typealias Path = [Component]

    /// A line and column, both 1-based.
    struct Position: Hashable, Comparable {
        var line: Int
        var column: Int

        static let start = Position(line: 1, column: 1)

        static func < (a: Position, b: Position) -> Bool {
            (a.line, a.column) < (b.line, b.column)
        }
    }

    /// Where a path's key and value begin. For a table with a header, the key is its last
    /// name in the header and the value is the header's opening bracket.
    struct Entry: Equatable {
        var key: Position
        var value: Position
    }

    private(set) var entries: [Path: Entry]

    /// Indexes `text`, a TOML document that TOMLKit has parsed without error.
    init(text: String) {
        var scanner = Scanner(text: text)
        scanner.document()
        entries = scanner.entries
    }

    /// The entry of `path` itself, if the file spells it out.
    func entry(_ path: Path) -> Entry? { entries[path] }

    /// Where the key of `path` is; for a path the file does not spell out (a missing key), where
    /// its nearest spelled-out parent begins; 1:1 when there is none.
    func key(_ path: Path) -> Position {
        if let entry = entries[path] { return entry.key }
        return value(Array(path.dropLast()))
    }

    /// Where the value of `path` begins (an array element's own position for an index), or,
    /// failing that, where its nearest spelled-out parent begins; 1:1 when there is none.
    func value(_ path: Path) -> Position {
        var path = path
        while !path.isEmpty {
            if let entry = entries[path] { return entry.value }
            path.removeLast()
        }
        return .start
    }
}

extension SourceIndex {
    /// A one-pass reader of TOML text that records positions and skips everything else.
    private struct Scanner {
        let s: [Unicode.Scalar]
        var i = 0
        var line = 1
        var lineStart = 0
        var entries: [Path: Entry] = [:]
        /// The number of elements so far of each array of tables, by its path.
        var arrayLengths: [Path: Int] = [:]
        /// The table that key/value lines belong to.
        var table: Path = []

        init(text: String) {
            s = Array(text.unicodeScalars)
        }

        var position: Position { Position(line: line, column: i - lineStart + 1) }

        func peek(_ k: Int = 0) -> Unicode.Scalar? { i + k < s.count ? s[i + k] : nil }

        func at(_ literal: String) -> Bool {
            var k = 0
            for c in literal.unicodeScalars {
                guard peek(k) == c else { return false }
                k += 1
            }
            return true
        }

        mutating func advance(_ count: Int = 1) {
            for _ in 0..<count where i < s.count {
                if s[i] == "\n" {
                    line += 1
                    lineStart = i + 1
                }
                i += 1
            }
        }

        mutating func skipSpaces() {
            while let c = peek(), c == " " || c == "\t" { advance() }
        }

        /// Spaces, line breaks and comments.
        mutating func skipBlank() {
            while let c = peek() {
                if c == " " || c == "\t" || c == "\n" || c == "\r" {
                    advance()
                } else if c == "#" {
                    skipToLineEnd()
                } else {
                    return
                }
            }
        }

        mutating func skipToLineEnd() {
            while let c = peek(), c != "\n" { advance() }
        }

        mutating func record(_ path: Path, key: Position, value: Position, replacing: Bool = true) {
            if replacing || entries[path] == nil { entries[path] = Entry(key: key, value: value) }
        }

        mutating func document() {
            while true {
                skipBlank()
                guard let c = peek() else { return }
                let before = i
                if c == "[" { header() } else { keyValue(in: table) }
                // Whatever is left on the line is a comment (or a part we do not index).
                skipToLineEnd()
                if i == before { advance() }
            }
        }

        /// `[a.b]` or `[[a.b]]`.
        mutating func header() {
            let start = position
            let isArray = peek(1) == "["
            advance(isArray ? 2 : 1)
            let keys = dottedKey()
            guard !keys.isEmpty else { return }
            var path: Path = []
            for (n, (name, at)) in keys.enumerated() {
                path.append(.key(name))
                let last = n == keys.count - 1
                if last && isArray {
                    record(path, key: at, value: start, replacing: false)
                    let count = arrayLengths[path, default: 0]
                    arrayLengths[path] = count + 1
                    path.append(.index(count))
                    record(path, key: at, value: start)
                } else if last {
                    record(path, key: at, value: start)
                } else {
                    record(path, key: at, value: start, replacing: false)
                    // A name that is an array of tables means its latest element.
                    if let count = arrayLengths[path] { path.append(.index(count - 1)) }
                }
            }
            table = path
        }

        /// `a.b = value`, in `table`.
        mutating func keyValue(in table: Path) {
            let keys = dottedKey()
            guard let lastKey = keys.last else { return }
            skipSpaces()
            guard peek() == "=" else { return }
            advance()
            skipSpaces()
            var path = table
            for (name, at) in keys.dropLast() {
                path.append(.key(name))
                record(path, key: at, value: at, replacing: false)
            }
            path.append(.key(lastKey.0))
            value(at: path, key: lastKey.1)
        }

        /// Names separated by dots, each with where it starts.
        mutating func dottedKey() -> [(String, Position)] {
            var keys: [(String, Position)] = []
            while true {
                skipSpaces()
                let at = position
                guard let name = simpleKey() else { return keys }
                keys.append((name, at))
                skipSpaces()
                guard peek() == "." else { return keys }
                advance()
            }
        }

        /// A bare, "basic" or 'literal' key.
        mutating func simpleKey() -> String? {
            switch peek() {
            case "\"":
                advance()
                return basicString(multiline: false)
            case "'":
                advance()
                return literalString(multiline: false)
            default:
                var name = ""
                while let c = peek(), c.properties.isAlphabetic || ("0"..."9").contains(c) || c == "_" || c == "-" {
                    name.unicodeScalars.append(c)
                    advance()
                }
                return name.isEmpty ? nil : name
            }
        }

        mutating func value(at path: Path, key: Position) {
            record(path, key: key, value: position)
            if at("\"\"\"") {
                advance(3)
                _ = basicString(multiline: true)
            } else if at("'''") {
                advance(3)
                _ = literalString(multiline: true)
            } else if peek() == "\"" {
                advance()
                _ = basicString(multiline: false)
            } else if peek() == "'" {
                advance()
                _ = literalString(multiline: false)
            } else if peek() == "[" {
                array(at: path)
            } else if peek() == "{" {
                inlineTable(at: path)
            } else {
                while let c = peek(), !",]}# \t\r\n".unicodeScalars.contains(c) { advance() }
            }
        }

        mutating func array(at path: Path) {
            advance()
            var count = 0
            while true {
                skipBlank()
                guard let c = peek() else { return }
                if c == "]" { return advance() }
                if c == "," {
                    advance()
                    continue
                }
                let before = i
                value(at: path + [.index(count)], key: position)
                count += 1
                if i == before { advance() }
            }
        }

        mutating func inlineTable(at path: Path) {
            advance()
            while true {
                skipBlank()
                guard let c = peek() else { return }
                if c == "}" { return advance() }
                if c == "," {
                    advance()
                    continue
                }
                let before = i
                keyValue(in: path)
                if i == before { advance() }
            }
        }

        /// The contents of a basic string whose opening quote(s) are consumed; consumes the
        /// closing quote(s). Escapes are decoded (keys may be written with them).
        mutating func basicString(multiline: Bool) -> String {
            var out = String.UnicodeScalarView()
            while let c = peek() {
                if c == "\\" {
                    advance()
                    guard let e = peek() else { break }
                    advance()
                    switch e {
                    case "n": out.append("\n")
                    case "t": out.append("\t")
                    case "r": out.append("\r")
                    case "b": out.append("\u{8}")
                    case "f": out.append("\u{C}")
                    case "u", "U":
                        var hex = ""
                        for _ in 0..<(e == "u" ? 4 : 8) {
                            guard let h = peek() else { break }
                            hex.unicodeScalars.append(h)
                            advance()
                        }
                        if let v = UInt32(hex, radix: 16), let scalar = Unicode.Scalar(v) { out.append(scalar) }
                    case "\n", " ", "\t", "\r":
                        skipBlank()  // a line-ending backslash in a multi-line string
                    default: out.append(e)
                    }
                    continue
                }
                if multiline ? at("\"\"\"") : c == "\"" {
                    closeQuotes("\"", multiline: multiline, into: &out)
                    break
                }
                if !multiline && c == "\n" { break }
                out.append(c)
                advance()
            }
            return String(out)
        }

        /// The contents of a literal string whose opening quote(s) are consumed.
        mutating func literalString(multiline: Bool) -> String {
            var out = String.UnicodeScalarView()
            while let c = peek() {
                if multiline ? at("'''") : c == "'" {
                    closeQuotes("'", multiline: multiline, into: &out)
                    break
                }
                if !multiline && c == "\n" { break }
                out.append(c)
                advance()
            }
            return String(out)
        }

        /// Consumes a closing delimiter; a multi-line string may end with up to two quotes of
        /// its own right before it (`""""`).
        mutating func closeQuotes(_ q: Unicode.Scalar, multiline: Bool, into out: inout String.UnicodeScalarView) {
            guard multiline else { return advance() }
            var run = 0
            while peek(run) == q { run += 1 }
            for _ in 0..<max(0, min(run - 3, 2)) { out.append(q) }
            advance(run)
        }
    }
}
