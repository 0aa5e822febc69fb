import FuzzDriver
import TOML

/// libFuzzer's entry point: reads the bytes as a TOML document and checks what the reader says
/// of every value: its span lies inside the text, begins no later than it ends, and its line
/// and column are those of its byte offset. A syntax error's position must be in the text too.
///
/// Any input may be refused; none may crash, hang, trip the sanitizer or break these checks.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzTOML(_ start: UnsafePointer<UInt8>, _ count: Int) -> Int32 {
    let bytes = Array(UnsafeBufferPointer(start: start, count: count))
    let lines = LineTable(bytes)
    do {
        let document = try TOMLDocument(bytes: bytes)
        check(document.root, lines)
    } catch {
        lines.check(error.position)
    }
    return 0
}

/// Where each line of the text starts, to check positions against.
struct LineTable {
    let bytes: [UInt8]
    let starts: [Int]

    init(_ bytes: [UInt8]) {
        self.bytes = bytes
        let bom = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        starts = [bom] + bytes.indices.filter { bytes[$0] == 0x0A }.map { $0 + 1 }
    }

    func check(_ p: TOMLPosition) {
        precondition(p.offset >= 0 && p.offset <= bytes.count, "offset \(p.offset) outside \(bytes.count) bytes")
        precondition(p.line >= 1 && p.line <= starts.count, "line \(p.line) outside \(starts.count) lines")
        let lineStart = starts[p.line - 1]
        precondition(p.offset >= lineStart, "offset \(p.offset) before line \(p.line), which starts at \(lineStart)")
        let column = bytes[lineStart..<p.offset].count { $0 & 0xC0 != 0x80 } + 1
        precondition(p.column == column, "column \(p.column) at offset \(p.offset) should be \(column)")
    }
}

func check(_ value: TOMLValue, _ lines: LineTable) {
    lines.check(value.key)
    lines.check(value.span.lowerBound)
    lines.check(value.span.upperBound)
    switch value.kind {
    case .array(let items): items.forEach { check($0, lines) }
    case .table(let table): table.forEach { check($0.value, lines) }
    default: break
    }
}

fuzz(fuzzTOML)
