import ArgumentParser
import CustodyAnalysis

/// `--method proportional|score|equal-awards|equal-losses|talmud`.
extension AllocationMethod: ExpressibleByArgument {}
