/// One chart of the report: a title, the SVG, a sentence that reads it, and the numbers behind it.
struct ReportFigure {
    /// The element id, `chart-<kind>`, stable for links and tests.
    let id: String
    /// The CSV files it is drawn from.
    let sources: [String]
    let title: String
    let svg: String
    let reading: String
    let tableHeader: [String]
    let tableRows: [[String]]

    init(id: String, sources: [String], title: String, svg: String, reading: String,
         table: (header: [String], rows: [[String]])) {
        self.id = id
        self.sources = sources
        self.title = title
        self.svg = svg
        self.reading = reading
        tableHeader = table.header
        tableRows = table.rows
    }
}
