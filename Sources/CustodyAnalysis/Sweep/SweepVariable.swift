import CustodyModel

/// One `[[sweep]]` parameter ready to draw: its path, quantile function and grid levels.
public struct SweepVariable: Sendable {
    public let path: ParameterPath
    public let inverseCDF: InverseCDF
    /// Grid points: the number of `values`, else the table's `levels`.
    public let gridLevels: Int
    /// Integer parameters take the draw rounded half away from zero.
    public let isInteger: Bool

    public init(_ spec: SweepSpec) {
        path = spec.path
        inverseCDF = InverseCDF(spec.distribution)
        if case .values(let xs) = spec.distribution { gridLevels = xs.count } else { gridLevels = spec.levels }
        isInteger = ParameterCatalog[spec.path.parameter].kind == .integer
    }

    /// The parameter's value at probability `u`, rounded for an integer parameter.
    @inline(__always)
    public func value(at u: Double) -> Double {
        let x = inverseCDF.value(at: u)
        return isInteger ? x.rounded(.toNearestOrAwayFromZero) : x
    }
}
