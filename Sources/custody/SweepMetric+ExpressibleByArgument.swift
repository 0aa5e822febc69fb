import ArgumentParser
import CustodyAnalysis

/// `--metric npv|cumulative_cash|min_cumulative_cash|self_sufficiency|subsidy`.
extension SweepMetric: ExpressibleByArgument {}
