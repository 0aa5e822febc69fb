/// One row of the parameter table (MODEL §4): everything the toolkit knows about a parameter.
///
/// Validation, `custody params`, the documentation and the CSV headers all read these rows.
public struct ParameterSpec: Sendable {
    /// What values a parameter takes.
    public enum Kind: Sendable, Equatable {
        case real
        case integer
        /// A by-year list of reals (a single number means that value in every year).
        case yearList
        case flag
        /// One of a fixed set of words.
        case choice([String])

        /// A word for tables: `real`, `integer`, `list by year`, `bool`, `text`.
        public var label: String {
            switch self {
            case .real: return "real"
            case .integer: return "integer"
            case .yearList: return "list by year"
            case .flag: return "bool"
            case .choice: return "text"
            }
        }
    }

    /// Where the value lands in ``AreaParameters``.
    enum Binding: Sendable {
        case real(any WritableKeyPath<AreaParameters, Double> & Sendable)
        case integer(any WritableKeyPath<AreaParameters, Int> & Sendable)
        case yearList(any WritableKeyPath<AreaParameters, YearList> & Sendable)
        case flag(any WritableKeyPath<AreaParameters, Bool> & Sendable)
        case rounding(any WritableKeyPath<AreaParameters, StaffRounding> & Sendable)
    }

    public let id: ParameterID
    public let name: String
    public let unit: String
    public let defaultValue: ParameterValue
    /// Bounds of a number, or of every element of a list; unused for flags and choices.
    public let bounds: ValueBounds
    public let meaning: String
    let binding: Binding
    /// For a real or integer parameter, the byte offset of its field in ``AreaParameters``: a
    /// sweep sets values there directly, many times per sample, where going through the key
    /// path would look up type metadata on every call. Nil for the other kinds.
    public let fieldOffset: Int?

    /// The field the parameter sets, for comparing with known fields.
    var keyPath: AnyKeyPath {
        switch binding {
        case .real(let path): return path
        case .integer(let path): return path
        case .yearList(let path): return path
        case .flag(let path): return path
        case .rounding(let path): return path
        }
    }

    public var kind: Kind {
        switch binding {
        case .real: return .real
        case .integer: return .integer
        case .yearList: return .yearList
        case .flag: return .flag
        case .rounding: return .choice(StaffRounding.allCases.map(\.rawValue))
        }
    }

    /// Whether `breakeven` and sweeps can move this parameter continuously.
    public var isReal: Bool { kind == .real || kind == .yearList }

    /// Checks `value` against the kind and bounds.
    ///
    /// - Returns: nil when the value is acceptable, else the reason, phrased to follow the
    ///   parameter's name ("must be between 0 and 1, got 1.4").
    public func problem(with value: ParameterValue) -> String? {
        switch (kind, value) {
        case (.real, .number(let x)):
            return bounds.contains(x) ? nil : "\(bounds.requirement), got \(Self.show(x))"
        case (.integer, .number(let x)):
            guard x.isFinite, x.rounded() == x else { return "must be a whole number, got \(Self.show(x))" }
            return bounds.contains(x) ? nil : "\(bounds.requirement), got \(Self.show(x))"
        case (.yearList, .number(let x)):
            return bounds.contains(x) ? nil : "\(bounds.requirement), got \(Self.show(x))"
        case (.yearList, .list(let xs)):
            for (i, x) in xs.enumerated() where !bounds.contains(x) {
                return "year \(i + 1) \(bounds.requirement), got \(Self.show(x))"
            }
            return nil
        case (.flag, .flag):
            return nil
        case (.choice(let words), .text(let s)):
            return words.contains(s) ? nil : "must be one of \(words.map { "\"\($0)\"" }.joined(separator: ", ")), got \"\(s)\""
        default:
            return "must be \(expectation), got \(Self.describeType(of: value))"
        }
    }

    /// What a value of this kind looks like, for type errors.
    public var expectation: String {
        switch kind {
        case .real: return "a number"
        case .integer: return "a whole number"
        case .yearList: return "a number or a list of numbers by year"
        case .flag: return "true or false"
        case .choice(let words): return "one of " + words.map { "\"\($0)\"" }.joined(separator: ", ")
        }
    }

    /// Writes an already validated `value` into `parameters`.
    public func apply(_ value: ParameterValue, to parameters: inout AreaParameters) {
        switch (binding, value) {
        case (.real(let path), .number(let x)): parameters[keyPath: path] = x
        case (.integer(let path), .number(let x)): parameters[keyPath: path] = Int(x)
        case (.yearList(let path), .number(let x)): parameters[keyPath: path] = .every(x)
        case (.yearList(let path), .list(let xs)): parameters[keyPath: path] = YearList(years: xs)
        case (.flag(let path), .flag(let b)): parameters[keyPath: path] = b
        case (.rounding(let path), .text(let s)): parameters[keyPath: path] = StaffRounding(rawValue: s) ?? .none
        default: preconditionFailure("\(name): \(value) was not validated against \(kind.label)")
        }
    }

    /// Sets a real parameter, or every year of a list parameter, to `x`: what solvers and
    /// sweeps move.
    ///
    /// - Precondition: ``isReal`` (integer parameters go through ``apply(_:to:)``).
    public func set(_ x: Double, in parameters: inout AreaParameters) {
        switch binding {
        case .real(let path): parameters[keyPath: path] = x
        case .yearList(let path): parameters[keyPath: path] = .every(x)
        case .integer(let path): parameters[keyPath: path] = Int(x.rounded(.toNearestOrAwayFromZero))
        default: preconditionFailure("\(name) is not numeric")
        }
    }

    /// The value `parameters` holds, in scenario form.
    public func value(in parameters: AreaParameters) -> ParameterValue {
        switch binding {
        case .real(let path): return .number(parameters[keyPath: path])
        case .integer(let path): return .number(Double(parameters[keyPath: path]))
        case .yearList(let path):
            let list = parameters[keyPath: path]
            return list.years.isEmpty ? .number(list.beyond) : .list(list.years)
        case .flag(let path): return .flag(parameters[keyPath: path])
        case .rounding(let path): return .text(parameters[keyPath: path].rawValue)
        }
    }

    private static func show(_ x: Double) -> String { x.isFinite ? NumberFormat.shortest(x) : "\(x)" }

    private static func describeType(of value: ParameterValue) -> String {
        switch value {
        case .number(let x): return "the number \(show(x))"
        case .list: return "a list"
        case .flag(let b): return b ? "true" : "false"
        case .text(let s): return "the text \"\(s)\""
        }
    }
}

/// A parameter's position in ``ParameterCatalog/all``.
public struct ParameterID: Hashable, Comparable, Sendable {
    public let index: Int
    public static func < (a: ParameterID, b: ParameterID) -> Bool { a.index < b.index }
}
