import GSL

/// One `[[sweep]]` table: a parameter path and how its values are drawn (MODEL §7, `sweep`).
public struct SweepSpec: Sendable, Equatable {
    public var path: ParameterPath
    public var distribution: Distribution
    /// Grid levels when `values` is not given (default 3).
    public var levels: Int

    public init(path: ParameterPath, distribution: Distribution, levels: Int = 3) {
        self.path = path
        self.distribution = distribution
        self.levels = levels
    }
}

/// A probability distribution of a swept parameter; every one is sampled by inverse CDF.
public enum Distribution: Sendable, Equatable {
    /// The smallest sd of a beta with `mean` on [min, max]: below it the shape's a + b, which
    /// is m(1 − m)/v − 1 for the mean m and variance v on [0, 1], exceeds
    /// `Probability.betaShapeLimit`, beyond which GSL cannot compute the distribution.
    public static func smallestBetaSD(mean: Double, min: Double, max: Double) -> Double {
        let width = max - min, m = (mean - min) / width
        return width * (m * (1 - m) / (Probability.betaShapeLimit + 1)).squareRoot()
    }

    case uniform(min: Double, max: Double)
    /// Optionally truncated to [min, max].
    case normal(mean: Double, sd: Double, min: Double?, max: Double?)
    /// Mean and sd of the variable itself (not of its logarithm).
    case lognormal(mean: Double, sd: Double)
    /// Shape by the method of moments on [min, max].
    case beta(mean: Double, sd: Double, min: Double, max: Double)
    case triangular(min: Double, mode: Double, max: Double)
    case pert(min: Double, mode: Double, max: Double)
    /// `values = [...]`: grid levels, or a discrete uniform choice.
    case values([Double])
}

/// One parameter at one level of a scenario: `fee_rate`, `modes.merged-custody.fee_rate`,
/// `area.penpu-a.fee_rate`.
public struct ParameterPath: Sendable, Hashable, CustomStringConvertible {
    public enum Level: Sendable, Hashable {
        case params
        case mode(ServiceMode)
        case area(String)
    }

    public var level: Level
    public var parameter: ParameterID

    public init(level: Level, parameter: ParameterID) {
        self.level = level
        self.parameter = parameter
    }

    public var description: String {
        let name = ParameterCatalog[parameter].name
        switch level {
        case .params: return name
        case .mode(let m): return "modes.\(m.rawValue).\(name)"
        case .area(let id): return "area.\(id).\(name)"
        }
    }
}
