import CustodyModel

/// The compounds of one ledger file (MODEL §3), in file order, with where each came from.
struct Ledger {
    /// The rows that passed every check, in file order.
    var compounds: [Compound] = []
    /// The spreadsheet row of each compound, parallel to ``compounds``.
    var rows: [Int] = []
    /// Nil when the file could not be decoded.
    var encoding: TextEncoding?
    /// The file could not be read or decoded: no id can be checked against it.
    var isUnreadable = false
    /// Errors and warnings, in file order.
    var diagnostics: [Diagnostic] = []

    /// Every id in the file, including those of rows with errors: its first row, and its index
    /// in ``compounds`` when the row is valid.
    private var entries: [String: (row: Int, index: Int?)] = [:]

    init(encoding: TextEncoding? = nil, isUnreadable: Bool = false, diagnostics: [Diagnostic] = []) {
        self.encoding = encoding
        self.isUnreadable = isUnreadable
        self.diagnostics = diagnostics
    }

    /// Adds a valid row.
    ///
    /// - Precondition: no row has this compound's id yet.
    mutating func append(_ compound: Compound, row: Int) {
        entries[compound.id] = (row, compounds.count)
        compounds.append(compound)
        rows.append(row)
    }

    /// Notes the id of a row with errors, so that a scenario naming it is not also told that
    /// the id is unknown. The first row with an id keeps it.
    mutating func noteID(_ id: String, row: Int) {
        if entries[id] == nil { entries[id] = (row, nil) }
    }

    /// The first row with `id`, valid or not.
    func row(of id: String) -> Int? { entries[id]?.row }

    /// The compound with `id`, if its row is valid.
    func compound(withID id: String) -> Compound? {
        entries[id]?.index.map { compounds[$0] }
    }

    /// Every id in the file, in file order.
    var ids: [String] {
        entries.sorted { $0.value.row < $1.value.row }.map(\.key)
    }
}
