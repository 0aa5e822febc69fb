/// What an output column holds, which decides how a workbook shows it (MODEL §7: numbers are
/// numeric cells, money has a thousands format, shares a percent format, ids and periods are text).
public enum ColumnKind: Sendable, Equatable {
    /// Ids, names, periods and codes: a text cell, never a number, even when it looks like one.
    case text
    /// A whole number of things (households, compounds, months): `#,##0`.
    case count
    /// A sum of money in yuan, shown in the chosen ``MoneyUnit``: `#,##0.00`.
    case money
    /// Money per unit (per household and month, per m²): always yuan, `#,##0.00`; the header
    /// names the unit (`unit`, e.g. "CNY/household·month").
    case price(en: String, zh: String)
    /// A fraction shown as a percentage: `0.0%`.
    case share
    /// Any other number (a parameter's value, an index, a statistic): shown as written.
    case number
    /// `true`/`false`: a boolean cell.
    case flag
}
