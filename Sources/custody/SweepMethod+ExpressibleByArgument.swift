import ArgumentParser
import CustodyAnalysis

/// `--method grid|random|lhs|sobol`.
extension SweepMethod: ExpressibleByArgument {}
