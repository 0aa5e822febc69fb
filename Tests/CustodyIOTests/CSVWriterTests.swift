import Foundation
import Testing
@testable import CustodyIO

/// RFC 4180 output, Excel mode and number spelling (MODEL §7).
struct CSVWriterTests {
    let awkward = ["湓浦, 甘棠", "say \"hi\"", "two\nlines", "=SUM(A1:A2)", "+1", "-x", "@cmd", "plain", ""]

    @Test func awkwardTextRoundTripsThroughTheReader() {
        var w = CSVWriter()
        w.row(["name"] + awkward.indices.map { "c\($0)" })
        w.row(["row"] + awkward)
        let text = String(decoding: w.bytes, as: UTF8.self)
        let (records, diagnostics) = CSVRecordReader.records(in: text, file: "t.csv")
        #expect(diagnostics.isEmpty)
        #expect(records.count == 2)
        #expect(records[1].fields == ["row"] + awkward)
    }

    @Test func excelModeAddsAByteOrderMarkAndDisarmsFormulas() {
        var w = CSVWriter(excel: true)
        w.row(awkward)
        w.number(-3.5)
        w.endRow()
        #expect(Array(w.bytes.prefix(3)) == [0xEF, 0xBB, 0xBF])
        let text = String(decoding: w.bytes.dropFirst(3), as: UTF8.self)
        let (records, _) = CSVRecordReader.records(in: text, file: "t.csv")
        #expect(records[0].fields == ["湓浦, 甘棠", "say \"hi\"", "two\nlines", "'=SUM(A1:A2)", "'+1", "'-x", "'@cmd", "plain", ""])
        // Numbers are not text: a negative number keeps its sign.
        #expect(records[1].fields == ["-3.5"])
    }

    @Test func numbersAreShortestAndNonFiniteIsEmpty() {
        var w = CSVWriter()
        w.number(0.1)
        w.number(400)
        w.number(nil)
        w.number(.nan)
        w.number(-.infinity)
        w.integer(7)
        w.flag(true)
        w.endRow()
        #expect(String(decoding: w.bytes, as: UTF8.self) == "0.1,400,,,,7,true\r\n")
    }

    @Test func aNumberRowEqualsItsCells() {
        let values = [0.1, -400, .nan, 1e300, -0.0, 12_345.678_9, .infinity, 0.000_123, 0x1p52 + 1]
        var cells = CSVWriter(), row = CSVWriter()
        for first in [0, 41, -7, Int.max] {
            cells.integer(first)
            for x in values { cells.number(x) }
            cells.endRow()
            row.numberRow(first, count: values.count) { values[$0] }
        }
        #expect(row.bytes == cells.bytes)
        var alone = CSVWriter()
        alone.numberRow(5, count: 0) { _ in 0 }
        #expect(alone.bytes == Array("5\r\n".utf8))
        #expect(String(decoding: row.bytes.prefix(44), as: UTF8.self) == "0,0.1,-400,,1e+300,0,12345.6789,,0.000123,45")
    }
}

/// Files appear whole or not at all (MODEL §7).
struct OutputDirectoryTests {
    @Test func writesEveryFileAndLeavesNoTemporaryFile() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("custody-out-\(UUID())").path
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let output = OutputDirectory(path: folder + "/nested")
        try output.write([("a.csv", Array("x\r\n".utf8)), ("b.csv", Array("y\r\n".utf8))])
        try output.write([("a.csv", Array("new\r\n".utf8))])
        let names = try FileManager.default.contentsOfDirectory(atPath: folder + "/nested").sorted()
        #expect(names == ["a.csv", "b.csv"])
        #expect(try String(contentsOfFile: folder + "/nested/a.csv", encoding: .utf8) == "new\r\n")
    }

    @Test func anUnwritableFolderIsReportedByName() {
        #expect(throws: OutputError.self) {
            try OutputDirectory(path: "/proc/custody-cannot-write-here").write([("a.csv", [])])
        }
    }
}

/// A streamed file is flushed to disk in the background as it grows, and still appears whole
/// on commit, or not at all when discarded.
struct StreamedFileTests {
    /// Pieces adding up to a little over three flush intervals, each piece's bytes its number.
    static let pieces = (0..<(3 * StreamedFile.flushInterval / 65_536 + 2)).map { Data(repeating: UInt8($0 % 251), count: 65_536) }

    @Test func aFileWrittenAcrossSeveralFlushesCommitsWhole() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = try StreamedFile(folder: folder.path, name: "rows.csv")
        for piece in Self.pieces { try file.write([UInt8](piece)) }
        #expect(file.size == Self.pieces.count * 65_536)
        try file.commit()
        let written = try Data(contentsOf: folder.appendingPathComponent("rows.csv"))
        #expect(written == Self.pieces.reduce(Data(), +))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["rows.csv"])
    }

    @Test func aDiscardedFileLeavesNothing() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = try StreamedFile(folder: folder.path, name: "rows.csv")
        for piece in Self.pieces { try file.write([UInt8](piece)) }
        file.discard()
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty)
        #expect(!FileManager.default.fileExists(atPath: file.temporaryPath))
    }
}
