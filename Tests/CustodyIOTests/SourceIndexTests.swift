import Testing
@testable import CustodyIO

/// Positions of keys and values found by the scanner, independent of the loader.
@Suite struct SourceIndexTests {
    typealias P = SourceIndex.Position

    @Test func tablesArraysOfTablesAndDottedKeysGetTheirPaths() {
        let text = """
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
        """
        let index = SourceIndex(text: text)
        #expect(index.value([.key("scenario"), .key("name")]) == P(line: 3, column: 8))
        #expect(index.key([.key("area"), .index(0), .key("params"), .key("fee_rate")]) == P(line: 7, column: 1))
        #expect(index.value([.key("area"), .index(0), .key("params"), .key("fee_rate")]) == P(line: 7, column: 12))
        #expect(index.value([.key("area"), .index(1), .key("id")]) == P(line: 9, column: 6))
        #expect(index.value([.key("area"), .index(1), .key("compound"), .index(0)]) == P(line: 10, column: 1))
        #expect(index.value([.key("area"), .index(1), .key("compound"), .index(0), .key("households")]) == P(line: 11, column: 14))
        #expect(index.key([.key("modes"), .key("merged-custody")]) == P(line: 12, column: 8))
        #expect(index.value([.key("modes"), .key("merged-custody"), .key("fee_rate")]) == P(line: 13, column: 14))
        #expect(index.key([.key("modes"), .key("merged-custody"), .key("a"), .key("b"), .key("c")]) == P(line: 14, column: 5))
    }

    @Test func multiLineArraysAndInlineTablesIndexEachElement() {
        let text = """
        xs = [
          1,   # one
          [2, 3],
          { k = "v", n = { m = 5 } },
        ]
        s = \"\"\"
        multi "quoted" line
        \"\"\"
        t = 'lit'
        """
        let index = SourceIndex(text: text)
        #expect(index.value([.key("xs"), .index(0)]) == P(line: 2, column: 3))
        #expect(index.value([.key("xs"), .index(1), .index(1)]) == P(line: 3, column: 7))
        #expect(index.value([.key("xs"), .index(2), .key("k")]) == P(line: 4, column: 9))
        #expect(index.value([.key("xs"), .index(2), .key("n"), .key("m")]) == P(line: 4, column: 24))
        #expect(index.value([.key("t")]) == P(line: 9, column: 5))
    }

    @Test func columnsCountUnicodeScalars() {
        let index = SourceIndex(text: "name = \"湓浦\"; x = 1\n街 = 2\n\"键\" = 3\n")
        #expect(index.value([.key("键")]) == P(line: 3, column: 7))
    }

    @Test func missingPathsFallBackToTheirNearestParent() {
        let index = SourceIndex(text: "[a]\nb = 1\n")
        #expect(index.value([.key("a"), .key("zz")]) == P(line: 1, column: 1))
        #expect(index.value([.key("nothing")]) == P.start)
    }
}
