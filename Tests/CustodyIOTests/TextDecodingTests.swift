import Foundation
import Testing
@testable import CustodyIO

@Suite struct TextDecodingTests {
    let text = "id,name\nPP-001,大中路135号院\n"

    @Test func plainUTF8IsDetected() throws {
        let decoded = try TextDecoding.decode(Data(text.utf8), file: "x.csv")
        #expect(decoded.text == text)
        #expect(decoded.encoding == .utf8)
    }

    @Test func utf8ByteOrderMarkIsStripped() throws {
        let decoded = try TextDecoding.decode(Data([0xEF, 0xBB, 0xBF] + Array(text.utf8)), file: "x.csv")
        #expect(decoded.text == text)
        #expect(decoded.encoding == .utf8WithBOM)
    }

    @Test func gb18030IsDecodedWhenTheBytesAreNotUTF8() throws {
        let data = try #require(text.data(using: TextDecoding.gb18030))
        #expect(String(data: data, encoding: .utf8) == nil)
        let decoded = try TextDecoding.decode(data, file: "x.csv")
        #expect(decoded.text == text)
        #expect(decoded.encoding == .gb18030)
    }

    @Test func utf16WithEitherByteOrderIsDecoded() throws {
        let le = try #require(text.data(using: .utf16LittleEndian))
        let be = try #require(text.data(using: .utf16BigEndian))
        let little = try TextDecoding.decode(Data([0xFF, 0xFE]) + le, file: "x.csv")
        let big = try TextDecoding.decode(Data([0xFE, 0xFF]) + be, file: "x.csv")
        #expect(little.text == text && little.encoding == .utf16LittleEndian)
        #expect(big.text == text && big.encoding == .utf16BigEndian)
    }

    @Test func undecodableBytesAreAnErrorAtTheFirstLine() {
        #expect {
            try TextDecoding.decode(Data([0x41, 0x80, 0xFF, 0xFE, 0x41]), file: "bad.csv")
        } throws: { error in
            let d = (error as? InputError)?.diagnostics ?? []
            return d.count == 1 && d[0].description.hasPrefix("bad.csv:1:1: error: the file is neither UTF-8 nor GB18030")
                && d[0].message.contains("save it as UTF-8")
        }
    }
}
