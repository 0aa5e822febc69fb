import CustodyModel
import TOML

extension TOMLValue {
    /// The value of an integer or a float.
    var number: Double? {
        switch kind {
        case .integer(let n): return Double(n)
        case .float(let x): return x
        default: return nil
        }
    }

    /// Describes the value after "got": `the text "36"`, `the number 2.5`, `a list`.
    var shown: String {
        switch kind {
        case .string(let s): return "the text \"\(s)\""
        case .integer(let n): return "the number \(n)"
        case .float(let x): return "the number \(Self.show(x))"
        case .boolean(let b): return b ? "true" : "false"
        case .dateTime(let d): return "the date \(d)"
        case .array: return "a list"
        case .table: return "a table"
        }
    }

    /// A number as messages write it: shortest form, `nan` and `inf` spelled out.
    static func show(_ x: Double) -> String {
        if x.isNaN { return "nan" }
        if x.isInfinite { return x < 0 ? "-inf" : "inf" }
        return NumberFormat.shortest(x)
    }
}
