import CustodyModel
import TOMLKit

/// A TOML value as plain Swift, converted once from TOMLKit's tree so that the rest of the
/// loader does not see TOMLKit.
indirect enum TOMLNode {
    case string(String)
    case integer(Int)
    case float(Double)
    case bool(Bool)
    /// A date, time or date-time, as TOML wrote it; no scenario key takes one.
    case dateTime(String)
    case array([TOMLNode])
    case table([String: TOMLNode])

    /// A syntax error, with TOMLKit's position.
    struct SyntaxError: Error {
        var message: String
        var line: Int
        var column: Int
    }

    /// Parses a TOML document into its root table.
    ///
    /// - Throws: the syntax error TOMLKit found first, where it found it; or a table header that
    ///   would abort TOMLKit (``TableHeaderGuard``).
    static func parse(_ text: String) throws(SyntaxError) -> [String: TOMLNode] {
        if let error = TableHeaderGuard.firstBadHeader(in: text) { throw error }
        do {
            let table = try TOMLTable(string: text)
            return Self.contents(of: table)
        } catch let error as TOMLParseError {
            throw SyntaxError(message: error.description, line: max(1, error.source.begin.line),
                              column: max(1, error.source.begin.column))
        } catch {
            throw SyntaxError(message: "\(error)", line: 1, column: 1)
        }
    }

    private static func contents(of table: TOMLTable) -> [String: TOMLNode] {
        var out: [String: TOMLNode] = [:]
        for key in table.keys {
            if let value = table[key] { out[key] = TOMLNode(value) }
        }
        return out
    }

    private init(_ value: any TOMLValueConvertible) {
        switch value.type {
        case .string: self = .string(value.string ?? "")
        case .int: self = .integer(value.int ?? 0)
        case .double: self = .float(value.double ?? .nan)
        case .bool: self = .bool(value.bool ?? false)
        case .date, .time, .dateTime: self = .dateTime(value.debugDescription)
        case .array: self = .array((value.array.map { Array($0) } ?? []).map { TOMLNode($0) })
        case .table: self = .table(value.table.map(Self.contents) ?? [:])
        }
    }

    /// The value of an integer or a float.
    var number: Double? {
        switch self {
        case .integer(let n): return Double(n)
        case .float(let x): return x
        default: return nil
        }
    }

    /// Describes the value after "got": `the text "36"`, `the number 2.5`, `a list`.
    var shown: String {
        switch self {
        case .string(let s): return "the text \"\(s)\""
        case .integer(let n): return "the number \(n)"
        case .float(let x): return "the number \(Self.show(x))"
        case .bool(let b): return b ? "true" : "false"
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
