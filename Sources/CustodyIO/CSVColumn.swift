import CustodyModel

/// One column of an output table: its header and how a row fills its cell.
///
/// A table is an array of columns, so a header is never spelled apart from the code that
/// writes it.
public struct CSVColumn<Row> {
    public let name: String
    let write: (inout CSVWriter, Row) -> Void

    public init(_ name: String, _ write: @escaping (inout CSVWriter, Row) -> Void) {
        self.name = name
        self.write = write
    }

    public static func text(_ name: String, _ value: @escaping (Row) -> String?) -> CSVColumn {
        CSVColumn(name) { w, row in w.text(value(row) ?? "") }
    }

    public static func number(_ name: String, _ value: @escaping (Row) -> Double?) -> CSVColumn {
        CSVColumn(name) { w, row in w.number(value(row)) }
    }

    public static func integer(_ name: String, _ value: @escaping (Row) -> Int?) -> CSVColumn {
        CSVColumn(name) { w, row in w.integer(value(row)) }
    }
}

extension CSVWriter {
    /// Writes a header and one line per row.
    public mutating func table<Row>(_ columns: [CSVColumn<Row>], rows: some Sequence<Row>) {
        row(columns.map(\.name))
        for r in rows {
            for column in columns { column.write(&self, r) }
            endRow()
        }
    }
}
