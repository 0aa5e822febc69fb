import CustodyModel

/// One area under one service mode: a row of `compare.csv`.
public struct ModeComparisonRow: Sendable, Equatable {
    /// The area's index in the scenario.
    public var area: Int
    public var mode: ServiceMode
    /// The rules of MODEL §1 the mode fails for the area; empty when feasible.
    public var failures: [FeasibilityRule]
    /// With the scenario's values for this mode (its subsidies included).
    public var npv: Double
    public var selfSufficiency: Double?
    /// The break-even subsidy of `subsidy` on npv.
    public var subsidy: SubsidyBreakeven
    /// The one mode per area that ``ModeComparison/recommend(_:)`` picks.
    public var recommended = false

    public init(area: Int, mode: ServiceMode, failures: [FeasibilityRule], npv: Double,
                selfSufficiency: Double?, subsidy: SubsidyBreakeven, recommended: Bool = false) {
        self.area = area
        self.mode = mode
        self.failures = failures
        self.npv = npv
        self.selfSufficiency = selfSufficiency
        self.subsidy = subsidy
        self.recommended = recommended
    }

    public var feasible: Bool { failures.isEmpty }

    /// `ok`, or the failed rules' codes joined by `;`.
    public var reason: String {
        failures.isEmpty ? "ok" : failures.map(\.rawValue).joined(separator: ";")
    }
}
