import Foundation

/// A CSV file of an output folder, read for the report: its header and its rows of text.
struct ReportTable {
    let file: String
    let header: [String]
    let rows: [[String]]

    /// Parses `text` (a byte-order mark and `--excel`'s inert-formula quote are removed);
    /// blank records are skipped, short records padded with empty cells.
    init(file: String, text: String) {
        var text = text
        let excel = text.hasPrefix("\u{FEFF}")
        if excel { text.removeFirst() }
        let records = CSVRecordReader.records(in: text, file: file).records.filter { !$0.isBlank }
        self.file = file
        header = records.first?.fields ?? []
        let width = header.count
        rows = records.dropFirst().map { record in
            var fields = record.fields.map { excel && $0.count > 1 && $0.hasPrefix("'") && "=+-@".contains($0.dropFirst().first!) ? String($0.dropFirst()) : $0 }
            if fields.count < width { fields += Array(repeating: "", count: width - fields.count) }
            return fields
        }
    }

    /// The columns of `names` that the header lacks.
    func missing(_ names: [String]) -> [String] { names.filter { !header.contains($0) } }

    func index(_ name: String) -> Int? { header.firstIndex(of: name) }

    /// The cell of `row` in column `name`; empty when there is no such column.
    func text(_ row: [String], _ name: String) -> String { index(name).map { $0 < row.count ? row[$0] : "" } ?? "" }

    /// The cell as a finite number, or nil.
    func number(_ row: [String], _ name: String) -> Double? {
        Double(text(row, name).trimmingCharacters(in: .whitespaces)).flatMap { $0.isFinite ? $0 : nil }
    }

    /// The cells of `columns` for a table under a chart: numbers written for people, text as is.
    func cells(_ row: [String], _ columns: [String]) -> [String] {
        columns.map { name in
            let cell = text(row, name)
            return Double(cell).map { HTML.number($0) } ?? cell
        }
    }

    /// Values of column `name` in first-appearance order.
    func distinct(_ name: String) -> [String] {
        var seen = Set<String>(), order: [String] = []
        for row in rows where seen.insert(text(row, name)).inserted { order.append(text(row, name)) }
        return order
    }
}
