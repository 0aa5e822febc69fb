import CustodyModel

/// Builds RFC 4180 CSV as UTF-8 bytes, a cell at a time.
///
/// Numbers are written in shortest round-trip form (``NumberFormat/shortest(_:)``); a missing
/// or non-finite number is an empty cell, so NaN and infinity never reach a file. In Excel
/// mode the bytes start with a UTF-8 byte-order mark (so that Excel and WPS read Chinese text
/// correctly) and a text cell starting with `=`, `+`, `-` or `@` is prefixed with `'`, so
/// that no formula runs when the file is opened.
public struct CSVWriter: Sendable {
    public private(set) var bytes: [UInt8] = []
    public let excel: Bool
    private var rowStarted = false

    public init(excel: Bool = false, reservingCapacity capacity: Int = 0) {
        self.excel = excel
        bytes.reserveCapacity(capacity)
        if excel { bytes += [0xEF, 0xBB, 0xBF] }
    }

    /// A header or any row of text cells.
    public mutating func row(_ cells: [String]) {
        for cell in cells { text(cell) }
        endRow()
    }

    /// A text cell, quoted when it holds a comma, quote or line break.
    public mutating func text(_ value: String) {
        separate()
        var value = value
        if excel, let first = value.utf8.first, Self.formulaStarts.contains(first) { value = "'" + value }
        let utf8 = value.utf8
        if utf8.contains(where: { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "\"") || $0 == 0x0A || $0 == 0x0D }) {
            bytes.append(UInt8(ascii: "\""))
            for byte in utf8 {
                if byte == UInt8(ascii: "\"") { bytes.append(byte) }
                bytes.append(byte)
            }
            bytes.append(UInt8(ascii: "\""))
        } else {
            bytes += utf8
        }
    }

    /// A number cell; nil or a non-finite value is an empty cell.
    public mutating func number(_ value: Double?) {
        separate()
        guard let value, value.isFinite else { return }
        spell { NumberFormat.write(value, into: $0) }
    }

    /// A whole row: the integer `first`, then `count` numbers, `value(0)` … `value(count − 1)`
    /// (a non-finite one is an empty cell). The row is spelled in a buffer of its own and
    /// added at once: samples.csv has millions of these.
    @inline(__always)
    public mutating func numberRow(_ first: Int, count: Int, _ value: (Int) -> Double) {
        precondition(!rowStarted, "a number row starts a row")
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: (count + 1) * (NumberFormat.capacity + 1) + 2) { row in
            var at = NumberFormat.write(first, into: row)
            for k in 0..<count {
                row[at] = UInt8(ascii: ",")
                at += 1
                let x = value(k)
                if x.isFinite { at += NumberFormat.write(x, into: UnsafeMutableBufferPointer(rebasing: row[at...])) }
            }
            row[at] = 0x0D
            row[at + 1] = 0x0A
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: row[..<(at + 2)]))
        }
    }

    public mutating func integer(_ value: Int?) {
        separate()
        guard let value else { return }
        spell { NumberFormat.write(value, into: $0) }
    }

    /// Appends what `write` puts in a buffer of ``NumberFormat/capacity`` bytes, the count it returns.
    @inline(__always)
    private mutating func spell(_ write: (UnsafeMutableBufferPointer<UInt8>) -> Int) {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: NumberFormat.capacity) { cell in
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: cell[..<write(cell)]))
        }
    }

    public mutating func flag(_ value: Bool) {
        separate()
        bytes += (value ? "true" : "false").utf8
    }

    /// Ends the current row with CRLF, as RFC 4180 specifies.
    public mutating func endRow() {
        bytes.append(0x0D)
        bytes.append(0x0A)
        rowStarted = false
    }

    private mutating func separate() {
        if rowStarted { bytes.append(UInt8(ascii: ",")) }
        rowStarted = true
    }

    private static let formulaStarts: Set<UInt8> = [UInt8(ascii: "="), UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "@")]
}
