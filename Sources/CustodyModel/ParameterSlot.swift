/// Where a swept value lands in ``AreaParameters``: a plain `Double` or `Int` field at its
/// byte offset (``ParameterSpec/fieldOffset``), or, for a by-year list, the parameter's own
/// setter. The result is the same as ``ParameterSpec/set(_:in:)``. Trivially copyable, so
/// that reading a slot on the sweep's path costs no reference counting.
public enum ParameterSlot: Sendable {
    case real(offset: Int)
    case integer(offset: Int)
    case setter(ParameterID)

    public init(_ spec: ParameterSpec) {
        switch (spec.kind, spec.fieldOffset) {
        case (.real, let offset?): self = .real(offset: offset)
        case (.integer, let offset?): self = .integer(offset: offset)
        default: self = .setter(spec.id)
        }
    }

    /// Writes `x` (rounded half away from zero for an integer parameter) into `parameters`.
    @inlinable
    func set(_ x: Double, in parameters: UnsafeMutablePointer<AreaParameters>) {
        switch self {
        case .real(let offset):
            UnsafeMutableRawPointer(parameters).storeBytes(of: x, toByteOffset: offset, as: Double.self)
        case .integer(let offset):
            UnsafeMutableRawPointer(parameters).storeBytes(of: Int(x.rounded(.toNearestOrAwayFromZero)), toByteOffset: offset, as: Int.self)
        case .setter(let id):
            ParameterCatalog[id].set(x, in: &parameters.pointee)
        }
    }
}
