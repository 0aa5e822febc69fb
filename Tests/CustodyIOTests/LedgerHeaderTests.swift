import CustodyModel
import Foundation
import Testing
@testable import CustodyIO

/// Ledgers as people write them: Chinese headers with units, a title above the header,
/// thousands separators; and the one error a missing column gives.
@Suite struct LedgerHeaderTests {
    func messages(_ text: String) -> [String] {
        LedgerLoader.load(text: text, file: "ledger.csv").diagnostics.map(\.description)
    }

    /// The compounds of `LedgerLoaderTests.text`, written with Chinese headers, units in
    /// brackets of both widths, a title and a date above the header, and separators.
    static let chinese = """
        浔阳区无物业小区清零行动工作台账,,,,,,,,,,,
        填报日期：2023年6月,,,,,,,,,,,
        编号,小区名称,街道,社区,户数（户）,建筑面积 (m²),能否围合,自管意愿,周边有物业,闲置用房面积(m²),车位数（个）,建成年份
        PP-001,大中路135号院,湓浦,湓浦社区,19,"1,724.3",no,no,yes,0,0,1990
        PP-002,"三马路50号院, 东",湓浦,湓浦社区,216,"19,266.9",是,否,TRUE,80,63,1998

        """

    @Test func chineseHeadersUnitsAndATitleReadAsTheEnglishLedger() {
        let english = LedgerLoader.load(text: LedgerLoaderTests.text, file: "ledger.csv")
        let chinese = LedgerLoader.load(text: Self.chinese, file: "ledger.csv")
        #expect(chinese.diagnostics.isEmpty, "\(chinese.diagnostics.map(\.description))")
        #expect(chinese.compounds == english.compounds)
        #expect(chinese.rows == [4, 5])
    }

    @Test func cellsBelowALaterHeaderAreLocatedByTheirSpreadsheetRow() {
        let text = "台账\n\n编号,街道,户数,面积,可围合\nC1,湓浦,abc,800,否\n"
        #expect(messages(text) == ["ledger.csv:4:3: error: households must be a whole number ≥ 1, got \"abc\""])
    }

    @Test(arguments: ["ID", " id ", "编号", "小区编号", "小区编号（必填）"])
    func theIDColumnAnswersToItsNames(_ header: String) {
        let ledger = LedgerLoader.load(text: "\(header),street,households,floor_area_m2,enclosable\nC1,s,10,800,no\n",
                                       file: "ledger.csv")
        #expect(ledger.compounds.map(\.id) == ["C1"])
    }

    @Test(arguments: [("1,200", 1200.0), ("12,345,678.5", 12_345_678.5), ("-1,000", -1000.0), ("999", 999.0)])
    func thousandsSeparatorsAreRead(_ text: String, _ value: Double) {
        #expect(CompoundField.withoutThousandsSeparators(text) == String(text.filter { $0 != "," }))
        #expect(Double(CompoundField.withoutThousandsSeparators(text)) == value)
    }

    @Test(arguments: ["1,20", "12,3456", ",100", "1,,000", "1.000,5", "1,000.5,2"])
    func commasThatAreNotThousandsSeparatorsAreRefused(_ text: String) {
        #expect(CompoundField.withoutThousandsSeparators(text) == text)
        #expect(messages("id,street,households,floor_area_m2,enclosable\nC1,s,10,\"\(text)\",no\n")
                == ["ledger.csv:2:4: error: floor_area_m2 must be a number > 0, got \"\(text)\""])
    }

    @Test func aMissingColumnIsOneErrorNamingItAndTheHeadersFound() {
        let text = "编号,街道,户数,建筑面积\nC1,湓浦,10,800\n"
        let ledger = LedgerLoader.load(text: text, file: "ledger.csv")
        #expect(ledger.diagnostics.map(\.description) == [
            "ledger.csv:1:1: error: required column enclosable (能否围合) is missing from the header row, which has 编号, 街道, 户数, 建筑面积",
        ])
        #expect(ledger.isUnreadable)
        #expect(messages("编号,小区名称\nC1,x\n") == [
            "ledger.csv:1:1: error: required columns street (街道), households (户数), floor_area_m2 (建筑面积), enclosable (能否围合) "
                + "are missing from the header row, which has 编号, 小区名称",
        ])
    }

    @Test func aLedgerWithoutAnIDColumnHasNoHeaderRow() {
        let ledger = LedgerLoader.load(text: "小区,街道\n一号院,湓浦\n", file: "ledger.csv")
        #expect(ledger.diagnostics.map(\.description) == [
            "ledger.csv:1:1: error: no row names the column id (or 编号, 小区编号), so the ledger has no header row: "
                + "put one naming the columns id (编号), street (街道), households (户数), floor_area_m2 (建筑面积), "
                + "enclosable (能否围合) above the compounds; its first row has 小区, 街道",
        ])
        #expect(ledger.isUnreadable)
    }

    @Test func twoHeadersForOneColumnAreADuplicate() {
        #expect(messages("id,编号,street,households,floor_area_m2,enclosable\nC1,C1,s,1,1,no\n")
                == ["ledger.csv:1:2: error: duplicate column 编号: column 1 (id) names the same column, id; keep one of them"])
    }

    @Test func aScenarioWhoseLedgerMissesAColumnGetsThatErrorAlone() {
        let ledger = "编号,街道,户数,建筑面积\nA-1,湓浦,100,8000\nA-2,湓浦,50,4000\nA-3,甘棠,80,6000\n"
        let lines = failures(smallScenario(), ledger: ledger)
        #expect(lines == ["ledger.csv:1:1: error: required column enclosable (能否围合) is missing from the header row, "
                          + "which has 编号, 街道, 户数, 建筑面积"])
    }
}
