import Testing
@testable import CustodyIO

@Suite struct CSVRecordReaderTests {
    func read(_ text: String) -> ([CSVRecordReader.Record], [String]) {
        let (records, diagnostics) = CSVRecordReader.records(in: text, file: "f.csv")
        return (records, diagnostics.map(\.description))
    }

    @Test func quotedFieldsKeepCommasQuotesAndLineBreaks() {
        let (records, errors) = read("a,b,c\r\n\"x, y\",\"say \"\"hi\"\"\",\"two\r\nlines\"\r\n")
        #expect(errors.isEmpty)
        #expect(records.map(\.fields) == [["a", "b", "c"], ["x, y", "say \"hi\"", "two\r\nlines"]])
    }

    @Test func rowsAreNumberedAsInASpreadsheetEvenAcrossEmbeddedLineBreaks() {
        let (records, _) = read("h1,h2\n\"multi\nline\nvalue\",1\nnext,2\n")
        #expect(records.map(\.row) == [1, 2, 3])
        #expect(records[2].fields == ["next", "2"])
    }

    @Test func lfCrlfAndAFinalLineWithoutBreakAllEndRecords() {
        let (records, _) = read("a,b\nc,d\r\ne,f")
        #expect(records.map(\.fields) == [["a", "b"], ["c", "d"], ["e", "f"]])
        #expect(read("").0.isEmpty)
    }

    @Test func emptyFieldsAreKept() {
        let (records, _) = read(",x,\n\"\",,\n")
        #expect(records.map(\.fields) == [["", "x", ""], ["", "", ""]])
    }

    @Test func anUnterminatedQuoteIsReportedWhereItOpens() {
        let (records, errors) = read("a,b\n1,2\n3,\"never closed\n4,5\n")
        #expect(errors.count == 1)
        #expect(errors.first?.hasPrefix("f.csv:3:2: error: unterminated quote") == true)
        #expect(records.last?.isMalformed == true)
    }

    @Test func aQuoteInsideAnUnquotedFieldIsAnError() {
        let (records, errors) = read("a,b\n1,ab\"c\n")
        #expect(errors == ["f.csv:2:2: error: a quote inside an unquoted field; put the whole field in quotes and double each quote inside it (\"\")"])
        #expect(records[1].isMalformed)
    }

    @Test func textAfterAClosingQuoteIsAnError() {
        let (_, errors) = read("a,b\n\"x\"y,2\n")
        #expect(errors.first?.hasPrefix("f.csv:2:1: error: text after the closing quote") == true)
    }
}
