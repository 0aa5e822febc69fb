import CustodyModel
import Foundation

/// Reads the compound ledger (工作台账, MODEL §3): a header row naming the columns, then one
/// row per compound.
///
/// The header is the first row with a cell naming the `id` column; rows above it (a title, a
/// date) are skipped. A header cell names a column by its name or one of its Chinese aliases
/// (``CompoundField/aliases``), after trimming spaces and a trailing unit in brackets, in any
/// order. Cells are trimmed; an empty optional cell takes its default. Every problem is
/// reported, not just the first, compiler style with the spreadsheet row and the 1-based column
/// index: `ledger.csv:7:5: error: households must be a whole number ≥ 1, got "abc"`.
///
/// - No header row, or required columns missing: one error that names them and the headers
///   found; the ledger then counts as unreadable, so that the scenario does not go on to
///   report every compound it cannot find in it.
/// - A column named twice: an error on the header row.
/// - An unknown column: a warning ("did you mean"), and the column is ignored.
/// - A row with more or fewer fields than the header, a bad cell, a duplicate id: an error.
/// - Empty rows at the end are ignored; an empty row before the last compound is skipped with
///   a warning.
enum LedgerLoader {
    /// Decodes and reads a ledger file's bytes (UTF-8 with or without BOM, UTF-16, GB18030).
    ///
    /// - Parameter file: the path to name in the diagnostics, as the user gave it.
    static func load(_ data: Data, file: String) -> Ledger {
        do throws(InputError) {
            let (text, encoding) = try TextDecoding.decode(data, file: file)
            var ledger = load(text: text, file: file)
            ledger.encoding = encoding
            return ledger
        } catch {
            return Ledger(isUnreadable: true, diagnostics: error.diagnostics)
        }
    }

    /// Reads a ledger that is already text.
    static func load(text: String, file: String) -> Ledger {
        var state = State(file: file)
        let readerDiagnostics = CSVRecordReader.forEachRecord(in: text, file: file) { state.take($0) }
        if state.columns == nil {
            state.ledger.isUnreadable = true
            if let first = state.firstRow {
                let cells = first.map(LedgerLoader.trimmed).filter { !$0.isEmpty }
                state.error("no row names the column \(CompoundField.id.name) (or \(CompoundField.id.aliases.joined(separator: ", "))), "
                            + "so the ledger has no header row: put one naming the columns "
                            + required.map(\.shownWithAlias).joined(separator: ", ") + " above the compounds"
                            + (cells.isEmpty ? "" : "; its first row has " + cells.joined(separator: ", ")),
                            row: 1, column: 1)
            } else {
                state.error("the ledger is empty: it needs a header row naming the columns "
                            + required.map(\.name).joined(separator: ", "), row: 1, column: 1)
            }
        }
        var ledger = state.ledger
        ledger.diagnostics = (ledger.diagnostics + readerDiagnostics).sortedForPrinting()
        return ledger
    }

    private static let required = CompoundField.allCases.filter(\.isRequired)

    /// What has been read so far.
    private struct State {
        let file: String
        var ledger = Ledger()
        /// The field of each column index; nil until the header is read.
        var columns: [CompoundField?]?
        /// Blank rows not yet followed by a compound: skipped with a warning if one follows.
        var blankRows: [Int] = []
        /// The cells of the first row, while no header has been found.
        var firstRow: [String]?

        init(file: String) { self.file = file }

        mutating func error(_ message: String, row: Int, column: Int) {
            ledger.diagnostics.append(.error(message, file: file, line: row, column: column))
        }

        mutating func warning(_ message: String, row: Int, column: Int) {
            ledger.diagnostics.append(.warning(message, file: file, line: row, column: column))
        }

        mutating func take(_ record: CSVRecordReader.Record) {
            guard let columns else {
                if record.fields.contains(where: { CompoundField.column(named: $0) == .id }) { return readHeader(record) }
                if firstRow == nil && !record.isBlank { firstRow = record.fields }
                return
            }
            if record.isBlank && !record.isMalformed {
                blankRows.append(record.row)
                return
            }
            for row in blankRows {
                warning("row \(row) is empty and is skipped; delete it", row: row, column: 1)
            }
            blankRows.removeAll()
            readRow(record, columns: columns)
        }

        mutating func readHeader(_ record: CSVRecordReader.Record) {
            var columns: [CompoundField?] = []
            var firstColumn: [CompoundField: Int] = [:]
            let row = record.row
            for (j, raw) in record.fields.enumerated() {
                let name = LedgerLoader.trimmed(raw)
                guard let field = CompoundField.column(named: name) else {
                    columns.append(nil)
                    if name.isEmpty {
                        warning("column \(j + 1) has no name in the header and is ignored", row: row, column: j + 1)
                    } else {
                        let known = CompoundField.names + CompoundField.allCases.flatMap(\.aliases)
                        let hint = NameDistance.nearest(to: CompoundField.headerName(name), among: known)
                            .map { "; did you mean `\($0)`?" } ?? " (known columns: \(CompoundField.names.joined(separator: ", ")))"
                        warning("unknown column \"\(name)\" is ignored\(hint)", row: row, column: j + 1)
                    }
                    continue
                }
                if let first = firstColumn[field] {
                    let other = LedgerLoader.trimmed(record.fields[first - 1])
                    let same = other == name ? "has the same name" : "(\(other)) names the same column, \(field.name)"
                    error("duplicate column \(name): column \(first) \(same); keep one of them", row: row, column: j + 1)
                    columns.append(nil)
                } else {
                    firstColumn[field] = j + 1
                    columns.append(field)
                }
            }
            let missing = LedgerLoader.required.filter { firstColumn[$0] == nil }
            if !missing.isEmpty {
                let found = record.fields.map(LedgerLoader.trimmed).filter { !$0.isEmpty }
                let names = missing.map(\.shownWithAlias).joined(separator: ", ")
                error((missing.count == 1 ? "required column \(names) is missing" : "required columns \(names) are missing")
                      + " from the header row, which has " + found.joined(separator: ", "), row: row, column: 1)
                ledger.isUnreadable = true
            }
            self.columns = columns
        }

        mutating func readRow(_ record: CSVRecordReader.Record, columns: [CompoundField?]) {
            let idColumn = columns.firstIndex(of: .id)
            let id = idColumn.flatMap { $0 < record.fields.count ? LedgerLoader.trimmed(record.fields[$0]) : nil }
            // The reader has reported a malformed row already; its cells may be shifted.
            guard !record.isMalformed, record.fields.count == columns.count else {
                if let id, !id.isEmpty { ledger.noteID(id, row: record.row) }
                if !record.isMalformed {
                    let k = record.fields.count, h = columns.count
                    let fix = k > h ? "quote any value that contains a comma" : "add the missing cells, even if empty"
                    error("row has \(k) field\(k == 1 ? "" : "s") but the header has \(h) columns; \(fix)",
                          row: record.row, column: min(k, h) + 1)
                }
                return
            }
            var values = CompoundField.Values()
            var valid = true
            for (j, field) in columns.enumerated() {
                guard let field else { continue }
                let cell = LedgerLoader.trimmed(record.fields[j])
                if cell.isEmpty {
                    guard field.isRequired else { continue }
                    valid = false
                    let message = if case .text = field.kind { "\(field.name) \(field.requirement)" }
                        else { "\(field.name) \(field.requirement), got an empty cell" }
                    error(message, row: record.row, column: j + 1)
                    continue
                }
                switch field.parse(.text(cell)) {
                case .success(let value): values[field] = value
                case .failure(let problem):
                    valid = false
                    error(problem.message, row: record.row, column: j + 1)
                }
            }
            if let id, !id.isEmpty, let idColumn, let first = ledger.row(of: id) {
                error("duplicate id \"\(id)\": row \(first) has it already; each compound needs its own id",
                      row: record.row, column: idColumn + 1)
                return
            }
            if valid, let compound = CompoundField.compound(from: values) {
                ledger.append(compound, row: record.row)
            } else if let id, !id.isEmpty {
                ledger.noteID(id, row: record.row)
            }
        }
    }

    /// `text` without leading or trailing white space; fast when there is none.
    static func trimmed(_ text: String) -> String {
        guard let first = text.unicodeScalars.first, let last = text.unicodeScalars.last else { return text }
        if !isSpace(first) && !isSpace(last) { return text }
        return text.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Unicode white space, without a property lookup for the common case (most Chinese text).
    private static func isSpace(_ c: Unicode.Scalar) -> Bool {
        switch c.value {
        case 0x09...0x0D, 0x20, 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000:
            return true
        default:
            return false
        }
    }
}
