import Testing
import TOML

/// Where the reader says each table, key and value is, and what a table's span covers.
@Suite struct PositionTests {
    /// `(line, column)` of a position, for comparison.
    static func lc(_ p: TOMLPosition) -> [Int] { [p.line, p.column] }

    @Test func tablesArraysOfTablesAndDottedKeysGetTheirPositions() throws {
        let document = try TOMLDocument(text: """
            # comment
            [scenario]
            name = "a # not a comment"  # comment
            [[area]]
            id = "x"
            [area.params]
            fee_rate = 0.3
            [[area]]
            id = "y"
            [[area.compound]]
            households = 4
            [modes."merged-custody"]
            'fee_rate' = 1
            a.b.c = 2
            """)
        func at(_ path: TOMLPath) -> [Int] { Self.lc(document.position(of: path)) }
        func key(_ path: TOMLPath) -> [Int] { Self.lc(document.keyPosition(of: path)) }
        #expect(at([.key("scenario"), .key("name")]) == [3, 8])
        #expect(key([.key("area"), .index(0), .key("params"), .key("fee_rate")]) == [7, 1])
        #expect(at([.key("area"), .index(0), .key("params"), .key("fee_rate")]) == [7, 12])
        #expect(at([.key("area"), .index(0), .key("params")]) == [6, 1])
        #expect(key([.key("area"), .index(0), .key("params")]) == [6, 7])
        #expect(at([.key("area"), .index(1), .key("id")]) == [9, 6])
        #expect(at([.key("area"), .index(1)]) == [8, 1])
        #expect(at([.key("area")]) == [4, 1])
        #expect(at([.key("area"), .index(1), .key("compound"), .index(0)]) == [10, 1])
        #expect(at([.key("area"), .index(1), .key("compound"), .index(0), .key("households")]) == [11, 14])
        #expect(key([.key("modes"), .key("merged-custody")]) == [12, 8])
        #expect(at([.key("modes"), .key("merged-custody"), .key("fee_rate")]) == [13, 14])
        #expect(key([.key("modes"), .key("merged-custody"), .key("a"), .key("b"), .key("c")]) == [14, 5])
        #expect(at([.key("modes"), .key("merged-custody"), .key("a")]) == [14, 1])
    }

    @Test func multiLineArraysAndInlineTablesLocateEachElement() throws {
        let document = try TOMLDocument(text: """
            xs = [
              1,   # one
              [2, 3],
              { k = "v", n = { m = 5 } },
            ]
            s = \"\"\"
            multi "quoted" line
            \"\"\"
            t = 'lit'
            """)
        func at(_ path: TOMLPath) -> [Int] { Self.lc(document.position(of: path)) }
        #expect(at([.key("xs"), .index(0)]) == [2, 3])
        #expect(at([.key("xs"), .index(1), .index(1)]) == [3, 7])
        #expect(at([.key("xs"), .index(2), .key("k")]) == [4, 9])
        #expect(at([.key("xs"), .index(2), .key("n"), .key("m")]) == [4, 24])
        #expect(at([.key("t")]) == [9, 5])
        #expect(Self.lc(try #require(document.value(at: [.key("s")])).span.upperBound) == [8, 4])
    }

    @Test func columnsCountUnicodeScalarsAndOffsetsCountBytes() throws {
        let document = try TOMLDocument(text: "name = \"湓浦\"\n街 = 2\n".replacingOccurrences(of: "街", with: "\"街\"") + "\"键\" = 3\n")
        let value = try #require(document.value(at: [.key("键")]))
        #expect(Self.lc(value.position) == [3, 7])
        #expect(value.position.offset == Array("name = \"湓浦\"\n\"街\" = 2\n\"键\" = ".utf8).count)
    }

    @Test func columnsAreRightFarAlongALongLine() throws {
        let ids = (0..<5_000).map { "\"C\($0)\"" }
        let document = try TOMLDocument(text: "compounds = [" + ids.joined(separator: ", ") + "]\n")
        let last = try #require(document.value(at: [.key("compounds"), .index(4_999)]))
        let before = "compounds = [" + ids.dropLast().joined(separator: ", ") + ", "
        #expect(Self.lc(last.position) == [1, before.count + 1])
        #expect(last.position.offset == before.utf8.count)
    }

    @Test func aByteOrderMarkIsNotAColumn() throws {
        let document = try TOMLDocument(bytes: [0xEF, 0xBB, 0xBF] + Array("a = 1\n".utf8))
        #expect(document.root.position == TOMLPosition(line: 1, column: 1, offset: 3))
        #expect(document.value(at: [.key("a")])?.position == TOMLPosition(line: 1, column: 5, offset: 7))
    }

    @Test func missingPathsFallBackToTheirNearestParent() throws {
        let document = try TOMLDocument(text: "[a]\nb = 1\n")
        #expect(Self.lc(document.position(of: [.key("a"), .key("zz")])) == [1, 1])
        #expect(Self.lc(document.keyPosition(of: [.key("a"), .key("zz")])) == [1, 1])
        #expect(document.position(of: [.key("nothing")]) == .start)
        #expect(Self.lc(document.position(of: [.key("a"), .key("b"), .index(3)])) == [2, 5])
    }

    // MARK: - Spans

    /// The text of a value's span.
    static func text(_ value: TOMLValue?, in source: String) -> String {
        guard let value else { return "(none)" }
        let bytes = Array(source.utf8)
        return String(decoding: bytes[value.span.lowerBound.offset..<value.span.upperBound.offset], as: UTF8.self)
    }

    @Test func aHeaderTableSpansFromItsHeaderToItsLastValue() throws {
        let source = """
            [scenario]
            name = "x"   # a comment after
            months = 12

            [params]
            fee_rate = 0.45
            [params.sub]
            k = 1
            """
        let document = try TOMLDocument(text: source)
        let scenario = document.value(at: [.key("scenario")])
        #expect(scenario?.form == .header)
        #expect(Self.text(scenario, in: source) == "[scenario]\nname = \"x\"   # a comment after\nmonths = 12")
        #expect(Self.text(document.value(at: [.key("params")]), in: source) == "[params]\nfee_rate = 0.45")
        #expect(Self.text(document.value(at: [.key("params"), .key("sub")]), in: source) == "[params.sub]\nk = 1")
        #expect(document.root.span.upperBound.offset == source.utf8.count)
    }

    @Test func anEmptyTableSpansItsHeader() throws {
        let source = "[a]\n\n[b]\nx = 1\n"
        let document = try TOMLDocument(text: source)
        #expect(Self.text(document.value(at: [.key("a")]), in: source) == "[a]")
    }

    @Test func arraysOfTablesSpanTheirElements() throws {
        let source = """
            [[area]]
            id = "a"

            [[area]]
            id = "b"
            [area.params]
            fee_rate = 1
            """
        let document = try TOMLDocument(text: source)
        let area = try #require(document.value(at: [.key("area")]))
        #expect(area.form == .arrayOfTables)
        #expect(Self.text(area, in: source) == "[[area]]\nid = \"a\"\n\n[[area]]\nid = \"b\"")
        #expect(Self.text(document.value(at: [.key("area"), .index(1)]), in: source) == "[[area]]\nid = \"b\"")
        #expect(document.value(at: [.key("area"), .index(1), .key("params")])?.form == .header)
    }

    @Test func dottedAndImplicitTablesAndInlineValuesHaveTheirForms() throws {
        let source = """
            [a.b.c]
            x = 1
            [d]
            apple.color = "red"
            apple.size = 3
            t = { u = 1, v.w = 2 }
            """
        let document = try TOMLDocument(text: source)
        #expect(document.value(at: [.key("a")])?.form == .implicit)
        #expect(Self.text(document.value(at: [.key("a")]), in: source) == "[a.b.c]")
        let apple = document.value(at: [.key("d"), .key("apple")])
        #expect(apple?.form == .dotted)
        #expect(Self.text(apple, in: source) == "apple.color = \"red\"\napple.size = 3")
        let t = document.value(at: [.key("d"), .key("t")])
        #expect(t?.form == .inline)
        #expect(Self.text(t, in: source) == "{ u = 1, v.w = 2 }")
        #expect(document.value(at: [.key("d"), .key("t"), .key("v")])?.form == .dotted)
        #expect(Self.text(document.value(at: [.key("d")]), in: source) == "[d]\napple.color = \"red\"\napple.size = 3\nt = { u = 1, v.w = 2 }")
    }

    @Test func keysKeepTheirDocumentOrder() throws {
        let document = try TOMLDocument(text: "z = 1\na = 2\n[m]\n[b]\n")
        #expect(document.table.keys == ["z", "a", "m", "b"])
        #expect(document.table.map(\.key) == ["z", "a", "m", "b"])
    }
}
