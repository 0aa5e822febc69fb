/// A hand-written RFC 4180 reader that keeps spreadsheet positions for its messages.
///
/// It works on the text's UTF-8 bytes: commas, quotes and line breaks are ASCII and never occur
/// inside a multi-byte sequence, so a field is a byte range, turned into a `String` once.
/// Records end at LF, CRLF or a lone CR; a quoted field may hold commas, line breaks and
/// doubled quotes (`""`). Rows are numbered as a spreadsheet shows them: the first record
/// (the header) is row 1, and a quoted field with line breaks inside keeps its record on one
/// row. Columns are 1-based field indices.
///
/// Errors (reported, then reading goes on with the next record):
/// - a quoted field without its closing quote, at the row and column where it opened;
/// - a quote inside an unquoted field, or text between a closing quote and the next comma.
///
/// - Complexity: O(n) in the size of the text, one pass; memory is one record at a time when
///   records are consumed by ``forEachRecord(in:file:_:)``.
enum CSVRecordReader {
    /// One record: its fields and its spreadsheet row.
    struct Record: Equatable {
        /// 1-based, as a spreadsheet numbers it (the header is row 1).
        var row: Int
        var fields: [String]
        /// The reader reported an error in this record, so its fields may not be what the
        /// author meant.
        var isMalformed: Bool

        /// A record with nothing in it: an empty line, or only commas.
        var isBlank: Bool { fields.allSatisfy(\.isEmpty) }
    }

    private static let comma = UInt8(ascii: ","), quote = UInt8(ascii: "\""),
        cr = UInt8(ascii: "\r"), lf = UInt8(ascii: "\n")

    /// Reads every record of `text`, handing each to `body` in order.
    ///
    /// An empty text has no records; a final line break does not start an empty record.
    ///
    /// - Parameter file: the path to name in the diagnostics.
    /// - Returns: the errors found, in file order.
    static func forEachRecord(in text: String, file: String, _ body: (Record) -> Void) -> [Diagnostic] {
        var text = text
        return text.withUTF8 { bytes in
            var reader = ByteReader(bytes: bytes, file: file)
            reader.run(body)
            return reader.diagnostics
        }
    }

    /// Reads every record of `text` into an array.
    static func records(in text: String, file: String) -> (records: [Record], diagnostics: [Diagnostic]) {
        var records: [Record] = []
        let diagnostics = forEachRecord(in: text, file: file) { records.append($0) }
        return (records, diagnostics)
    }

    /// The state of one pass over the bytes.
    private struct ByteReader {
        let bytes: UnsafeBufferPointer<UInt8>
        let file: String
        var i = 0
        var row = 1
        var fields: [String] = []
        var malformed = false
        var scratch: [UInt8] = []
        var diagnostics: [Diagnostic] = []

        init(bytes: UnsafeBufferPointer<UInt8>, file: String) {
            self.bytes = bytes
            self.file = file
        }

        mutating func run(_ body: (Record) -> Void) {
            let n = bytes.count
            guard n > 0 else { return }
            while true {
                if i < n, bytes[i] == quote { quotedField() } else { plainField() }
                if i >= n {
                    body(Record(row: row, fields: fields, isMalformed: malformed))
                    return
                }
                if bytes[i] == comma {
                    i += 1
                    continue
                }
                // A line break: CRLF, LF or a lone CR.
                if bytes[i] == cr, i + 1 < n, bytes[i + 1] == lf { i += 2 } else { i += 1 }
                body(Record(row: row, fields: fields, isMalformed: malformed))
                row += 1
                fields.removeAll(keepingCapacity: true)
                malformed = false
                if i >= n { return }
            }
        }

        /// A field that does not start with a quote: everything up to the next comma or line break.
        mutating func plainField() {
            let start = i, n = bytes.count
            var strayQuote = false
            while i < n {
                let b = bytes[i]
                if b == comma || b == lf || b == cr { break }
                if b == quote { strayQuote = true }
                i += 1
            }
            if strayQuote {
                report("a quote inside an unquoted field; put the whole field in quotes and double each quote inside it (\"\")")
            }
            fields.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<i]), as: UTF8.self))
        }

        /// A field in quotes, with `""` standing for one quote.
        mutating func quotedField() {
            let n = bytes.count
            i += 1
            scratch.removeAll(keepingCapacity: true)
            var segment = i
            var closed = false
            while i < n {
                if bytes[i] == quote {
                    if i + 1 < n, bytes[i + 1] == quote {
                        scratch.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[segment...i]))
                        i += 2
                        segment = i
                        continue
                    }
                    scratch.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[segment..<i]))
                    i += 1
                    closed = true
                    break
                }
                i += 1
            }
            if !closed {
                scratch.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[segment..<n]))
                report("unterminated quote: the quoted field that opens here has no closing quote; add the closing \" (a quote inside a quoted field is written \"\")")
            } else if i < n, bytes[i] != comma, bytes[i] != lf, bytes[i] != cr {
                report("text after the closing quote of a quoted field; put the whole field in quotes and double each quote inside it (\"\")")
                while i < n, bytes[i] != comma, bytes[i] != lf, bytes[i] != cr { i += 1 }
            }
            fields.append(String(decoding: scratch, as: UTF8.self))
        }

        /// An error at the current row and the field being read.
        mutating func report(_ message: String) {
            malformed = true
            diagnostics.append(.error(message, file: file, line: row, column: fields.count + 1))
        }
    }
}
