import Testing
import TOML

/// Inputs that are not TOML: each is refused with a message a person can act on, at the place
/// of the mistake, and none can crash the reader or make it work without bound.
@Suite struct SyntaxErrorTests {
    /// The error for `text`, as `LINE:COLUMN: MESSAGE`.
    static func failure(_ text: String) -> String? {
        do {
            _ = try TOMLDocument(text: text)
            return nil
        } catch {
            return error.description
        }
    }

    /// `}` where a list's element or its `]` belongs (toml++ aborted on each of these).
    @Test(arguments: [
        ("compounds = [\"PP-001\", \"PP-002\", }", "1:34"), ("a=[}", "1:4"), ("a=[1,}", "1:6"), ("a=[{},}", "1:7"),
        ("a={b=[1,}}", "1:9"), ("a=[1,\n}", "2:1"), ("s=[\"\",\"\",}", "1:10"),
    ])
    func aBraceCannotCloseAList(_ text: String, _ at: String) {
        #expect(Self.failure(text) == "\(at): `}` cannot close a list: close it with `]`")
    }

    @Test func aBracketCannotCloseAnInlineTable() {
        #expect(Self.failure("a = {b = 1]") == "1:11: `]` cannot close an inline table: close it with `}`")
    }

    /// Table headers that toml++ aborted on.
    @Test(arguments: [
        ("[.params]\n", "1:2: expected a table name, found `.`"), ("[参数]\n", "1:2: `参` cannot be part of a bare key"),
        ("[[ +a]]\n", "1:4: expected a table name, found `+`"), ("[ [a]]\n", "1:3: expected a table name, found `[`"),
        ("x = 1\n[\n.a]\n", "2:2: expected a table name, found the end of the line"),
        ("[[*]]\n", "1:3: expected a table name, found `*`"),
    ])
    func tableHeadersThatAbortedTheOldReaderAreSyntaxErrors(_ text: String, _ start: String) throws {
        let message = try #require(Self.failure(text))
        #expect(message.hasPrefix(start), "\(message)")
    }

    @Test func valuesThatLookLikeHeadersAreValues() throws {
        let document = try TOMLDocument(text: """
            a = [
              [+1, 2],
              [ [3] ],
            ]
            s = \"\"\"
            [.not-a-header]
            \"\"\"
            t = '''
            [中]'''
            ["参数"] # quoted names are fine
            [params]
            """)
        #expect(document.table.keys == ["a", "s", "t", "参数", "params"])
        #expect(document.value(at: [.key("s")])?.kind.text == "[.not-a-header]\n")
    }

    @Test(arguments: [
        ("[scenario]\nname = \"x\"\nmonths = \n", "3:10: `months =` has no value"),
        ("[params\n", "1:8: the table header [params is not closed: end it with `]`"),
        ("name = Xunyang\n", "1:8: `Xunyang` is not a value: text goes in quotes, e.g. \"Xunyang\""),
        ("a = 1 2\n", "1:7: expected the end of the line after the value, found `2`"),
        ("a = 1\na = 2\n", "2:1: `a` is set twice at the top level (first at line 1): keep one"),
        ("[t]\na = 1\n[t]\n", "3:1: the table [t] is defined twice (first at line 1)"),
        ("[p]\nfee = 0.4\nfee = 0.5\n", "3:1: `fee` is set twice in [p] (first at line 2)"),
        ("a = \"unclosed\n", "1:5: the text opened here with \" is not closed"),
        ("a = \"C:\\path\"\n", "1:8: `\\p` is not an escape of TOML"),
        ("a = 012\n", "1:5: `012` is not a number: a number cannot begin with 0 (write 12"),
        ("a = 9223372036854775808\n", "1:5: `9223372036854775808` is not a number: it is outside the range"),
        ("a = 1e400\n", "1:5: `1e400` is not a number: it is too large"),
        ("d = 2023-02-29\n", "1:5: `2023-02-29` is not a valid date or time: day 29 is not in the month (2023-02 has 28 days)"),
        ("a = { b = 1,\n c = 2 }\n", "1:13: an inline table {…} must be written on one line"),
        ("a = { b = 1, }\n", "1:14: an inline table cannot end with `,`"),
        ("a = [1 2]\n", "1:8: expected `,` or `]` after the list element, found `2`"),
        ("a = [1,,2]\n", "1:8: two commas in a row"),
        ("a = [\n1,\n", "1:5: the list opened here is never closed: add `]`"),
        ("a = 1\r\n b = 2\r", "2:7: a carriage return (U+000D) must be followed by a line feed"),
        ("a = \"\u{7}\"\n", "1:6: text cannot hold the control character U+0007: write it as \\u0007"),
        ("a = 1 # bell \u{7}\n", "1:14: a comment cannot hold the control character U+0007"),
        ("a.b = 1\n[a]\n", "2:2: [a] defines a table that the dotted keys at line 1 already make"),
        ("a = [1]\n[[a]]\n", "2:3: `a` is a list written in place at line 1"),
        ("a = {}\na.b = 1\n", "2:1: `a` is an inline table {…}, complete as written at line 1"),
        ("key\n", "1:4: `key` has no `=` and value: write key = VALUE"),
        ("t = 07:30\n", "1:5: `07:30` is not a valid date or time: TOML 1.0 needs the seconds: write 07:30:00"),
    ])
    func mistakesAreExplainedWhereTheyAre(_ text: String, _ start: String) throws {
        let message = try #require(Self.failure(text))
        #expect(message.hasPrefix(start), "\(message)")
    }

    @Test func invalidUTF8IsRefusedAtTheFirstBadByte() {
        #expect(throws: TOMLSyntaxError.self) { _ = try TOMLDocument(bytes: Array("a = \"".utf8) + [0xC3, 0x28] + Array("\"\n".utf8)) }
        do {
            _ = try TOMLDocument(bytes: Array("# ok\nb = 1 # ".utf8) + [0xFF])
        } catch {
            #expect(error.description.hasPrefix("2:9: the byte 0xFF, which is not UTF-8 text"))
        }
    }

    // MARK: - Bounded work

    @Test func nestingDeeperThanTheLimitIsRefused() throws {
        let depth = TOMLDocument.maximumDepth
        _ = try TOMLDocument(text: "a = " + String(repeating: "[", count: depth) + String(repeating: "]", count: depth))
        let deepList = Self.failure("a = " + String(repeating: "[", count: 100_000))
        #expect(deepList?.hasPrefix("1:105: lists, inline tables and table names nest more than 100 deep") == true, "\(deepList ?? "")")
        let deepTable = Self.failure("a = " + String(repeating: "{b=", count: 100_000))
        #expect(deepTable?.contains("nest more than 100 deep") == true)
        let longHeader = Self.failure("[" + Array(repeating: "a", count: 100_000).joined(separator: ".") + "]")
        #expect(longHeader?.contains("more than 100 dotted parts") == true)
        let deepDotted = Self.failure("[" + Array(repeating: "a", count: 60).joined(separator: ".") + "]\n"
                                      + Array(repeating: "b", count: 60).joined(separator: ".") + " = 1")
        #expect(deepDotted?.contains("nest more than 100 deep") == true)
    }

    @Test func manyKeysAndManyTablesAreRead() throws {
        let keys = (0..<20_000).map { "k\($0) = \($0)" }.joined(separator: "\n")
        let tables = (0..<5_000).map { "[[t]]\nx = \($0)" }.joined(separator: "\n")
        let document = try TOMLDocument(text: keys + "\n" + tables)
        #expect(document.table.count == 20_001)
        #expect(document.value(at: [.key("t"), .index(4_999), .key("x")])?.kind.integer == 4_999)
    }
}

extension TOMLValue.Kind {
    var text: String? {
        if case .string(let s) = self { return s }
        return nil
    }

    var integer: Int64? {
        if case .integer(let n) = self { return n }
        return nil
    }
}
