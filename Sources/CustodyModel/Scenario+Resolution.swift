extension Scenario {
    /// The value and the level that sets each parameter of `area` (MODEL §2: default <
    /// `[params]` < `[modes.<mode>]` < `[area.params]`).
    ///
    /// - Parameters:
    ///   - area: one of the scenario's areas.
    ///   - mode: the mode whose `[modes.X]` values apply; `compare` passes another mode than
    ///     the area's own.
    public func resolve(_ area: Area, mode: ServiceMode? = nil) -> ResolvedParameters {
        var values = AreaParameters.defaults
        var levels = [ParameterLevel](repeating: .default, count: ParameterCatalog.all.count)
        let layers: [(ParameterLevel, ParameterAssignments)] = [
            (.params, params), (.mode, modes[mode ?? area.mode] ?? [:]), (.area, area.params),
        ]
        for (level, assignments) in layers {
            for (id, value) in assignments {
                ParameterCatalog[id].apply(value, to: &values)
                levels[id.index] = level
            }
        }
        return ResolvedParameters(values: values, levels: levels)
    }
}

/// An area's parameters with the level that set each one.
public struct ResolvedParameters: Sendable, Equatable {
    public var values: AreaParameters
    /// Indexed by ``ParameterID/index``.
    public var levels: [ParameterLevel]
}
