extension TOMLReader {
    /// The value at the next byte.
    ///
    /// - Parameters:
    ///   - depth: how deep the value sits (the root table is 0, its values 1).
    ///   - owner: what the value belongs to, for messages.
    mutating func value(depth: Int, for owner: ValueOwner) throws(TOMLSyntaxError) -> TOMLValue {
        let start = here()
        guard let b = byte(), !atLineEnd else {
            throw failure("\(owner) has no value: write one after it (a number, \"text\", true or false, [a, list] or {a = 1})")
        }
        let kind: TOMLValue.Kind
        switch b {
        case .quote:
            if byte(1) == .quote && byte(2) == .quote {
                kind = .string(try multiLineString(.quote))
            } else {
                kind = .string(try basicString())
            }
        case .apostrophe:
            if byte(1) == .apostrophe && byte(2) == .apostrophe {
                kind = .string(try multiLineString(.apostrophe))
            } else {
                kind = .string(try literalString())
            }
        case .openBracket:
            return try array(depth: depth, start: start)
        case .openBrace:
            return try inlineTable(depth: depth, start: start)
        case .hash:
            throw failure("\(owner) has no value before the comment: write the value before `#`")
        case .comma, .closeBracket, .closeBrace, .equals:
            throw failure("\(owner) has no value: found \(described(at: i)) where a value should be")
        default:
            kind = try scalar()
        }
        return TOMLValue(kind, key: start, span: start..<here())
    }

    // MARK: - Arrays and inline tables

    /// `[a, b, …]`: values separated by commas, over any number of lines, with comments.
    private mutating func array(depth: Int, start: TOMLPosition) throws(TOMLSyntaxError) -> TOMLValue {
        try check(depth: depth)
        i += 1
        var items: [TOMLValue] = []
        var expectingValue = true
        while true {
            try skipBlankInArray()
            guard let b = byte() else {
                throw TOMLSyntaxError("the list opened here is never closed: add `]` after its last element", at: start)
            }
            if b == .closeBracket {
                i += 1
                break
            }
            if b == .closeBrace { throw failure("`}` cannot close a list: close it with `]`") }
            if expectingValue {
                if b == .comma {
                    throw failure(items.isEmpty ? "a list cannot begin with `,`: delete it"
                                                : "two commas in a row: delete one, or put a value between them")
                }
                items.append(try value(depth: depth + 1, for: .element))
                expectingValue = false
            } else if b == .comma {
                i += 1
                expectingValue = true
            } else {
                throw failure("expected `,` or `]` after the list element, found \(described(at: i)): separate elements with commas")
            }
        }
        return TOMLValue(.array(items), key: start, span: start..<here())
    }

    /// Spaces, line breaks and comments between a list's elements.
    private mutating func skipBlankInArray() throws(TOMLSyntaxError) {
        while let b = byte() {
            if b == .space || b == .tab {
                i += 1
            } else if atLineEnd {
                newline()
            } else if b == .hash {
                try comment()
            } else if b == .cr {
                throw failure("a carriage return (U+000D) must be followed by a line feed: save the file with LF or CRLF line ends")
            } else {
                return
            }
        }
    }

    /// `{a = 1, b.c = 2}`: keys and values on one line, separated by commas.
    private mutating func inlineTable(depth: Int, start: TOMLPosition) throws(TOMLSyntaxError) -> TOMLValue {
        try check(depth: depth)
        i += 1
        builder.section += 1
        let section = builder.section
        let table = builder.newInlineTable(at: start, depth: depth)
        skipSpaces()
        if at(.closeBrace) {
            i += 1
            return builder.closeInlineTable(table, end: here())
        }
        while true {
            skipSpaces()
            if atEnd { throw TOMLSyntaxError("the inline table opened here is never closed: add `}`", at: start) }
            if atLineEnd || at(.hash) {
                throw failure("an inline table {…} must be written on one line: close it with `}` on this line, "
                              + "or write it as a [table] with its keys below")
            }
            if at(.closeBrace) { throw failure("an inline table cannot end with `,`: delete the comma before `}`") }
            if at(.comma) {
                throw failure(builder.tables[table].order.isEmpty ? "an inline table cannot begin with `,`: delete it"
                                                                  : "two commas in a row: delete one, or put a key = value between them")
            }
            let parts = try key("a key")
            skipSpaces()
            guard at(.equals) else {
                throw failure("expected `=` after the key `\(Self.spell(parts))`, found \(described(at: i))")
            }
            i += 1
            skipSpaces()
            let value = try self.value(depth: depth + parts.count, for: .key(parts))
            try builder.set(parts, to: value, in: table, place: "in this inline table", section: section)
            skipSpaces()
            guard let b = byte() else {
                throw TOMLSyntaxError("the inline table opened here is never closed: add `}`", at: start)
            }
            switch b {
            case .comma:
                i += 1
            case .closeBrace:
                i += 1
                return builder.closeInlineTable(table, end: here())
            case .closeBracket:
                throw failure("`]` cannot close an inline table: close it with `}`")
            case _ where atLineEnd || b == .hash:
                throw failure("an inline table {…} must be written on one line: close it with `}` on this line, "
                              + "or write it as a [table] with its keys below")
            default:
                throw failure("expected `,` or `}` after the value, found \(described(at: i))")
            }
        }
    }

    private mutating func check(depth: Int) throws(TOMLSyntaxError) {
        if depth > TOMLDocument.maximumDepth {
            throw failure("lists, inline tables and table names nest more than \(TOMLDocument.maximumDepth) deep here")
        }
    }

    // MARK: - Strings

    /// `"…"` with escapes, on one line. The next byte is the opening quote.
    mutating func basicString() throws(TOMLSyntaxError) -> String {
        let start = here()
        i += 1
        var escaped: [UInt8] = []
        var hasEscapes = false
        var run = i
        while true {
            skipPlainASCII(upTo: .quote, or: .backslash)
            guard let b = byte() else { throw unclosed(at: start, quote: "\"") }
            switch b {
            case .quote:
                defer { i += 1 }
                if !hasEscapes { return String(decoding: bytes[run..<i], as: UTF8.self) }
                escaped += bytes[run..<i]
                return String(decoding: escaped, as: UTF8.self)
            case .backslash:
                escaped += bytes[run..<i]
                hasEscapes = true
                try escape(into: &escaped, multiLine: false)
                run = i
            case .lf, .cr:
                throw unclosed(at: start, quote: "\"")
            default:
                try plainCharacter(b)
            }
        }
    }

    /// `"""…"""` or `'''…'''`: text that may span lines. A line break right after the opening
    /// quotes is dropped, and CRLF inside becomes LF. Between double quotes, escapes work and a
    /// backslash at the end of a line removes the break and the blanks after it.
    private mutating func multiLineString(_ quote: UInt8) throws(TOMLSyntaxError) -> String {
        let start = here()
        let delimiter = String(repeating: Character(Unicode.Scalar(quote)), count: 3)
        i += 3
        if atLineEnd { newline() }
        var out: [UInt8] = []
        var run = i
        while true {
            skipPlainASCII(upTo: quote, or: .backslash)
            guard let b = byte() else { throw unclosed(at: start, quote: delimiter) }
            switch b {
            case quote:
                var quotes = 1
                while byte(quotes) == quote { quotes += 1 }
                if quotes < 3 {
                    i += quotes
                    continue
                }
                // Up to two quotes right before the closing three belong to the text.
                let kept = min(quotes - 3, 2)
                out += bytes[run..<(i + kept)]
                i += kept + 3
                return String(decoding: out, as: UTF8.self)
            case .backslash where quote == .quote:
                out += bytes[run..<i]
                try escape(into: &out, multiLine: true)
                run = i
            case .lf:
                newline()
            case .cr:
                guard byte(1) == .lf else { throw failure("a carriage return (U+000D) must be followed by a line feed") }
                out += bytes[run..<i]
                out.append(.lf)
                newline()
                run = i
            default:
                try plainCharacter(b)
            }
        }
    }

    /// `'…'`: no escapes, on one line.
    mutating func literalString() throws(TOMLSyntaxError) -> String {
        let start = here()
        i += 1
        let run = i
        while true {
            skipPlainASCII(upTo: .apostrophe, or: .apostrophe)
            guard let b = byte() else { throw unclosed(at: start, quote: "'") }
            switch b {
            case .apostrophe:
                defer { i += 1 }
                return String(decoding: bytes[run..<i], as: UTF8.self)
            case .lf, .cr:
                throw unclosed(at: start, quote: "'")
            default:
                try plainCharacter(b)
            }
        }
    }

    /// Steps over printable ASCII other than `a` and `b`: the bulk of most strings, which needs no
    /// further look.
    @inline(__always)
    private mutating func skipPlainASCII(upTo a: UInt8, or b: UInt8) {
        while i < bytes.count {
            let c = bytes[i]
            guard c >= 0x20, c < 0x7F, c != a, c != b else { return }
            i += 1
        }
    }

    /// Steps over a character of a string that is neither a quote, a backslash nor a line
    /// break: a tab, printable ASCII or well-formed UTF-8; control characters are refused.
    private mutating func plainCharacter(_ b: UInt8) throws(TOMLSyntaxError) {
        if b == .tab || (b >= 0x20 && b < 0x7F) {
            i += 1
        } else if b >= 0x80 {
            try skipScalar()
        } else {
            throw failure("text cannot hold the control character \(Self.codePoint(UInt32(b))): "
                          + "write it as \\u\(Self.codePoint(UInt32(b)).dropFirst(2)) in \"double quotes\"")
        }
    }

    private mutating func unclosed(at start: TOMLPosition, quote: String) -> TOMLSyntaxError {
        let advice = quote.count == 1
            ? "add \(quote) at its end, on the same line (text over several lines goes in \(quote)\(quote)\(quote)…\(quote)\(quote)\(quote))"
            : "add \(quote) at its end"
        return TOMLSyntaxError("the text opened here with \(quote) is not closed: \(advice)", at: start)
    }

    /// An escape sequence; the next byte is its backslash. A line-ending backslash of a
    /// multi-line string removes the break and every blank and break after it.
    private mutating func escape(into out: inout [UInt8], multiLine: Bool) throws(TOMLSyntaxError) {
        let backslash = i
        i += 1
        guard let e = byte() else { return }
        switch e {
        case UInt8(ascii: "b"): out.append(0x08)
        case UInt8(ascii: "t"): out.append(.tab)
        case UInt8(ascii: "n"): out.append(.lf)
        case UInt8(ascii: "f"): out.append(0x0C)
        case UInt8(ascii: "r"): out.append(.cr)
        case .quote: out.append(.quote)
        case .backslash: out.append(.backslash)
        case UInt8(ascii: "u"), UInt8(ascii: "U"):
            let digits = e == UInt8(ascii: "u") ? 4 : 8
            var value: UInt32 = 0
            for k in 1...digits {
                guard let h = byte(k), let d = Self.hexValue(h) else {
                    i = backslash
                    throw failure("\\\(Character(Unicode.Scalar(e))) must be followed by \(digits) hexadecimal digits, "
                                  + "e.g. \\u00E9 or \\U0001F600")
                }
                value = value << 4 | UInt32(d)
            }
            guard let scalar = Unicode.Scalar(value) else {
                i = backslash
                throw failure("\(Self.codePoint(value)) is not a Unicode character (surrogates D800–DFFF and "
                              + "values above 10FFFF are not): write another code point")
            }
            out += Array(String(scalar).utf8)
            i += digits
        case .space, .tab, .lf, .cr:
            if !multiLine { fallthrough }
            skipSpaces()
            guard atLineEnd else {
                i = backslash
                throw failure("a backslash with only blanks after it must end the line (to join lines); "
                              + "write \\\\ for a backslash")
            }
            while let b = byte() {
                if b == .space || b == .tab {
                    i += 1
                } else if atLineEnd {
                    newline()
                } else {
                    break
                }
            }
            return
        default:
            i = backslash
            let shown = e < 0x80 && e >= 0x20 ? "`\\\(Character(Unicode.Scalar(e)))`" : "this backslash"
            throw failure("\(shown) is not an escape of TOML: write \\\\ for a backslash, or put the text in "
                          + "'single quotes', where backslashes are plain (e.g. Windows paths)")
        }
        i += 1
    }

    static func hexValue(_ h: UInt8) -> UInt8? {
        switch h {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return h - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): return h - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): return h - UInt8(ascii: "A") + 10
        default: return nil
        }
    }

    // MARK: - Bare values

    /// A boolean, number or date-time: the run of letters, digits and `_ + - . :` at the next
    /// byte (with the space of `1979-05-27 07:32:00`).
    private mutating func scalar() throws(TOMLSyntaxError) -> TOMLValue.Kind {
        let first = i
        while i < bytes.count, bytes[i].isScalarByte { i += 1 }
        // A date and a time separated by a space.
        if i - first == 10, TOMLScalars.looksLikeDate(bytes[first..<i]), byte() == .space,
           byte(1)?.isDigit == true, byte(2)?.isDigit == true, byte(3) == .colon {
            i += 1
            while i < bytes.count, bytes[i].isScalarByte { i += 1 }
        }
        guard i > first else {
            if bytes[i] >= 0x80 {
                try skipScalar()
                let shown = String(decoding: bytes[first..<i], as: UTF8.self)
                i = first
                throw failure("a value cannot begin with `\(shown)`: text goes in quotes, e.g. \"\(shown)…\"")
            }
            throw failure("a value cannot begin with \(described(at: i)): text goes in quotes, e.g. \"text\"")
        }
        switch TOMLScalars.read(bytes[first..<i]) {
        case .success(let kind): return kind
        case .failure(let problem):
            i = first
            throw failure(problem.message)
        }
    }
}

extension UInt8 {
    /// Letters, digits and `_ + - . :`: the characters of a bare value.
    var isScalarByte: Bool {
        isBareKey || self == .plus || self == .dot || self == .colon
    }
}
