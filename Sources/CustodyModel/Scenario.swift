/// A study: a horizon, parameter values at three levels, and the management areas (MODEL §2).
public struct Scenario: Sendable, Equatable {
    public var name: String
    /// First simulated month (t = 1).
    public var start: YearMonth
    /// Horizon T in months.
    public var months: Int
    /// Annual rate for NPV.
    public var discountRate: Double
    /// Month by which every compound must be under management.
    public var deadline: YearMonth?
    /// `[params]`: district-wide values.
    public var params: ParameterAssignments
    /// `[modes.<mode>]`: values for areas of that mode.
    public var modes: [ServiceMode: ParameterAssignments]
    public var areas: [Area]
    /// `[[sweep]]`: the uncertain or swept parameters.
    public var sweeps: [SweepSpec]

    public init(name: String, start: YearMonth, months: Int, discountRate: Double = 0.04,
                deadline: YearMonth? = nil, params: ParameterAssignments = [:],
                modes: [ServiceMode: ParameterAssignments] = [:], areas: [Area],
                sweeps: [SweepSpec] = []) {
        self.name = name
        self.start = start
        self.months = months
        self.discountRate = discountRate
        self.deadline = deadline
        self.params = params
        self.modes = modes
        self.areas = areas
        self.sweeps = sweeps
    }

    /// The calendar month of index `t` (1-based).
    public func period(_ t: Int) -> YearMonth { start.adding(months: t - 1) }

    /// The month index t0 at which `area` is first managed (1 when it has no takeover).
    public func takeoverIndex(of area: Area) -> Int {
        area.takeover.map { start.months(to: $0) + 1 } ?? 1
    }
}
