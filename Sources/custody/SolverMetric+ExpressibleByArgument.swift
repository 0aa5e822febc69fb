import ArgumentParser
import CustodyAnalysis

/// `--metric npv|cumulative|steady`.
extension SolverMetric: ExpressibleByArgument {}
