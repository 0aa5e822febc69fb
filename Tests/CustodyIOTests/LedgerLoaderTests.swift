import CustodyModel
import Foundation
import Testing
@testable import CustodyIO

@Suite struct LedgerLoaderTests {
    static let header = "id,name,street,community,households,floor_area_m2,enclosable,self_manage_willing,adjacent_managed,idle_area_m2,parking_spaces,built_year"
    static let text = """
    \(header)
    PP-001,大中路135号院,湓浦,湓浦社区,19,1724.3,no,no,yes,0,0,1990
    PP-002,"三马路50号院, 东",湓浦,湓浦社区,216,19266.9,是,否,TRUE,80,63,1998

    """

    func messages(_ text: String) -> [String] {
        LedgerLoader.load(text: text, file: "ledger.csv").diagnostics.map(\.description)
    }

    @Test func readsEveryColumnInFileOrder() {
        let ledger = LedgerLoader.load(text: Self.text, file: "ledger.csv")
        #expect(ledger.diagnostics.isEmpty)
        #expect(ledger.compounds == [
            Compound(id: "PP-001", name: "大中路135号院", street: "湓浦", community: "湓浦社区", households: 19,
                     floorArea: 1724.3, enclosable: false, selfManageWilling: false, adjacentManaged: true,
                     idleArea: 0, parkingSpaces: 0, builtYear: 1990),
            Compound(id: "PP-002", name: "三马路50号院, 东", street: "湓浦", community: "湓浦社区", households: 216,
                     floorArea: 19266.9, enclosable: true, selfManageWilling: false, adjacentManaged: true,
                     idleArea: 80, parkingSpaces: 63, builtYear: 1998),
        ])
        #expect(ledger.rows == [2, 3])
    }

    @Test func sameLedgerInUTF8WithBOMAndGB18030GivesIdenticalCompounds() throws {
        let utf8 = LedgerLoader.load(Data(Self.text.utf8), file: "l.csv")
        let bom = LedgerLoader.load(Data([0xEF, 0xBB, 0xBF] + Array(Self.text.utf8)), file: "l.csv")
        let gb = LedgerLoader.load(try #require(Self.text.data(using: TextDecoding.gb18030)), file: "l.csv")
        #expect(utf8.compounds.count == 2)
        #expect(bom.compounds == utf8.compounds)
        #expect(gb.compounds == utf8.compounds)
        #expect([utf8.encoding, bom.encoding, gb.encoding] == [.utf8, .utf8WithBOM, .gb18030])
        #expect(gb.diagnostics.isEmpty && bom.diagnostics.isEmpty)
    }

    @Test func utf16LedgerLoads() throws {
        let data = Data([0xFF, 0xFE]) + (try #require(Self.text.data(using: .utf16LittleEndian)))
        let ledger = LedgerLoader.load(data, file: "l.csv")
        #expect(ledger.encoding == .utf16LittleEndian)
        #expect(ledger.compounds == LedgerLoader.load(text: Self.text, file: "l.csv").compounds)
    }

    @Test func columnsMayComeInAnyOrderWithSpacesAndOptionalOnesMissing() {
        let ledger = LedgerLoader.load(text: " enclosable , floor_area_m2,households,street,id\n1,50.5,3,S,X\n",
                                       file: "l.csv")
        #expect(ledger.diagnostics.isEmpty)
        #expect(ledger.compounds == [Compound(id: "X", street: "S", households: 3, floorArea: 50.5, enclosable: true)])
    }

    @Test func yesNoAcceptsEveryDocumentedSpelling() {
        for (word, value) in [("yes", true), ("No", false), ("TRUE", true), ("false", false), ("1", true),
                              ("0", false), ("是", true), ("否", false)] {
            let ledger = LedgerLoader.load(text: "id,street,households,floor_area_m2,enclosable\nX,S,1,1,\(word)\n",
                                           file: "l.csv")
            #expect(ledger.compounds.first?.enclosable == value, "\(word)")
        }
    }

    @Test func everyBadCellIsReportedWithRowColumnAndName() {
        let text = """
        id,street,households,floor_area_m2,enclosable,idle_area_m2,parking_spaces,built_year
        A,S,abc,0,maybe,-1,2.5,nineteen
        B,,7,1,yes,,,
        """
        #expect(messages(text) == [
            "ledger.csv:2:3: error: households must be a whole number ≥ 1, got \"abc\"",
            "ledger.csv:2:4: error: floor_area_m2 must be a number > 0, got \"0\"",
            "ledger.csv:2:5: error: enclosable must be yes or no (or true/false, 1/0, 是/否), got \"maybe\"",
            "ledger.csv:2:6: error: idle_area_m2 must be a number ≥ 0, got \"-1\"",
            "ledger.csv:2:7: error: parking_spaces must be a whole number ≥ 0, got \"2.5\"",
            "ledger.csv:2:8: error: built_year must be a whole number (a year), got \"nineteen\"",
            "ledger.csv:3:2: error: street must not be empty",
        ])
    }

    @Test func emptyRequiredCellIsAnErrorAndEmptyOptionalCellsTakeDefaults() {
        let ledger = LedgerLoader.load(text: "id,street,households,floor_area_m2,enclosable,idle_area_m2,parking_spaces\nA,S,,1,no,,\nB,S,2,3,no,,\n",
                                       file: "l.csv")
        #expect(ledger.diagnostics.map(\.description) == ["l.csv:2:3: error: households must be a whole number ≥ 1, got an empty cell"])
        #expect(ledger.compounds == [Compound(id: "B", street: "S", households: 2, floorArea: 3, enclosable: false)])
    }

    @Test func nanAndInfinityAreNotNumbers() {
        #expect(messages("id,street,households,floor_area_m2,enclosable\nA,S,1,nan,no\nB,S,1,inf,no\n") == [
            "ledger.csv:2:4: error: floor_area_m2 must be a number > 0, got \"nan\"",
            "ledger.csv:3:4: error: floor_area_m2 must be a number > 0, got \"inf\"",
        ])
    }

    @Test func missingRequiredColumnIsAnErrorOnRowOne() {
        #expect(messages("id,street,floor_area_m2,enclosable\nA,S,1,no\n") ==
                ["ledger.csv:1:1: error: required column households (户数) is missing from the header row, which has id, street, floor_area_m2, enclosable"])
    }

    @Test func unknownColumnIsAWarningWithASuggestion() {
        let ledger = LedgerLoader.load(text: "id,street,households,floor_area_m2,enclosable,parking_space\nA,S,1,1,no,4\n",
                                       file: "l.csv")
        #expect(ledger.diagnostics.map(\.description) ==
                ["l.csv:1:6: warning: unknown column \"parking_space\" is ignored; did you mean `parking_spaces`?"])
        #expect(ledger.compounds.first?.parkingSpaces == 0)
    }

    @Test func duplicateColumnIsAnError() {
        #expect(messages("id,street,households,floor_area_m2,enclosable,street\nA,S,1,1,no,T\n") ==
                ["ledger.csv:1:6: error: duplicate column street: column 2 has the same name; keep one of them"])
    }

    @Test func rowsWithTooManyOrTooFewFieldsAreErrors() {
        #expect(messages("id,street,households,floor_area_m2,enclosable\nA,S,1,1,no,extra\nB,S,1\n") == [
            "ledger.csv:2:6: error: row has 6 fields but the header has 5 columns; quote any value that contains a comma",
            "ledger.csv:3:4: error: row has 3 fields but the header has 5 columns; add the missing cells, even if empty",
        ])
    }

    @Test func duplicateIdNamesTheRowOfTheFirst() {
        #expect(messages("id,street,households,floor_area_m2,enclosable\nA,S,1,1,no\nB,S,1,1,no\nA,S,2,2,no\n") ==
                ["ledger.csv:4:1: error: duplicate id \"A\": row 2 has it already; each compound needs its own id"])
    }

    @Test func blankLinesAtTheEndAreIgnoredAndInTheMiddleWarned() {
        let ledger = LedgerLoader.load(text: "id,street,households,floor_area_m2,enclosable\nA,S,1,1,no\n\nB,S,1,1,no\n\n,,,,\n\r\n",
                                       file: "l.csv")
        #expect(ledger.compounds.map(\.id) == ["A", "B"])
        #expect(ledger.rows == [2, 4])
        #expect(ledger.diagnostics.map(\.description) == ["l.csv:3:1: warning: row 3 is empty and is skipped; delete it"])
    }

    @Test func rowNumbersCountAQuotedLineBreakAsOneRow() {
        let text = "id,name,street,households,floor_area_m2,enclosable\nA,\"two\nlines\",S,1,1,no\nB,x,S,zero,1,no\n"
        #expect(messages(text) == ["ledger.csv:3:4: error: households must be a whole number ≥ 1, got \"zero\""])
    }

    @Test func quoteErrorsAreReportedOnceAndTheRowSkipped() {
        let ledger = LedgerLoader.load(text: "id,street,households,floor_area_m2,enclosable\nA,S,1\"0,1,no\nB,S,1,1,no\n",
                                       file: "l.csv")
        #expect(ledger.diagnostics.count == 1)
        #expect(ledger.diagnostics.first?.description.hasPrefix("l.csv:2:3: error: a quote inside an unquoted field") == true)
        #expect(ledger.compounds.map(\.id) == ["B"])
        #expect(ledger.row(of: "A") == 2 && ledger.compound(withID: "A") == nil)
    }

    @Test func emptyFileNeedsAHeader() {
        #expect(messages("") == ["ledger.csv:1:1: error: the ledger is empty: it needs a header row naming the columns id, street, households, floor_area_m2, enclosable"])
    }

    @Test func bundledLedgerLoadsWithoutDiagnostics() throws {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("../../scenarios/xunyang-ledger.csv").standardized
        let data = try Data(contentsOf: url)
        let ledger = LedgerLoader.load(data, file: "xunyang-ledger.csv")
        #expect(ledger.diagnostics.isEmpty)
        #expect(ledger.compounds.count == 138)
    }
}
