import CustodyModel

/// A column of the compound ledger (MODEL §3), also a key of an inline `[[area.compound]]`.
///
/// The one place that knows each field's name, whether it is required, its default and what
/// values it takes; the ledger loader and the scenario loader both read through it.
enum CompoundField: String, CaseIterable {
    case id, name, street, community, households
    case floorArea = "floor_area_m2"
    case enclosable
    case selfManageWilling = "self_manage_willing"
    case adjacentManaged = "adjacent_managed"
    case idleArea = "idle_area_m2"
    case parkingSpaces = "parking_spaces"
    case builtYear = "built_year"

    /// The kinds of value a field takes.
    enum Kind {
        case text
        /// A whole number of at least `minimum` (none: any whole number).
        case integer(minimum: Int?)
        /// A finite number above `lower` (or at least it, when not `strict`).
        case number(lower: Double, strict: Bool)
        case yesNo
    }

    /// A field's value, as a ledger cell or a TOML value gives it.
    enum Input {
        case text(String)
        case integer(Int)
        case real(Double)
        case bool(Bool)
    }

    /// A field's value once checked.
    enum Value: Equatable {
        case text(String)
        case integer(Int)
        case number(Double)
        case flag(Bool)
    }

    var name: String { rawValue }

    /// The field's place in ``allCases``, without hashing its name.
    var ordinal: Int {
        switch self {
        case .id: return 0
        case .name: return 1
        case .street: return 2
        case .community: return 3
        case .households: return 4
        case .floorArea: return 5
        case .enclosable: return 6
        case .selfManageWilling: return 7
        case .adjacentManaged: return 8
        case .idleArea: return 9
        case .parkingSpaces: return 10
        case .builtYear: return 11
        }
    }

    /// Checked values by field: a fixed array rather than a dictionary, as it is filled once
    /// per ledger row.
    struct Values {
        private var slots = [Value?](repeating: nil, count: CompoundField.allCases.count)

        subscript(field: CompoundField) -> Value? {
            get { slots[field.ordinal] }
            set { slots[field.ordinal] = newValue }
        }
    }

    var isRequired: Bool {
        switch self {
        case .id, .street, .households, .floorArea, .enclosable: return true
        default: return false
        }
    }

    var kind: Kind {
        switch self {
        case .id, .name, .street, .community: return .text
        case .households: return .integer(minimum: 1)
        case .parkingSpaces: return .integer(minimum: 0)
        case .builtYear: return .integer(minimum: nil)
        case .floorArea: return .number(lower: 0, strict: true)
        case .idleArea: return .number(lower: 0, strict: false)
        case .enclosable, .selfManageWilling, .adjacentManaged: return .yesNo
        }
    }

    /// Reads as the end of "households …": "must be a whole number ≥ 1".
    var requirement: String {
        switch kind {
        case .text: return "must not be empty"
        case .integer(let minimum?): return "must be a whole number ≥ \(minimum)"
        case .integer(nil): return "must be a whole number (a year)"
        case .number(let lower, let strict):
            return "must be a number \(strict ? ">" : "≥") \(NumberFormat.shortest(lower))"
        case .yesNo: return "must be yes or no (or true/false, 1/0, 是/否)"
        }
    }

    /// The other names a ledger's header may give the column: those of Chinese survey ledgers.
    var aliases: [String] {
        switch self {
        case .id: return ["编号", "小区编号"]
        case .name: return ["小区名称", "名称"]
        case .street: return ["街道"]
        case .community: return ["社区"]
        case .households: return ["户数"]
        case .floorArea: return ["建筑面积", "面积"]
        case .enclosable: return ["能否围合", "可围合", "是否可围合", "是否封闭"]
        case .selfManageWilling: return ["自管意愿"]
        case .adjacentManaged: return ["相邻已管", "周边有物业"]
        case .idleArea: return ["闲置面积", "闲置用房面积"]
        case .parkingSpaces: return ["车位", "车位数"]
        case .builtYear: return ["建成年份"]
        }
    }

    /// The name and its first alias, as messages show a column: `enclosable (能否围合)`.
    var shownWithAlias: String {
        aliases.first.map { "\(name) (\($0))" } ?? name
    }

    /// The column names, in MODEL §3's order.
    static let names = allCases.map(\.name)

    /// Every name and alias a header cell may give (in lower case), with its column.
    static let headerNames: [String: CompoundField] = {
        var out: [String: CompoundField] = [:]
        for field in allCases {
            for name in [field.name] + field.aliases { out[name.lowercased()] = field }
        }
        return out
    }()

    /// The column a ledger's header cell names, by its name or an alias in any case, once
    /// spaces and a trailing unit in brackets are trimmed: `户数（户）`, `建筑面积 (m²)`, `ID` and
    /// `floor_area_m2` all name a column.
    static func column(named header: String) -> CompoundField? {
        headerNames[headerName(header).lowercased()]
    }

    /// A header cell without surrounding spaces and without a trailing unit in round, square or
    /// full-width brackets.
    static func headerName(_ header: String) -> String {
        let text = LedgerLoader.trimmed(header)
        guard let last = text.last, ")）]】".contains(last),
              let open = text.lastIndex(where: { "(（[【".contains($0) }), open > text.startIndex
        else { return text }
        return LedgerLoader.trimmed(String(text[..<open]))
    }

    /// `2,982.3` as `2982.3`: a number written with thousands separators, as Excel shows it;
    /// any other text unchanged.
    static func withoutThousandsSeparators(_ text: String) -> String {
        guard text.contains(",") else { return text }
        let body = text.first == "-" || text.first == "+" ? text.dropFirst() : Substring(text)
        let whole = body.prefix { $0 != "." }
        let groups = whole.split(separator: ",", omittingEmptySubsequences: false)
        guard groups.count > 1, (1...3).contains(groups[0].count),
              groups.allSatisfy({ !$0.isEmpty && $0.allSatisfy { $0.isASCII && $0.isNumber } }),
              groups.dropFirst().allSatisfy({ $0.count == 3 }),
              !body[whole.endIndex...].contains(",")
        else { return text }
        return text.replacingOccurrences(of: ",", with: "")
    }

    /// Checks one value.
    ///
    /// Ledger cells come as text and are trimmed by the caller; a number there may carry
    /// thousands separators (`2,982.3`). An empty cell is the caller's business (a default, or a missing required value). TOML values come typed: numbers for
    /// numeric fields, a boolean or a yes/no string for yes/no fields, a string for text.
    ///
    /// - Returns: the value, or the message of the error (naming the field and the value).
    func parse(_ input: Input) -> Result<Value, FieldProblem> {
        func fail(_ shown: String) -> Result<Value, FieldProblem> {
            .failure(FieldProblem(message: "\(name) \(requirement), got \(shown)"))
        }
        switch (kind, input) {
        case (.text, .text(let s)):
            if s.isEmpty && isRequired { return .failure(FieldProblem(message: "\(name) \(requirement)")) }
            return .success(.text(s))
        case (.text, _):
            return .failure(FieldProblem(message: "\(name) must be text in quotes, got \(Self.show(input))"))
        case (.integer(let minimum), _):
            let x: Double
            switch input {
            case .integer(let n): x = Double(n)
            case .real(let r): x = r
            case .text(let s):
                let digits = Self.withoutThousandsSeparators(s)
                if let n = Int(digits) {
                    x = Double(n)
                } else if let r = Double(digits), r.isFinite {
                    x = r
                } else {
                    return fail("\"\(s)\"")
                }
            case .bool(let b): return fail(b ? "true" : "false")
            }
            guard x.isFinite, x.rounded() == x, abs(x) < 1e15, x >= Double(minimum ?? Int.min) else {
                return fail(Self.show(input))
            }
            return .success(.integer(Int(x)))
        case (.number(let lower, let strict), _):
            let x: Double
            switch input {
            case .integer(let n): x = Double(n)
            case .real(let r): x = r
            case .text(let s):
                guard let r = Double(Self.withoutThousandsSeparators(s)) else { return fail("\"\(s)\"") }
                x = r
            case .bool(let b): return fail(b ? "true" : "false")
            }
            guard x.isFinite, strict ? x > lower : x >= lower else { return fail(Self.show(input)) }
            return .success(.number(x))
        case (.yesNo, .bool(let b)):
            return .success(.flag(b))
        case (.yesNo, .integer(let n)) where n == 0 || n == 1:
            return .success(.flag(n == 1))
        case (.yesNo, .text(let s)):
            guard let b = Self.yesNo(s) else { return fail("\"\(s)\"") }
            return .success(.flag(b))
        default:
            return fail(Self.show(input))
        }
    }

    /// yes/no, true/false, 1/0, 是/否; Latin words in any case.
    static func yesNo(_ text: String) -> Bool? {
        switch text.lowercased() {
        case "yes", "true", "1", "是": return true
        case "no", "false", "0", "否": return false
        default: return nil
        }
    }

    private static func show(_ input: Input) -> String {
        switch input {
        case .text(let s): return "\"\(s)\""
        case .integer(let n): return String(n)
        case .real(let x): return x.isFinite ? NumberFormat.shortest(x) : "\(x)"
        case .bool(let b): return b ? "true" : "false"
        }
    }

    /// Builds a compound from checked fields; nil when a required field is missing.
    ///
    /// - Parameter street: the street to use when the fields have none (an inline compound
    ///   takes its area's).
    static func compound(from values: Values, street: String? = nil) -> Compound? {
        func text(_ f: CompoundField) -> String? {
            if case .text(let s)? = values[f], !s.isEmpty { return s }
            return nil
        }
        func integer(_ f: CompoundField) -> Int? {
            if case .integer(let n)? = values[f] { return n }
            return nil
        }
        func number(_ f: CompoundField) -> Double? {
            if case .number(let x)? = values[f] { return x }
            return nil
        }
        func flag(_ f: CompoundField) -> Bool? {
            if case .flag(let b)? = values[f] { return b }
            return nil
        }
        guard let id = text(.id), let street = text(.street) ?? street, let households = integer(.households),
              let floorArea = number(.floorArea), let enclosable = flag(.enclosable)
        else { return nil }
        return Compound(id: id, name: text(.name), street: street, community: text(.community),
                        households: households, floorArea: floorArea, enclosable: enclosable,
                        selfManageWilling: flag(.selfManageWilling) ?? false,
                        adjacentManaged: flag(.adjacentManaged) ?? false,
                        idleArea: number(.idleArea) ?? 0, parkingSpaces: integer(.parkingSpaces) ?? 0,
                        builtYear: integer(.builtYear))
    }
}

/// Why a compound field's value was refused: a whole message, naming the field and the value.
struct FieldProblem: Error, Equatable {
    var message: String
}
