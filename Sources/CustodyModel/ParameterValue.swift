/// A parameter value as a scenario states it, before it is applied to an area.
///
/// Integers and reals are both `.number`; the parameter's ``ParameterSpec/kind`` says which
/// numbers it accepts.
public enum ParameterValue: Sendable, Equatable, CustomStringConvertible {
    case number(Double)
    /// A by-year list: element k is management year k + 1.
    case list([Double])
    case flag(Bool)
    case text(String)

    public var description: String {
        switch self {
        case .number(let x): return NumberFormat.shortest(x)
        case .list(let xs): return "[" + xs.map(NumberFormat.shortest).joined(separator: ", ") + "]"
        case .flag(let b): return b ? "true" : "false"
        case .text(let s): return "\"\(s)\""
        }
    }
}
