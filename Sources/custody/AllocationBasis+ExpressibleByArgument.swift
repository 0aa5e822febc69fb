import ArgumentParser
import CustodyAnalysis

/// `--by households|floor_area`.
extension AllocationBasis: ExpressibleByArgument {}
