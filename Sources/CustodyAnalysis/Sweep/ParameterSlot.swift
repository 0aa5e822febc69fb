import CustodyModel

/// Where a swept value lands in ``AreaParameters``: the byte offset of a plain `Double` or `Int`
/// field, or, for a by-year list, the parameter's own setter.
///
/// ``ParameterSpec/set(_:in:)`` goes through a key path, which costs a runtime metadata lookup
/// under a lock on every call; a sweep sets several values per area per sample on every core,
/// so the field's offset is found once (by setting a marker value and finding the word that
/// holds it) and written directly. The result is the same as `set`.
enum ParameterSlot {
    case real(offset: Int)
    case integer(offset: Int)
    case setter(ParameterSpec)

    init(_ spec: ParameterSpec) {
        self = .setter(spec)
        guard spec.kind == .real || spec.kind == .integer else { return }
        var probe = AreaParameters.defaults
        let marker = 7_654_321.0
        spec.set(marker, in: &probe)
        let words = MemoryLayout<AreaParameters>.size / 8
        let found: Int? = withUnsafeBytes(of: &probe) { raw in
            (0..<words).first { k in
                spec.kind == .real ? raw.load(fromByteOffset: 8 * k, as: Double.self) == marker
                    : raw.load(fromByteOffset: 8 * k, as: Int.self) == Int(marker)
            }
        }
        guard let k = found else { return }
        // Check the word is the field and not a coincidence: a second marker must land there too.
        spec.set(marker + 1, in: &probe)
        let confirmed = withUnsafeBytes(of: &probe) { raw in
            spec.kind == .real ? raw.load(fromByteOffset: 8 * k, as: Double.self) == marker + 1
                : raw.load(fromByteOffset: 8 * k, as: Int.self) == Int(marker) + 1
        }
        guard confirmed else { return }
        self = spec.kind == .real ? .real(offset: 8 * k) : .integer(offset: 8 * k)
    }

    /// Writes `x` (already rounded for an integer parameter) into `parameters`.
    @inline(__always)
    func set(_ x: Double, in parameters: UnsafeMutablePointer<AreaParameters>) {
        switch self {
        case .real(let offset):
            UnsafeMutableRawPointer(parameters).storeBytes(of: x, toByteOffset: offset, as: Double.self)
        case .integer(let offset):
            UnsafeMutableRawPointer(parameters).storeBytes(of: Int(x.rounded(.toNearestOrAwayFromZero)), toByteOffset: offset, as: Int.self)
        case .setter(let spec):
            spec.set(x, in: &parameters.pointee)
        }
    }
}
